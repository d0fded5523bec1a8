// runMonty: results, printing, sync and async tools, keyword arguments, gather concurrency,
// errors in both directions, options.
import { describe, expect, test } from 'vitest'
import { MontyError, MontyResourceError, MontyRuntimeError, MontySyntaxError, runMonty } from '../index.mjs'

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const quiet = { print: () => {} }

describe('results and printing', () => {
  test('value of the last expression', async () => {
    expect(await runMonty('1 + 1')).toBe(2)
  })

  test('print goes to the callback, one call per print()', async () => {
    const out = []
    const r = await runMonty("print('a', 1)\nprint('b', end='')\nprint(*[1, 2], sep='-')\n'done'", {
      print: (t) => out.push(t),
    })
    expect(r).toBe('done')
    expect(out).toEqual(['a 1\n', 'b', '1-2\n'])
  })

  test('default print writes to process.stdout', async () => {
    const writes = []
    const orig = process.stdout.write
    process.stdout.write = (t) => {
      writes.push(String(t))
      return true
    }
    try {
      await runMonty("print('to stdout')")
    } finally {
      process.stdout.write = orig
    }
    expect(writes).toContain('to stdout\n')
  })

  test('output printed before an error is still delivered', async () => {
    const out = []
    await expect(runMonty("print('before')\n1/0", { print: (t) => out.push(t) })).rejects.toThrow(MontyRuntimeError)
    expect(out).toEqual(['before\n'])
  })

  test('inputs become globals', async () => {
    expect(await runMonty('x * y', { inputs: { x: 6, y: 7 } })).toBe(42)
  })

  test('functions, classes, generators and comprehensions run', async () => {
    const code = `
class Acc:
    def __init__(self):
        self.n = 0
    def add(self, k):
        self.n += k
        return self
def gen(n):
    for i in range(n):
        yield i * i
a = Acc()
for v in gen(5):
    a.add(v)
{k: v for k, v in zip('abc', [a.n, sum(gen(3)), max(gen(4))])}
`
    expect(await runMonty(code)).toEqual({ a: 30, b: 5, c: 9 })
  })
})

describe('external functions', () => {
  test('sync tool', async () => {
    expect(await runMonty('add(2, 3)', { externalFunctions: { add: (a, b) => a + b } })).toBe(5)
  })

  test('async tool called plainly waits for its value', async () => {
    const r = await runMonty("u = get_user(7)\nu['name'].upper()", {
      externalFunctions: {
        get_user: async (id) => {
          await sleep(5)
          return { id, name: 'ada' }
        },
      },
    })
    expect(r).toBe('ADA')
  })

  test('awaited tool at top level', async () => {
    expect(await runMonty('await double(21)', { externalFunctions: { double: async (x) => x * 2 } })).toBe(42)
  })

  test('awaiting a sync tool passes its value through', async () => {
    expect(await runMonty('await double(4)', { externalFunctions: { double: (x) => x * 2 } })).toBe(8)
  })

  test('keyword arguments arrive as one trailing object', async () => {
    const r = await runMonty("search('cats', limit=3, safe=True)", {
      externalFunctions: { search: (q, opts) => `${q}:${opts.limit}:${opts.safe}` },
    })
    expect(r).toBe('cats:3:true')
  })

  test('tools called from functions, methods, loops and tasks', async () => {
    const code = `
import asyncio
def twice(x):
    return inc(inc(x))
async def worker(i):
    return await inc(i) + twice(i)
total = 0
for i in range(3):
    total += twice(i)
res = await asyncio.gather(*[worker(i) for i in range(3)])
(total, res)
`
    const calls = []
    const r = await runMonty(code, {
      externalFunctions: {
        inc: async (x) => {
          calls.push(x)
          return x + 1
        },
      },
    })
    expect(r).toEqual([9, [3, 5, 7]])
    expect(calls.length).toBe(6 + 9)
  })

  test('asyncio.run with tools', async () => {
    const code = `
import asyncio
async def main():
    a, b = await asyncio.gather(get(1), get(2))
    return a + b
asyncio.run(main())
`
    expect(await runMonty(code, { externalFunctions: { get: async (x) => x * 10 } })).toBe(30)
  })

  test('undeclared names are NameErrors', async () => {
    await expect(runMonty('missing_tool(1)')).rejects.toMatchObject({
      type: 'NameError',
      message: "NameError: name 'missing_tool' is not defined",
    })
  })

  test('a tool passed in a variable is callable', async () => {
    expect(await runMonty('f = add\nf(1, 2)', { externalFunctions: { add: (a, b) => a + b } })).toBe(3)
  })
})

describe('concurrency', () => {
  test('100 gathered calls to a 50 ms tool finish well under a second', async () => {
    let inFlight = 0
    let maxInFlight = 0
    const slow = async (i) => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      await sleep(50)
      inFlight--
      return i
    }
    const start = performance.now()
    const r = await runMonty('import asyncio\nsum(await asyncio.gather(*[slow(i) for i in range(100)]))', {
      externalFunctions: { slow },
    })
    const elapsed = performance.now() - start
    expect(r).toBe(4950)
    expect(maxInFlight).toBe(100)
    expect(elapsed).toBeLessThan(1000)
  })

  test('tasks collected in a list run concurrently', async () => {
    let maxInFlight = 0
    let inFlight = 0
    const code = `
import asyncio
tasks = []
for i in range(10):
    tasks.append(fetch(i))
results = await asyncio.gather(*tasks)
results
`
    const r = await runMonty(code, {
      externalFunctions: {
        fetch: async (i) => {
          inFlight++
          maxInFlight = Math.max(maxInFlight, inFlight)
          await sleep(20)
          inFlight--
          return i * 2
        },
      },
    })
    expect(r).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18])
    expect(maxInFlight).toBe(10)
  })

  test('a dependent chain resumes as each promise settles, not after the slowest', async () => {
    const events = []
    const code = `
import asyncio
async def chain():
    a = await fast(1)
    b = await fast(a)
    c = await fast(b)
    return c
async def main():
    return await asyncio.gather(chain(), slow())
await main()
`
    const start = performance.now()
    const r = await runMonty(code, {
      externalFunctions: {
        fast: async (x) => {
          await sleep(10)
          events.push(['fast', Math.round(performance.now() - start)])
          return x + 1
        },
        slow: async () => {
          await sleep(300)
          events.push(['slow', Math.round(performance.now() - start)])
          return 'slow'
        },
      },
    })
    expect(r).toEqual([4, 'slow'])
    const fastTimes = events.filter((e) => e[0] === 'fast').map((e) => e[1])
    expect(fastTimes.length).toBe(3)
    // The third fast call finished long before the slow one.
    expect(fastTimes[2]).toBeLessThan(250)
  })

  test('results keep gather order whatever the settle order', async () => {
    const r = await runMonty('import asyncio\nawait asyncio.gather(*[wait(d) for d in [30, 10, 20]])', {
      externalFunctions: {
        wait: async (d) => {
          await sleep(d)
          return d
        },
      },
    })
    expect(r).toEqual([30, 10, 20])
  })

  test('asyncio.sleep and tools interleave', async () => {
    const out = []
    const code = `
import asyncio
async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0)
async def work():
    v = await tool()
    print('tool', v)
await asyncio.gather(ticker(), work())
`
    await runMonty(code, { print: (t) => out.push(t.trim()), externalFunctions: { tool: async () => 'done' } })
    expect(out).toContain('tool done')
    expect(out.filter((l) => l.startsWith('tick')).length).toBe(3)
  })
})

describe('errors from JS tools become Python exceptions', () => {
  const cases = [
    ['Error -> RuntimeError', () => new Error('boom'), 'RuntimeError', 'boom'],
    ['TypeError -> TypeError', () => new TypeError('bad type'), 'TypeError', 'bad type'],
    ['name of a Python type', () => Object.assign(new Error('nope'), { name: 'ValueError' }), 'ValueError', 'nope'],
    ['KeyError by name', () => Object.assign(new Error('k'), { name: 'KeyError' }), 'KeyError', "'k'"],
    ['RangeError -> RuntimeError', () => new RangeError('r'), 'RuntimeError', 'r'],
    ['a thrown string', () => 'just text', 'RuntimeError', 'just text'],
  ]
  for (const [name, make, type, shown] of cases) {
    test(`sync throw: ${name}`, async () => {
      const r = await runMonty('try:\n    f()\nexcept Exception as e:\n    r = (type(e).__name__, str(e))\nr', {
        externalFunctions: {
          f: () => {
            throw make()
          },
        },
      })
      expect(r).toEqual([type, shown])
    })
    test(`async reject: ${name}`, async () => {
      const r = await runMonty('try:\n    await f()\nexcept Exception as e:\n    r = (type(e).__name__, str(e))\nr', {
        externalFunctions: {
          f: async () => {
            throw make()
          },
        },
      })
      expect(r).toEqual([type, shown])
    })
  }

  test('an uncaught tool error rejects with the Python traceback', async () => {
    const err = await runMonty('x = 1\nfetch(x)', {
      externalFunctions: {
        fetch: () => {
          throw Object.assign(new Error('offline'), { name: 'ConnectionError' })
        },
      },
    }).catch((e) => e)
    expect(err).toBeInstanceOf(MontyRuntimeError)
    expect(err.type).toBe('ConnectionError')
    expect(err.traceback).toBe(
      'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\n    fetch(x)\nConnectionError: offline\n',
    )
  })

  test('gather with return_exceptions collects rejections', async () => {
    const r = await runMonty(
      'import asyncio\n[type(x).__name__ for x in await asyncio.gather(ok(), bad(), return_exceptions=True)]',
      {
        externalFunctions: {
          ok: async () => 1,
          bad: async () => {
            throw Object.assign(new Error('x'), { name: 'TimeoutError' })
          },
        },
      },
    )
    expect(r).toEqual(['int', 'TimeoutError'])
  })
})

describe('Python errors reject with MontyError subclasses', () => {
  test('runtime error with type, message, traceback and frames', async () => {
    const code = 'def f(d):\n    return d["missing"]\n\nf({})\n'
    const err = await runMonty(code, { scriptName: 'tool.py' }).catch((e) => e)
    expect(err).toBeInstanceOf(MontyError)
    expect(err).toBeInstanceOf(MontyRuntimeError)
    expect(err.name).toBe('MontyRuntimeError')
    expect(err.type).toBe('KeyError')
    expect(err.message).toBe("KeyError: 'missing'")
    expect(err.pythonMessage).toBe("'missing'")
    expect(err.exception).toEqual({ type: 'KeyError', message: "'missing'" })
    expect(err.traceback).toBe(
      'Traceback (most recent call last):\n' +
        '  File "tool.py", line 4, in <module>\n' +
        '    f({})\n' +
        '  File "tool.py", line 2, in f\n' +
        '    return d["missing"]\n' +
        '           ~^^^^^^^^^^^\n' +
        "KeyError: 'missing'\n",
    )
    expect(err.frames).toEqual([
      { filename: 'tool.py', line: 4, column: 1, endLine: 4, endColumn: 6, functionName: null, sourceLine: 'f({})' },
      {
        filename: 'tool.py',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 24,
        functionName: 'f',
        sourceLine: '    return d["missing"]',
      },
    ])
    expect(err.display('type-msg')).toBe("KeyError: 'missing'")
    expect(err.display('msg')).toBe("'missing'")
  })

  test('user exception classes keep their name', async () => {
    const err = await runMonty('class AppError(Exception): pass\nraise AppError("custom")').catch((e) => e)
    expect(err.type).toBe('AppError')
    expect(err.message).toBe('AppError: custom')
  })

  test('exception chaining is in the traceback', async () => {
    const err = await runMonty('try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError("v") from e').catch(
      (e) => e,
    )
    expect(err.traceback).toContain('The above exception was the direct cause of the following exception:')
    expect(err.type).toBe('ValueError')
  })

  test('syntax errors reject with MontySyntaxError before running', async () => {
    let called = false
    const err = await runMonty('f(1)\nx = = 1', {
      externalFunctions: {
        f: () => {
          called = true
        },
      },
    }).catch((e) => e)
    expect(err).toBeInstanceOf(MontySyntaxError)
    expect(err.type).toBe('SyntaxError')
    expect(err.traceback).toBe('  File "main.py", line 2\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n')
    expect(called).toBe(false)
  })

  test('indentation errors are syntax errors with their own type', async () => {
    const err = await runMonty('if True:\nprint(1)').catch((e) => e)
    expect(err).toBeInstanceOf(MontySyntaxError)
    expect(err.type).toBe('IndentationError')
    expect(err.message).toBe("IndentationError: expected an indented block after 'if' statement on line 1")
  })

  test('SystemExit escapes as a runtime error', async () => {
    await expect(runMonty('raise SystemExit(3)')).rejects.toMatchObject({ type: 'SystemExit' })
  })
})

describe('options', () => {
  test('scriptName shows in tracebacks', async () => {
    const err = await runMonty('1/0', { scriptName: 'agent_step.py' }).catch((e) => e)
    expect(err.traceback).toContain('File "agent_step.py", line 1')
  })

  test('limits are accepted and recursion depth applies', async () => {
    const code = 'def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    r = str(e)\nr'
    expect(await runMonty(code, { limits: { maxRecursionDepth: 50 } })).toBe('maximum recursion depth exceeded')
  })

  test('a time limit stops a busy loop with MontyResourceError', async () => {
    const err = await runMonty('while True:\n    pass', { limits: { maxDurationMs: 50 } }).catch((e) => e)
    expect(err).toBeInstanceOf(MontyResourceError)
    expect(err.kind).toBe('duration')
  })

  test('invalid options are TypeErrors', async () => {
    await expect(runMonty(42)).rejects.toThrow(TypeError)
    await expect(runMonty('1', { inputs: [1] })).rejects.toThrow(TypeError)
    await expect(runMonty('1', { externalFunctions: { f: 1 } })).rejects.toThrow(TypeError)
    await expect(runMonty('1', { limits: { maxDurationMs: -1 } })).rejects.toThrow(TypeError)
    await expect(runMonty('1', { limits: { maxMemoryBytes: 'x' } })).rejects.toThrow(TypeError)
    await expect(runMonty('1', { print: 'no' })).rejects.toThrow(TypeError)
  })

  test('quiet print option suppresses output', async () => {
    expect(await runMonty("print('x')\n3", quiet)).toBe(3)
  })
})
