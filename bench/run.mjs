// montybox side by side with @pydantic/monty and CPython 3.11 (issue 6, "The measurement").
//
// Every workload runs on every engine, interleaved: each round takes one sample per engine, in a
// rotating order, so machine noise (this machine is shared) hits all engines alike. Each engine's
// answer is checked against the expected value before anything is timed. CPython runs in one
// long-lived python3 process (bench/cpython_driver.py) that times the workload itself with
// time.perf_counter_ns, so its process start-up is a row of its own.
//
//   npm run bench                      full run (a few minutes)
//   npm run bench -- --quick           3 rounds, smaller memory loops
//   npm run bench -- --filter fib,json only workloads whose name contains one of the words
//   npm run bench -- --json out.json   also write every sample as JSON
//   npm run bench -- --rounds 25       rounds per workload (default 15)

import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'
import * as pm from '@pydantic/monty'

const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const mb = require('../index.js')
const pmVersion = JSON.parse(
  readFileSync(path.join(here, '../node_modules/@pydantic/monty/package.json'), 'utf8'),
).version

// Samples are taken with a full GC in between (untimed) so one engine's garbage is not collected
// on another engine's clock.
if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  })
  process.exit(r.status ?? 1)
}

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const o = { quick: false, filter: null, json: null, rounds: null, memChild: null }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--quick') o.quick = true
    else if (a === '--filter') o.filter = argv[++i].split(',').map((s) => s.trim().toLowerCase())
    else if (a === '--json') o.json = argv[++i]
    else if (a === '--rounds') o.rounds = Number(argv[++i])
    else if (a === '--mem-child') o.memChild = argv[++i]
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/run.mjs [--quick] [--filter a,b] [--json out.json] [--rounds N]')
      process.exit(0)
    } else throw new Error(`unknown option ${a}`)
  }
  return o
}
const opts = parseArgs(process.argv.slice(2))
const ROUNDS = opts.rounds ?? (opts.quick ? 3 : 15)
const selected = (name) => !opts.filter || opts.filter.some((f) => name.toLowerCase().includes(f))

// ---------------------------------------------------------------------------------------------
// Workloads

const ENGINES = [
  { key: 'mbSync', label: 'montybox sync', mode: 'sync' },
  { key: 'mbAsync', label: 'montybox async', mode: 'async' },
  { key: 'pmSync', label: `@pydantic/monty ${pmVersion} sync`, mode: 'sync' },
  { key: 'pmAsync', label: `@pydantic/monty ${pmVersion} async`, mode: 'async' },
  { key: 'py', label: 'CPython 3.11', mode: 'sync' },
]

/** A JSON document of about 1 MB, ASCII only, numbers that print the same in JS and Python. */
function jsonDocument() {
  const records = []
  let size = 2
  for (let i = 0; size < 1_000_000; i++) {
    const r = {
      id: i,
      name: `user${i}`,
      email: `user${i}@example.com`,
      score: (i % 200) * 0.25,
      active: i % 3 === 0,
      tags: ['a', `t${i % 17}`, `g${i % 5}`],
      address: { city: `city${i % 50}`, zip: String(10000 + i), geo: [i % 90, -(i % 180)] },
      parent: i % 10 === 0 ? null : i - 1,
    }
    size += JSON.stringify(r).length + 1
    records.push(r)
  }
  return JSON.stringify({ version: 1, records })
}

const syncTool = (x) => x + 1
const promiseTool = async (x) => x + 1
const sleepTool = (x) => new Promise((resolve) => setTimeout(() => resolve(x + 1), 20))
// What @pydantic/monty 0.0.18 does with `await tool()`: runMontyAsync resumes with the plain value,
// Python raises TypeError("'int' object can't be awaited"), and the wrapper then fails re-raising it.
const PM_AWAIT = "cannot await an external call: `await tool()` raises TypeError: 'int' object can't be awaited"
const ASYNC_API = 'a synchronous run cannot wait for a promise (the async rows run this)'

const MEM_CODE = `def score(item):
    return item["price"] * item["qty"]

items = [{"name": f"item{i}", "price": i % 7 + 1, "qty": i % 3} for i in range(50)]
best = sorted(items, key=score, reverse=True)[:3]
total = 0
for it in items:
    total += score(it)
[b["name"] for b in best], total
`
const MEM_EXPECTED = [['item20', 'item41', 'item5'], 194]

const GATHER = `import asyncio

async def main():
    results = await asyncio.gather(*[tool(i) for i in range(100)])
    return sum(results)

await main()`
const GATHER_PY = GATHER.replace('await main()', '_loop.run_until_complete(main())')

function workloads() {
  const doc = jsonDocument()
  return [
    {
      name: 'start-up',
      about: 'per call; montybox/monty: compile+run `pass` in-process; CPython: spawn `python3 -c pass` (wall clock)',
      code: 'pass',
      mode: 'source',
      batch: 20,
      expected: null,
      custom: { py: pythonStartup },
    },
    {
      name: '1 + 1 from source',
      about: 'per call, hot: compile + run + result (async: await runMonty(code))',
      code: '1 + 1',
      mode: 'source',
      batch: 500,
      expected: 2,
    },
    {
      name: '1 + 1 compiled',
      about: 'per call: run of a compiled program (async: await m.runAsync()); floor: a NAPI getter call',
      code: '1 + 1',
      mode: 'exec',
      batch: 2000,
      expected: 2,
      extraRows: [{ label: 'NAPI floor (montybox m.scriptName)', sample: napiFloor }],
    },
    {
      name: 'loop 1M arithmetic',
      about: 'per run: 1,000,000 iterations of integer arithmetic in a function',
      code: `def f():
    t = 0
    for i in range(1000000):
        t = (t + i * 3) % 1000003
    return t

f()`,
      expected: 18,
    },
    {
      name: 'fib(25)',
      about: 'per run: recursive calls',
      code: `def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib(25)`,
      expected: 75025,
    },
    {
      name: 'dict 100k f-strings',
      about: 'per run: build a 100k-key dict with f-string keys, then sum it',
      code: `d = {}
for i in range(100000):
    d[f"key{i}"] = i
total = 0
for k in d:
    total += d[k]
[len(d), total]`,
      expected: [100000, 4999950000],
    },
    {
      name: 'list comprehension 200k',
      about: 'per run: filtered comprehension over 200k ints',
      code: `xs = list(range(200000))
ys = [x * 2 for x in xs if x % 3 == 0]
[len(ys), sum(ys)]`,
      expected: [66667, 13333266666],
    },
    {
      name: 'sorted 100k tuples, key',
      about: 'per run: build 100k tuples, sorted() with a lambda key',
      code: `data = [((i * 7919) % 100003, str(i)) for i in range(100000)]
s = sorted(data, key=lambda t: t[0])
[s[0][1], s[-1][1], len(s)]`,
      expected: ['0', '52685', 100000],
    },
    {
      name: 'json 1 MB dumps+loads',
      about: `per run: json.loads of a ${(doc.length / 1e6).toFixed(2)} MB input string, then json.dumps`,
      code: `import json
d = json.loads(s)
out = json.dumps(d, separators=(",", ":"))
[len(out), out == s]`,
      inputs: { s: doc },
      expected: [doc.length, true],
    },
    {
      name: '1000 sync external calls',
      about: 'per run of 1000 sequential calls of a sync JS function (CPython: a Python function)',
      code: `t = 0
for i in range(1000):
    t += tool(i)
t`,
      externalFunctions: { tool: syncTool },
      pyPrelude: 'def tool(x):\n    return x + 1\n',
      expected: 500500,
      perCall: 1000,
    },
    {
      name: 'gather 100 external calls',
      about: 'per run: 100 calls of an async JS tool (resolved promise) in one asyncio.gather',
      code: GATHER,
      pyCode: GATHER_PY,
      pyPrelude: 'async def tool(x):\n    return x + 1\n',
      externalFunctions: { tool: promiseTool },
      expected: 5050,
      na: { mbSync: ASYNC_API, pmSync: ASYNC_API },
      failHint: { pmAsync: PM_AWAIT },
    },
    {
      name: 'gather 100 x 20 ms tool',
      about: 'concurrency: 100 calls of a tool that resolves after 20 ms; concurrent = ~20 ms, sequential = 2 s',
      code: GATHER,
      pyCode: GATHER_PY,
      pyPrelude: 'import asyncio\nasync def tool(x):\n    await asyncio.sleep(0.02)\n    return x + 1\n',
      externalFunctions: { tool: sleepTool },
      expected: 5050,
      rounds: opts.quick ? 2 : 5,
      na: { mbSync: ASYNC_API, pmSync: ASYNC_API },
      failHint: { pmAsync: PM_AWAIT },
    },
    {
      name: 'snapshot 10k list',
      about: 'per round trip: dump + load + resume of a run paused at a call, holding a 10k-element list',
      code: `x = list(range(10000))
y = tool()
len(x) + y`,
      expected: 10001,
      custom: { mbSync: montyboxSnapshot, pmSync: pydanticSnapshot },
      na: {
        mbAsync: 'snapshots are the synchronous start/dump/load/resume API (sync row)',
        pmAsync: 'snapshots are the synchronous start/dump/load/resume API (sync row)',
        py: 'CPython cannot serialize a paused run',
      },
    },
  ]
}

// ---------------------------------------------------------------------------------------------
// Engines: each returns { once(): result, sample(n): total ns for n calls }

const now = () => process.hrtime.bigint()

function timeLoop(n, fn) {
  const t0 = now()
  for (let i = 0; i < n; i++) fn()
  return Number(now() - t0)
}

async function timeLoopAsync(n, fn) {
  const t0 = now()
  for (let i = 0; i < n; i++) await fn()
  return Number(now() - t0)
}

function nodeEngine(w, api) {
  const inputs = w.inputs ?? {}
  const ext = w.externalFunctions ?? {}
  const names = { inputs: Object.keys(inputs), externalFunctions: Object.keys(ext) }
  return api(w, inputs, ext, names)
}

const engines = {
  mbSync: (w) =>
    nodeEngine(w, (w, inputs, ext, names) => {
      const runOpts = { inputs, externalFunctions: ext }
      if (w.mode === 'source') {
        const call = () => new mb.Monty(w.code, names).run(runOpts)
        return { once: call, sample: (n) => timeLoop(n, call) }
      }
      const m = new mb.Monty(w.code, names)
      const call = () => m.run(runOpts)
      return { once: call, sample: (n) => timeLoop(n, call) }
    }),
  mbAsync: (w) =>
    nodeEngine(w, (w, inputs, ext) => {
      const runOpts = { inputs, externalFunctions: ext }
      if (w.mode === 'source') {
        const call = () => mb.runMonty(w.code, runOpts)
        return { once: call, sample: (n) => timeLoopAsync(n, call) }
      }
      const m = new mb.Monty(w.code, { inputs: Object.keys(inputs) })
      const call = () => m.runAsync(runOpts)
      return { once: call, sample: (n) => timeLoopAsync(n, call) }
    }),
  // @pydantic/monty refuses an `inputs` object when the program declares no inputs.
  pmSync: (w) =>
    nodeEngine(w, (w, inputs, ext, names) => {
      const runOpts = pmRunOptions(inputs, ext)
      const ctorOpts = { inputs: names.inputs }
      if (w.mode === 'source') {
        const call = () => new pm.Monty(w.code, ctorOpts).run(runOpts)
        return { once: call, sample: (n) => timeLoop(n, call) }
      }
      const m = new pm.Monty(w.code, ctorOpts)
      const call = () => m.run(runOpts)
      return { once: call, sample: (n) => timeLoop(n, call) }
    }),
  pmAsync: (w) =>
    nodeEngine(w, (w, inputs, ext, names) => {
      const runOpts = pmRunOptions(inputs, ext)
      const ctorOpts = { inputs: names.inputs }
      if (w.mode === 'source') {
        const call = () => pm.runMontyAsync(new pm.Monty(w.code, ctorOpts), runOpts)
        return { once: call, sample: (n) => timeLoopAsync(n, call) }
      }
      const m = new pm.Monty(w.code, ctorOpts)
      const call = () => pm.runMontyAsync(m, runOpts)
      return { once: call, sample: (n) => timeLoopAsync(n, call) }
    }),
  py: (w) => {
    const id = `w${python.nextId++}`
    const loaded = python.request({
      op: 'load',
      id,
      code: w.pyCode ?? w.code,
      mode: w.mode ?? 'exec',
      prelude: w.pyPrelude ?? '',
      inputs: w.inputs ?? {},
    })
    const run = async (n) => {
      await loaded
      return python.request({ op: 'run', id, n })
    }
    return { once: async () => (await run(1)).result, sample: async (n) => (await run(n)).ns }
  },
}

function pmRunOptions(inputs, ext) {
  const o = {}
  if (Object.keys(inputs).length) o.inputs = inputs
  if (Object.keys(ext).length) o.externalFunctions = ext
  return o
}

function montyboxSnapshot(w) {
  const m = new mb.Monty(w.code, { externalFunctions: ['tool'] })
  const info = {}
  const roundTrip = (p) => {
    const bytes = p.dump()
    info.size = bytes.length
    return mb.loadSnapshot(bytes).resume({ returnValue: 1 }).output
  }
  return {
    info,
    once: () => roundTrip(m.start()),
    sample: (n) => {
      let ns = 0
      for (let i = 0; i < n; i++) {
        const p = m.start()
        const t0 = now()
        roundTrip(p)
        ns += Number(now() - t0)
      }
      return ns
    },
  }
}

function pydanticSnapshot(w) {
  const m = new pm.Monty(w.code)
  const info = {}
  const roundTrip = (p) => {
    const bytes = p.dump()
    info.size = bytes.length
    return pm.MontySnapshot.load(bytes).resume({ returnValue: 1 }).output
  }
  return {
    info,
    once: () => roundTrip(m.start()),
    sample: (n) => {
      let ns = 0
      for (let i = 0; i < n; i++) {
        const p = m.start()
        const t0 = now()
        roundTrip(p)
        ns += Number(now() - t0)
      }
      return ns
    },
  }
}

function pythonStartup() {
  const call = () => {
    const r = spawnSync('python3', ['-c', 'pass'])
    if (r.status !== 0) throw new Error(`python3 -c pass exited ${r.status}`)
    return null
  }
  return { once: call, sample: (n) => timeLoop(n, call), batch: 1 }
}

function napiFloor(n) {
  const m = new mb.Monty('1 + 1')
  let s = 0
  const t0 = now()
  for (let i = 0; i < n; i++) s += m.scriptName.length
  const ns = Number(now() - t0)
  if (s !== n * 'main.py'.length) throw new Error('napi floor: unexpected scriptName')
  return ns
}

// The long-lived CPython process: one JSON line per request and per answer.
const python = {
  nextId: 0,
  proc: null,
  waiting: [],
  start() {
    this.proc = spawn('python3', [path.join(here, 'cpython_driver.py')], { stdio: ['pipe', 'pipe', 'inherit'] })
    readline.createInterface({ input: this.proc.stdout }).on('line', (line) => {
      const { resolve, reject } = this.waiting.shift()
      const msg = JSON.parse(line)
      if (msg.error) reject(new Error(msg.error))
      else resolve(msg)
    })
    this.proc.on('exit', (code) => {
      for (const { reject } of this.waiting.splice(0)) reject(new Error(`python3 exited ${code}`))
    })
  },
  request(msg) {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject })
      this.proc.stdin.write(`${JSON.stringify(msg)}\n`)
    })
  },
  stop() {
    this.proc?.stdin.end()
  },
}

// ---------------------------------------------------------------------------------------------
// Checking and statistics

function norm(v) {
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [String(k), norm(x)]))
  if (v instanceof Set) return [...v].map(norm).sort()
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : `${v}n`
  if (v instanceof Uint8Array) return [...v]
  if (Array.isArray(v)) return v.map(norm)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]))
  return v === undefined ? null : v
}

const same = (a, b) => JSON.stringify(norm(a)) === JSON.stringify(norm(b))
const short = (v) => {
  const s = JSON.stringify(norm(v)) ?? String(v)
  return s.length > 60 ? `${s.slice(0, 57)}...` : s
}
const oneLine = (msg) => String(msg).split('\n').filter(Boolean).at(-1)?.slice(0, 110) ?? String(msg)

/** A full collection, including the NAPI finalizers that run once the event loop turns. */
async function collect() {
  globalThis.gc()
  await new Promise((resolve) => setImmediate(resolve))
  globalThis.gc()
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
  return { median, min: s[0], max: s.at(-1), n: s.length }
}

function fmtTime(ns) {
  if (ns == null || Number.isNaN(ns)) return '-'
  if (ns < 1e3) return `${ns.toFixed(0)} ns`
  if (ns < 1e4) return `${(ns / 1e3).toFixed(2)} µs`
  if (ns < 1e6) return `${(ns / 1e3).toFixed(1)} µs`
  if (ns < 1e7) return `${(ns / 1e6).toFixed(2)} ms`
  if (ns < 1e9) return `${(ns / 1e6).toFixed(1)} ms`
  return `${(ns / 1e9).toFixed(2)} s`
}

const fmtRatio = (r) => {
  if (r == null || !Number.isFinite(r)) return '-'
  if (r < 0.01) return `1/${Math.round(1 / r)}`
  return r >= 10 ? `${r.toFixed(1)}x` : `${r.toFixed(2)}x`
}
const fmtBytes = (b) =>
  Math.abs(b) >= 1 << 20
    ? `${(b / (1 << 20)).toFixed(1)} MiB`
    : Math.abs(b) >= 1024
      ? `${(b / 1024).toFixed(1)} KiB`
      : `${Math.round(b)} B`
const pad = (s, n) => String(s).padEnd(n)
const padL = (s, n) => String(s).padStart(n)

// ---------------------------------------------------------------------------------------------
// Running a workload

async function runWorkload(w) {
  const rounds = w.rounds ?? ROUNDS
  const rows = []
  for (const e of ENGINES) {
    const row = { key: e.key, label: e.label, mode: e.mode, samples: [] }
    rows.push(row)
    if (w.na?.[e.key]) {
      row.na = w.na[e.key]
      continue
    }
    try {
      row.impl = (w.custom?.[e.key] ?? engines[e.key])(w)
      const got = await row.impl.once()
      if (w.expected !== undefined && !same(got, w.expected)) {
        row.na = `WRONG RESULT: got ${short(got)}, expected ${short(w.expected)}`
        continue
      }
      await collect()
      await row.impl.sample(1) // warm-up, untimed
    } catch (err) {
      row.na = oneLine(err.message ?? err) + (w.failHint?.[e.key] ? ` (${w.failHint[e.key]})` : '')
    }
  }
  for (const x of w.extraRows ?? []) rows.push({ key: 'extra', label: x.label, samples: [], extra: x })

  const live = rows.filter((r) => !r.na)
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < live.length; i++) {
      const row = live[(i + round) % live.length]
      const batch = row.impl?.batch ?? w.batch ?? 1
      await collect()
      try {
        const ns = row.extra ? row.extra.sample(batch) : await row.impl.sample(batch)
        row.samples.push(ns / batch)
      } catch (err) {
        row.na = oneLine(err.message ?? err)
      }
    }
  }
  for (const r of rows) {
    if (!r.na && r.samples.length) Object.assign(r, stats(r.samples))
    if (r.impl?.info?.size) r.note = `dump: ${r.impl.info.size} bytes`
    if (w.perCall && r.median != null) r.note = `${fmtTime(r.median / w.perCall)} per call`
    delete r.impl
  }

  const mbSync = rows.find((r) => r.key === 'mbSync')
  const mbAsync = rows.find((r) => r.key === 'mbAsync')
  const mbFor = (r) => (r.mode === 'async' ? (mbAsync.median ?? mbSync.median) : (mbSync.median ?? mbAsync.median))
  for (const r of rows) {
    if (r.median != null && r.key !== 'mbSync' && r.key !== 'mbAsync' && r.key !== 'extra') {
      r.ratio = mbFor(r) / r.median
    }
  }
  return { name: w.name, about: w.about, rounds, rows }
}

function printWorkload(res) {
  console.log(`\n== ${res.name} ==  ${res.about}; ${res.rounds} rounds interleaved`)
  console.log(
    `  ${pad('engine', 34)}${padL('median', 11)}${padL('min', 11)}${padL('max', 11)}${padL('montybox/this', 15)}  note`,
  )
  for (const r of res.rows) {
    if (r.na) {
      console.log(`  ${pad(r.label, 34)}${padL('n/a', 11)}  ${r.na}`)
      continue
    }
    console.log(
      `  ${pad(r.label, 34)}${padL(fmtTime(r.median), 11)}${padL(fmtTime(r.min), 11)}${padL(fmtTime(r.max), 11)}${padL(fmtRatio(r.ratio), 15)}  ${r.note ?? ''}`,
    )
  }
}

function printSummary(results) {
  console.log('\n== summary (medians; ratio = montybox / other, < 1 means montybox is faster) ==')
  const cols = ['mbSync', 'mbAsync', 'pmSync', 'pmAsync', 'py']
  const head = ['workload', 'mb sync', 'mb async', 'monty sync', 'monty async', 'CPython', 'mb/monty', 'mb/CPython']
  const widths = [27, 11, 11, 12, 12, 11, 10, 11, 12, 12]
  const header = [...head, 'min: /monty', '/CPython']
  console.log(`  ${header.map((h, i) => (i ? padL(h, widths[i]) : pad(h, widths[i]))).join('')}`)
  for (const res of results) {
    const byKey = Object.fromEntries(res.rows.map((r) => [r.key, r]))
    const cell = (k) => (byKey[k]?.median != null ? fmtTime(byKey[k].median) : 'n/a')
    // The montybox row each other row is compared with: same mode (sync/async), else the other.
    const mbFor = (r, stat) =>
      (r.mode === 'async' ? [byKey.mbAsync, byKey.mbSync] : [byKey.mbSync, byKey.mbAsync]).find(
        (m) => m?.[stat] != null,
      )?.[stat]
    const ratio = (r, stat) => (r?.[stat] != null ? mbFor(r, stat) / r[stat] : null)
    const worst = (rows, stat) => {
      const rs = rows.map((r) => ratio(r, stat)).filter((x) => x != null)
      return rs.length ? Math.max(...rs) : null
    }
    const monty = [byKey.pmSync, byKey.pmAsync]
    const line = [
      pad(res.name, widths[0]),
      ...cols.map((k, i) => padL(cell(k), widths[i + 1])),
      padL(fmtRatio(worst(monty, 'median')), widths[6]),
      padL(fmtRatio(ratio(byKey.py, 'median')), widths[7]),
      padL(fmtRatio(worst(monty, 'min')), widths[8]),
      padL(fmtRatio(ratio(byKey.py, 'min')), widths[9]),
    ]
    console.log(`  ${line.join('')}`)
  }
  console.log('  mb/monty: the worse of sync-vs-sync and async-vs-async; "min:" columns: the same ratios of the')
  console.log('  fastest samples (less sensitive to other jobs on a shared machine)')
}

// ---------------------------------------------------------------------------------------------
// Memory: each measurement in a fresh process, so earlier workloads do not blur RSS.

const MEM_PROGRAMS = opts.quick ? 200 : 1000
const MEM_RUNS = opts.quick ? 2000 : 10000

async function memChild(engine) {
  const rss = () => process.memoryUsage().rss
  const heap = () => {
    const m = process.memoryUsage()
    return m.heapUsed + m.external
  }
  // NAPI finalizers (which free the native side of dropped objects) run from the event loop, so
  // a collection is only complete after the loop has turned.
  const settle = async () => {
    globalThis.gc()
    await new Promise((resolve) => setImmediate(resolve))
    globalThis.gc()
    await new Promise((resolve) => setTimeout(resolve, 10))
    globalThis.gc()
  }
  const out = {}
  const ctor = { mbSync: mb.Monty, pmSync: pm.Monty }[engine]
  if (ctor) {
    const keep = []
    await settle()
    const r0 = rss()
    const h0 = heap()
    for (let i = 0; i < MEM_PROGRAMS; i++) keep.push(new ctor(MEM_CODE))
    await settle()
    out.perProgram = (rss() - r0) / keep.length
    out.perProgramHeap = (heap() - h0) / keep.length
  }
  const m = ctor ? new ctor(MEM_CODE) : engine === 'pmAsync' ? new pm.Monty(MEM_CODE) : null
  const run = {
    mbSync: () => m.run(),
    pmSync: () => m.run(),
    mbAsync: () => mb.runMonty(MEM_CODE),
    pmAsync: () => pm.runMontyAsync(m),
  }[engine]
  const got = await run()
  if (!same(got, MEM_EXPECTED)) throw new Error(`wrong result ${short(got)}`)
  for (let i = 0; i < 200; i++) await run()
  await settle()
  out.runsBefore = rss()
  out.heapBefore = heap()
  // RSS at each quarter tells a one-time warm-up (flat second half) from a leak (steady growth).
  out.quarters = []
  for (let q = 0; q < 4; q++) {
    for (let i = 0; i < MEM_RUNS / 4; i++) await run()
    await settle()
    out.quarters.push(rss())
  }
  out.runsAfter = rss()
  out.heapAfter = heap()
  console.log(JSON.stringify(out))
}

async function memory() {
  const rows = []
  for (const e of ENGINES) {
    let out
    if (e.key === 'py') {
      const child = spawnSync('python3', [path.join(here, 'cpython_driver.py')], {
        input: `${JSON.stringify({ op: 'mem', code: MEM_CODE, programs: MEM_PROGRAMS, runs: MEM_RUNS })}\n`,
        encoding: 'utf8',
      })
      out = JSON.parse(child.stdout)
    } else {
      const child = spawnSync(
        process.execPath,
        ['--expose-gc', fileURLToPath(import.meta.url), '--mem-child', e.key, ...(opts.quick ? ['--quick'] : [])],
        { encoding: 'utf8' },
      )
      try {
        out = JSON.parse(child.stdout)
      } catch {
        out = { error: oneLine(child.stderr || child.stdout) }
      }
    }
    rows.push({ key: e.key, label: e.label, ...out })
  }
  console.log(
    `\n== memory ==  one idle compiled program (RSS delta / ${MEM_PROGRAMS} programs), ${MEM_RUNS} sequential runs (RSS before/after)`,
  )
  console.log(
    `  ${pad('engine', 34)}${padL('per program', 13)}${padL('(JS heap)', 11)}${padL('RSS before', 12)}${padL('RSS after', 12)}${padL('growth', 11)}${padL('2nd half', 11)}${padL('JS heap', 11)}`,
  )
  for (const r of rows) {
    if (r.error) {
      console.log(`  ${pad(r.label, 34)}${padL('n/a', 13)}  ${r.error}`)
      continue
    }
    const per = r.perProgram != null ? fmtBytes(r.perProgram) : 'n/a'
    const perHeap = r.perProgramHeap != null ? fmtBytes(r.perProgramHeap) : ''
    const half = r.quarters ? fmtBytes(r.quarters[3] - r.quarters[1]) : '-'
    const heapGrowth = r.heapBefore != null ? fmtBytes(r.heapAfter - r.heapBefore) : '-'
    console.log(
      `  ${pad(r.label, 34)}${padL(per, 13)}${padL(perHeap, 11)}${padL(fmtBytes(r.runsBefore), 12)}${padL(fmtBytes(r.runsAfter), 12)}${padL(fmtBytes(r.runsAfter - r.runsBefore), 11)}${padL(half, 11)}${padL(heapGrowth, 11)}`,
    )
  }
  console.log('  per program: RSS (and JS heap) growth / programs held; growth: RSS after - before the runs;')
  console.log(
    '  2nd half: RSS growth over the last half of the runs; JS heap: heapUsed + external growth over the runs',
  )
  console.log('  (montybox async runs runMonty(code) from source; @pydantic/monty async runs runMontyAsync(compiled))')

  return rows
}

// ---------------------------------------------------------------------------------------------

function machine() {
  const cpus = os.cpus()
  const py = spawnSync('python3', ['--version'], { encoding: 'utf8' }).stdout.trim()
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    python: py,
    monty: pmVersion,
    load: os.loadavg().map((x) => x.toFixed(2)),
    date: new Date().toISOString(),
  }
}

async function main() {
  if (opts.memChild) return memChild(opts.memChild)
  const info = machine()
  console.log(
    `montybox bench  ${info.date}\n${info.cpu}, ${info.cores} cores, ${info.ramGiB} GiB RAM; node ${info.node}, ${info.python}, @pydantic/monty ${info.monty}; load average ${info.load.join(' ')}`,
  )
  console.log('times are per run (per call where a workload says so); ratio montybox/this < 1 means montybox is faster')
  python.start()
  const results = []
  try {
    for (const w of workloads()) {
      if (!selected(w.name)) continue
      const res = await runWorkload(w)
      printWorkload(res)
      results.push(res)
    }
  } finally {
    python.stop()
  }
  if (results.length) printSummary(results)
  const mem = selected('memory') ? await memory() : null
  if (opts.json) {
    writeFileSync(opts.json, `${JSON.stringify({ machine: info, rounds: ROUNDS, results, memory: mem }, null, 2)}\n`)
    console.log(`\nwrote ${opts.json}`)
  }
}

main().catch((err) => {
  console.error(err)
  python.stop()
  process.exit(1)
})
