// The lower-level API: compile once, run synchronously, start/resume, snapshots and programs as
// bytes.
import { describe, expect, test } from 'vitest'
import {
  loadSnapshot,
  Monty,
  MontyComplete,
  MontyFutureSnapshot,
  MontyRuntimeError,
  MontySnapshot,
  MontySyntaxError,
} from '../index.mjs'

const quiet = { print: () => {} }

describe('Monty', () => {
  test('compile once, run many times with different inputs', () => {
    const m = new Monty('x * 2', { inputs: ['x'] })
    expect(m.run({ inputs: { x: 2 } })).toBe(4)
    expect(m.run({ inputs: { x: 'ab' } })).toBe('abab')
    expect(m.inputs).toEqual(['x'])
    expect(m.scriptName).toBe('main.py')
  })

  test('constructor throws MontySyntaxError', () => {
    expect(() => new Monty('def (')).toThrow(MontySyntaxError)
  })

  test('run with sync external functions', () => {
    const m = new Monty('add(1, 2) + add(3, 4, scale=10)')
    const r = m.run({ externalFunctions: { add: (a, b, kw) => (a + b) * (kw?.scale ?? 1) } })
    expect(r).toBe(73)
  })

  test('run rejects async functions clearly', () => {
    const m = new Monty('f()')
    expect(() => m.run({ externalFunctions: { f: async () => 1 } })).toThrow(/returned a promise/)
  })

  test('run: what a sync host function throws is raised in the program', () => {
    const m = new Monty(`
out = []
for f in (boom, boom_str, boom_type):
    try:
        f()
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
out`)
    const r = m.run({
      externalFunctions: {
        boom: () => {
          throw new Error('bad')
        },
        boom_str: () => {
          throw 'plain string'
        },
        boom_type: () => {
          const e = new Error('wrong key')
          e.name = 'KeyError'
          throw e
        },
      },
    })
    expect(r).toEqual(['RuntimeError: bad', 'RuntimeError: plain string', "KeyError: 'wrong key'"])
  })

  test('run: a declared function the host does not give is a NameError, never an inherited property', () => {
    const m = new Monty(
      'out = []\nfor f in (toString, valueOf):\n    try:\n        f()\n    except NameError as e:\n        out.append(str(e))\nout',
      { externalFunctions: ['toString', 'valueOf'] },
    )
    expect(m.run({ externalFunctions: {} })).toEqual([
      "name 'toString' is not defined",
      "name 'valueOf' is not defined",
    ])
  })

  test('runAsync: a declared function the host does not give is a NameError', async () => {
    const m = new Monty('try:\n    toString()\nexcept NameError as e:\n    r = str(e)\nr', {
      externalFunctions: ['toString'],
    })
    expect(await m.runAsync({ externalFunctions: {} })).toBe("name 'toString' is not defined")
  })

  test('run: output reaches print in order, between host calls', () => {
    const events = []
    const m = new Monty('print("a")\nx = f(1)\nprint("b", x)\nf(2)\nprint("c", end="")')
    m.run({
      // Writes between two calls are joined: how print splits its writes is not the point.
      print: (t) => {
        if (events.length && events[events.length - 1].startsWith('out:')) events[events.length - 1] += t
        else events.push(`out:${t}`)
      },
      externalFunctions: {
        f: (v) => {
          events.push(`f ${v}`)
          return v * 10
        },
      },
    })
    expect(events).toEqual(['out:a\n', 'f 1', 'out:b 10\n', 'f 2', 'out:c'])
  })

  test('run: an error thrown by print ends the run and reaches the caller', () => {
    const m = new Monty('print("x")\nf()')
    let called = false
    expect(() =>
      m.run({
        print: () => {
          throw new RangeError('print failed')
        },
        externalFunctions: {
          f: () => {
            called = true
          },
        },
      }),
    ).toThrow(RangeError)
    expect(called).toBe(false)
  })

  test('run: a host result that cannot be converted raises TypeError in the program', () => {
    const m = new Monty('try:\n    f()\nexcept TypeError as e:\n    r = "TypeError"\nr')
    expect(m.run({ externalFunctions: { f: () => Symbol('s') } })).toBe('TypeError')
  })

  test('run: many host calls in one run (values are released as the run goes)', () => {
    const m = new Monty('t = 0\nfor i in range(200000):\n    t += f(i, [i])\nt')
    expect(m.run({ externalFunctions: { f: (i, xs) => (xs[0] === i ? i + 1 : -1) } })).toBe((200000 * 200001) / 2)
  })

  test('run throws MontyRuntimeError', () => {
    const m = new Monty('[][1]')
    expect(() => m.run()).toThrow(MontyRuntimeError)
  })

  test('runAsync reuses the compiled program', async () => {
    const m = new Monty('await get() + 1')
    expect(await m.runAsync({ externalFunctions: { get: async () => 41 } })).toBe(42)
    expect(await m.runAsync({ externalFunctions: { get: async () => 1 } })).toBe(2)
  })

  test('dump and load a program', () => {
    const m = new Monty('f"{x}!"', { inputs: ['x'], scriptName: 's.py' })
    const bytes = m.dump()
    expect(bytes).toBeInstanceOf(Uint8Array)
    const m2 = Monty.load(bytes)
    expect(m2.scriptName).toBe('s.py')
    expect(m2.run({ inputs: { x: 'hi' } })).toBe('hi!')
  })

  test('loading foreign or damaged program bytes is a TypeError', () => {
    expect(() => Monty.load(new Uint8Array([1, 2, 3]))).toThrow(TypeError)
    const bytes = new Monty('1').dump()
    bytes[bytes.length - 1] ^= 0xff
    expect(() => Monty.load(bytes)).toThrow(/corrupted/)
  })

  test('disassemble lists bytecode', () => {
    expect(new Monty('x = 1').disassemble()).toContain('StoreGlobal')
  })
})

describe('start and resume', () => {
  test('paused at each call', () => {
    const m = new Monty('a = fetch(1)\nb = fetch(a, mode="x")\na + b', { externalFunctions: ['fetch'] })
    let p = m.start(quiet)
    expect(p).toBeInstanceOf(MontySnapshot)
    expect(p.functionName).toBe('fetch')
    expect(p.args).toEqual([1])
    expect(p.kwargs).toEqual({})
    p = p.resume({ returnValue: 10 })
    expect(p.args).toEqual([10])
    expect(p.kwargs).toEqual({ mode: 'x' })
    p = p.resume({ returnValue: 5 })
    expect(p).toBeInstanceOf(MontyComplete)
    expect(p.output).toBe(15)
  })

  test('resume with an exception raises at the call', () => {
    const m = new Monty('try:\n    f()\nexcept ValueError as e:\n    r = str(e)\nr', { externalFunctions: ['f'] })
    const p = m.start(quiet)
    const done = p.resume({ exception: { type: 'ValueError', message: 'bad input' } })
    expect(done.output).toBe('bad input')
  })

  test('a snapshot resumes only once', () => {
    const m = new Monty('f()', { externalFunctions: ['f'] })
    const p = m.start(quiet)
    p.resume({ returnValue: 1 })
    expect(() => p.resume({ returnValue: 2 })).toThrow(/already been resumed/)
  })

  test('futures: several calls in flight, settled in any order', () => {
    const m = new Monty('import asyncio\nawait asyncio.gather(get(1), get(2), get(3))', { externalFunctions: ['get'] })
    let p = m.start(quiet)
    const ids = []
    while (p instanceof MontySnapshot) {
      ids.push(p.callId)
      p = p.resume({ future: true })
    }
    expect(p).toBeInstanceOf(MontyFutureSnapshot)
    expect(p.pendingCallIds).toEqual(ids)
    p = p.resume({ results: { [ids[2]]: { returnValue: 'c' } } })
    expect(p).toBeInstanceOf(MontyFutureSnapshot)
    expect(p.pendingCallIds).toEqual(ids.slice(0, 2))
    // The gather raises the KeyError.
    expect(() =>
      p.resume({
        results: { [ids[0]]: { returnValue: 'a' }, [ids[1]]: { exception: { type: 'KeyError', message: 'x' } } },
      }),
    ).toThrow(MontyRuntimeError)
  })

  test('print output during start/resume goes to the print option', () => {
    const out = []
    const m = new Monty("print('one')\nf()\nprint('two')", { externalFunctions: ['f'] })
    const p = m.start({ print: (t) => out.push(t) })
    expect(out).toEqual(['one\n'])
    p.resume({ returnValue: null })
    expect(out).toEqual(['one\n', 'two\n'])
  })
})

describe('snapshots as bytes', () => {
  test('dump and load a paused call, in this process', () => {
    const m = new Monty('x = f(1)\ny = f(x)\n[x, y]', { externalFunctions: ['f'] })
    const p = m.start(quiet)
    const bytes = p.dump()
    const restored = MontySnapshot.load(bytes, quiet)
    expect(restored.functionName).toBe('f')
    expect(restored.args).toEqual([1])
    const p2 = restored.resume({ returnValue: 5 })
    const again = loadSnapshot(p2.dump(), quiet)
    expect(again.args).toEqual([5])
    expect(again.resume({ returnValue: 6 }).output).toEqual([5, 6])
  })

  test('a future snapshot round-trips', () => {
    const m = new Monty('import asyncio\nsum(await asyncio.gather(g(1), g(2)))', { externalFunctions: ['g'] })
    let p = m.start(quiet)
    while (p instanceof MontySnapshot) p = p.resume({ future: true })
    const loaded = MontyFutureSnapshot.load(p.dump(), quiet)
    const [a, b] = loaded.pendingCallIds
    expect(loaded.resume({ results: { [a]: { returnValue: 10 }, [b]: { returnValue: 32 } } }).output).toBe(42)
  })

  test('the wrong loader for a snapshot kind is a TypeError', () => {
    const m = new Monty('f()', { externalFunctions: ['f'] })
    const bytes = m.start(quiet).dump()
    expect(() => MontyFutureSnapshot.load(bytes)).toThrow(TypeError)
  })

  test('damaged snapshot bytes never crash', () => {
    const m = new Monty('d = {"k": [1, 2]}\nf(d)\nd', { externalFunctions: ['f'] })
    const good = m.start(quiet).dump()
    let refused = 0
    for (let i = 0; i < good.length; i += 3) {
      const bad = Uint8Array.from(good)
      bad[i] ^= 0x5a
      try {
        loadSnapshot(bad, quiet).resume({ returnValue: null })
      } catch (e) {
        expect(e).toBeInstanceOf(Error)
        refused++
      }
    }
    expect(refused).toBeGreaterThan(0)
    for (const n of [0, 5, 19, good.length - 1]) {
      expect(() => loadSnapshot(good.subarray(0, n))).toThrow(TypeError)
    }
  })
})

describe('the native binding', () => {
  // The addon's functions are reachable by anyone who loads binding.js: what is not a program
  // token must be refused with a TypeError, never read as one.
  test('functions that take a program refuse anything else', async () => {
    const { createRequire } = await import('node:module')
    const native = createRequire(import.meta.url)('../binding.js')
    const noop = () => {}
    for (const bad of [undefined, null, 1, 'x', {}, [], new Uint8Array(4), noop]) {
      expect(() => native.programScriptName(bad)).toThrow(TypeError)
      expect(() => native.programDump(bad)).toThrow(TypeError)
      expect(() => native.runSync(bad, undefined, [], {}, undefined, undefined, noop, noop, noop)).toThrow(TypeError)
    }
    const program = native.compileProgram('40 + 2', 'main.py', [])
    expect(native.programScriptName(program)).toBe('main.py')
    expect(native.runSync(program, undefined, [], {}, undefined, undefined, noop, noop, noop)).toBe(42)
    expect(() => native.runSync(program, undefined, [1], {}, undefined, undefined, noop, noop, noop)).toThrow(
      /function names must be strings/,
    )
  })
})
