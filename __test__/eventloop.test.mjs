// The event loop stays free while Python computes, and AbortSignal cancels promptly.
import { describe, expect, test } from 'vitest'
import { MontyCancelledError, runMonty } from '../index.mjs'

const busyLoop = 'total = 0\nfor i in range(20_000_000):\n    total += i % 7\ntotal'

describe('event loop', () => {
  test('a 10 ms interval keeps firing during a busy Python loop', async () => {
    const ticks = []
    const start = performance.now()
    const timer = setInterval(() => ticks.push(performance.now() - start), 10)
    try {
      await runMonty(busyLoop)
    } finally {
      clearInterval(timer)
    }
    const elapsed = performance.now() - start
    expect(elapsed).toBeGreaterThan(100)
    // Roughly one tick per 10 ms: allow for scheduling slack, but a blocked loop gives ~0.
    expect(ticks.length).toBeGreaterThan((elapsed / 10) * 0.5)
    const gaps = ticks.slice(1).map((t, i) => t - ticks[i])
    expect(Math.max(...gaps)).toBeLessThan(100)
  })

  test('other runMonty calls progress while one computes', async () => {
    const finished = []
    const heavy = runMonty(busyLoop).then(() => finished.push('heavy'))
    const quick = []
    for (let i = 0; i < 20; i++) {
      quick.push(runMonty('x * 2', { inputs: { x: i } }).then((v) => finished.push(v)))
    }
    await Promise.all([heavy, ...quick])
    expect(finished.indexOf('heavy')).toBe(finished.length - 1)
    expect(finished.length).toBe(21)
  })

  test('tool promises settle while another run computes', async () => {
    const heavy = runMonty(busyLoop)
    const start = performance.now()
    const light = await runMonty('await wait()', {
      externalFunctions: { wait: () => new Promise((r) => setTimeout(() => r(performance.now() - start), 20)) },
    })
    expect(light).toBeLessThan(500)
    await heavy
  })
})

describe('AbortSignal', () => {
  test('aborting a busy loop rejects promptly with MontyCancelledError', async () => {
    const controller = new AbortController()
    const p = runMonty('while True:\n    pass', { signal: controller.signal })
    await new Promise((r) => setTimeout(r, 30))
    const t0 = performance.now()
    controller.abort(new Error('user stop'))
    const err = await p.catch((e) => e)
    expect(performance.now() - t0).toBeLessThan(50)
    expect(err).toBeInstanceOf(MontyCancelledError)
    expect(err.reason?.message).toBe('user stop')
  })

  test('aborting while waiting on a tool rejects without waiting for it', async () => {
    const controller = new AbortController()
    const p = runMonty('await never()', {
      signal: controller.signal,
      externalFunctions: { never: () => new Promise(() => {}) },
    })
    setTimeout(() => controller.abort(), 20)
    await expect(p).rejects.toBeInstanceOf(MontyCancelledError)
  })

  test('an already aborted signal rejects before running', async () => {
    let called = false
    const p = runMonty('f()', {
      signal: AbortSignal.abort(),
      externalFunctions: {
        f: () => {
          called = true
        },
      },
    })
    await expect(p).rejects.toBeInstanceOf(MontyCancelledError)
    expect(called).toBe(false)
  })

  test('Python cannot catch the cancellation', async () => {
    const controller = new AbortController()
    const code =
      'while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n    finally:\n        pass'
    const p = runMonty(code, { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    await expect(p).rejects.toBeInstanceOf(MontyCancelledError)
  })
})
