// Limits and the sandbox from Node: each breach rejects with MontyResourceError naming the limit,
// defaults are on, null turns a limit off, and nothing a program does can take the process down.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { Monty, MontyResourceError, MontyRuntimeError, runMonty } from '../index.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const quiet = { print: () => {} }

describe('limits', () => {
  const cases = [
    ['duration', 'while True:\n    pass', { maxDurationMs: 50 }],
    ['memory', "x = 'a' * 10**9", { maxMemoryBytes: 16 << 20 }],
    ['memory', 'x = []\nwhile True:\n    x.append([1, 2, 3])', { maxMemoryBytes: 8 << 20 }],
    ['memory', 'x = 1 << 10**10', { maxMemoryBytes: 16 << 20 }],
    ['allocations', 'x = [str(i) for i in range(10**6)]', { maxAllocations: 1000 }],
  ]
  for (const [kind, code, limits] of cases) {
    test(`${kind}: ${code.split('\n').join(' | ').slice(0, 40)}`, async () => {
      const err = await runMonty(code, { ...quiet, limits }).catch((e) => e)
      expect(err).toBeInstanceOf(MontyResourceError)
      expect(err.kind).toBe(kind)
    })
  }

  test('Python cannot catch a limit breach', async () => {
    const code = 'while True:\n    try:\n        x = "a" * 10**9\n    except BaseException:\n        pass'
    const err = await runMonty(code, { ...quiet, limits: { maxMemoryBytes: 16 << 20 } }).catch((e) => e)
    expect(err).toBeInstanceOf(MontyResourceError)
    expect(err.kind).toBe('memory')
  })

  test('the default memory limit is on (256 MiB)', async () => {
    const err = await runMonty("x = 'a' * (300 * 2**20)", quiet).catch((e) => e)
    expect(err).toBeInstanceOf(MontyResourceError)
    expect(err.kind).toBe('memory')
  })

  test('null turns a limit off', async () => {
    const code = 'total = 0\nfor i in range(300000):\n    total += i\ntotal'
    await expect(runMonty(code, { ...quiet, limits: { maxDurationMs: 1 } })).rejects.toBeInstanceOf(MontyResourceError)
    expect(await runMonty(code, { ...quiet, limits: { maxDurationMs: null } })).toBe(44999850000)
  })

  test('time waiting for tools does not count, unless wallClock', async () => {
    const tool = () => new Promise((r) => setTimeout(() => r('done'), 300))
    const ok = await runMonty('await wait()', {
      ...quiet,
      externalFunctions: { wait: tool },
      limits: { maxDurationMs: 100 },
    })
    expect(ok).toBe('done')
    const t0 = performance.now()
    const err = await runMonty('await wait()', {
      ...quiet,
      externalFunctions: { wait: tool },
      limits: { maxDurationMs: 100, wallClock: true },
    }).catch((e) => e)
    expect(err).toBeInstanceOf(MontyResourceError)
    expect(err.kind).toBe('duration')
    expect(performance.now() - t0).toBeLessThan(250)
  })

  test('limits apply to the synchronous API and to loaded snapshots', () => {
    const m = new Monty('while True:\n    pass')
    expect(() => m.run({ limits: { maxDurationMs: 30 } })).toThrow(MontyResourceError)
    const paused = new Monty('f()\nwhile True:\n    pass', { externalFunctions: ['f'] }).start(quiet)
    const bytes = paused.dump()
    const { loadSnapshot } = require('../index.js')
    const loaded = loadSnapshot(bytes, { ...quiet, limits: { maxDurationMs: 30 } })
    expect(() => loaded.resume({ returnValue: null })).toThrow(MontyResourceError)
  })

  test('recursion depth is a catchable RecursionError', async () => {
    const code = 'def f():\n    return f()\ntry:\n    f()\nexcept RecursionError:\n    r = "caught"\nr'
    expect(await runMonty(code, { ...quiet, limits: { maxRecursionDepth: 100 } })).toBe('caught')
  })

  test('deeply nested values raise RecursionError, not a crash', async () => {
    const code =
      'x = []\nfor _ in range(100000):\n    x = [x]\ntry:\n    repr(x)\nexcept RecursionError as e:\n    r = str(e)\nr'
    expect(await runMonty(code, quiet)).toBe('maximum recursion depth exceeded while getting the repr of an object')
  })
})

describe('sandbox from Node', () => {
  const refused = [
    ["open('/etc/passwd')", 'PermissionError'],
    ["eval('1')", 'NotImplementedError'],
    ['import subprocess', 'ModuleNotFoundError'],
    ['import socket', 'ModuleNotFoundError'],
    ['object.__subclasses__()', 'AttributeError'],
    ['(lambda: 0).__globals__', 'AttributeError'],
    ['import time\ntime.time()', 'PermissionError'],
  ]
  for (const [code, type] of refused) {
    test(`${code} is refused with ${type}`, async () => {
      const err = await runMonty(code, quiet).catch((e) => e)
      expect(err).toBeInstanceOf(MontyRuntimeError)
      expect(err.type).toBe(type)
      expect(err.message).toMatch(/montybox|No module named/)
    })
  }
})

describe('the process survives', () => {
  test('busy, memory-hungry and deeply recursive programs never crash or abort Node', () => {
    const script = `
      const { runMonty } = require('./index.js')
      const programs = [
        ['busy', 'while True:\\n    pass', { maxDurationMs: 200 }],
        ['hungry', 'x = []\\nwhile True:\\n    x.append("x" * 10000)', { maxMemoryBytes: 64 << 20 }],
        ['huge', "'a' * 10**12", {}],
        ['recursive', 'def f(n):\\n    return f(n + 1)\\nf(0)', { maxRecursionDepth: 100000 }],
        ['nested', 'x = []\\nfor _ in range(10**6):\\n    x = [x]\\nstr(x) == str(x)', {}],
        ['deep source', '(' .repeat(50000) + ')'.repeat(50000), {}],
        ['generators', 'def g(n):\\n    yield from (g(n + 1) if n < 10**6 else [1])\\nlist(g(0))', {}],
      ]
      ;(async () => {
        for (const [name, code, limits] of programs) {
          const r = await runMonty(code, { limits, print: () => {} }).then(() => 'ok', (e) => e.name + ':' + (e.kind || e.type || ''))
          console.log(name, r)
        }
        console.log('survived')
      })()
    `
    const out = execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', timeout: 120_000 })
    expect(out).toContain('survived')
    expect(out).toMatch(/busy MontyResourceError:duration/)
    expect(out).toMatch(/hungry MontyResourceError:memory/)
    expect(out).toMatch(/huge MontyResourceError:memory/)
    expect(out).toMatch(/recursive MontyRuntimeError:RecursionError/)
    expect(out).toMatch(/nested MontyRuntimeError:RecursionError/)
    expect(out).toMatch(/deep source MontySyntaxError/)
  }, 180_000)

  test('20,000 runs and 20,000 abandoned snapshots leave memory flat', () => {
    const script = `
      const { runMonty, Monty } = require('./index.js')
      const m = new Monty('x = [i * 2 for i in range(50)]\\nf(x)\\nsum(x)', { externalFunctions: ['f'] })
      // Native objects are freed by finalizers that run after a collection, on later ticks.
      const settle = () => new Promise((r) => setTimeout(r, 20))
      const rss = async () => {
        for (let k = 0; k < 5; k++) { global.gc(); await settle() }
        return process.memoryUsage().rss
      }
      ;(async () => {
        const round = async () => {
          for (let i = 0; i < 5000; i++) await runMonty('sum(range(i))', { inputs: { i }, print: () => {} })
          for (let i = 0; i < 5000; i++) m.start({ print: () => {} })
        }
        // Measured after each round, once the garbage is collected: a leak grows every round,
        // while the allocator's high-water mark settles after the first.
        const sizes = []
        for (let r = 0; r < 4; r++) {
          await round()
          sizes.push(await rss())
        }
        console.log(JSON.stringify({ sizes, growthMb: (sizes[3] - sizes[1]) / 2 ** 20 }))
      })()
    `
    const out = execFileSync(process.execPath, ['--expose-gc', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 300_000,
    })
    const { growthMb } = JSON.parse(out.trim().split('\n').pop())
    expect(growthMb).toBeLessThan(10)
  }, 300_000)
})

describe('host grants', () => {
  test('everything is denied by default', async () => {
    for (const code of [
      'import random\nrandom.random()',
      'import uuid\nuuid.uuid4()',
      'import datetime\ndatetime.datetime.now()',
    ]) {
      const err = await runMonty(code, quiet).catch((e) => e)
      expect(err).toBeInstanceOf(MontyRuntimeError)
      expect(err.type).toBe('PermissionError')
    }
    expect(await runMonty('import os\ndict(os.environ)', quiet)).toEqual({})
  })

  test('the real clock, a fixed clock, randomness', async () => {
    const now = await runMonty('import time\ntime.time()', { ...quiet, grants: { clock: true } })
    expect(Math.abs(now - Date.now() / 1000)).toBeLessThan(5)
    // The expected text is what CPython prints for this instant:
    // datetime.datetime.fromtimestamp(1700000000.5, datetime.timezone.utc).isoformat()
    const fixed = await runMonty('import datetime\ndatetime.datetime.now(datetime.timezone.utc).isoformat()', {
      ...quiet,
      grants: { clock: 1700000000.5 },
    })
    expect(fixed).toBe('2023-11-14T22:13:20.500000+00:00')
    const r = await runMonty('import random, uuid\n[0 <= random.random() < 1, uuid.uuid4().version]', {
      ...quiet,
      grants: { random: true },
    })
    expect(r).toEqual([true, 4])
  })

  test('environ and argv are what the host passes', async () => {
    const grants = { environ: { API_URL: 'https://x' }, argv: ['tool.py', '--fast'] }
    const code =
      "import os, sys\ntry:\n    os.environ['HOME']\nexcept KeyError as e:\n    missing = repr(e)\n[os.environ['API_URL'], os.getenv('NOPE', 'd'), missing, sys.argv]"
    expect(await runMonty(code, { ...quiet, grants })).toEqual([
      'https://x',
      'd',
      "KeyError('HOME')",
      ['tool.py', '--fast'],
    ])
  })

  test('grants apply to the synchronous API and to loaded snapshots, and are checked', () => {
    const m = new Monty('import time\nf()\ntime.time() > 0', { externalFunctions: ['f'] })
    const snap = m.start({ ...quiet, grants: { clock: true } })
    const { loadSnapshot } = require('../index.js')
    expect(loadSnapshot(snap.dump(), { ...quiet, grants: { clock: 5 } }).resume({ returnValue: null }).output).toBe(
      true,
    )
    expect(() => loadSnapshot(snap.dump(), quiet).resume({ returnValue: null })).toThrow(MontyRuntimeError)
    expect(() => m.start({ ...quiet, grants: { clock: Number.NaN } })).toThrow(TypeError)
  })
})
