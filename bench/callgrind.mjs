// Noise-free regression check of the core: instructions executed (callgrind's Ir) by the release
// `montybox` CLI on a handful of core workloads (bench/callgrind/*.py), compared with the counts
// committed in bench/callgrind-baseline.json. Instruction counts do not depend on the machine's
// load, so a change of a few percent is real.
//
//   node bench/callgrind.mjs              build the CLI (release), count, compare with the baseline
//   node bench/callgrind.mjs --update     ... and rewrite the baseline
//   node bench/callgrind.mjs --check 2    exit 1 when a workload needs > 2% more instructions
//   node bench/callgrind.mjs --no-build   use the CLI already built
//   node bench/callgrind.mjs --filter fib only the named workloads

import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.dirname(here)
const casesDir = path.join(here, 'callgrind')
const baselinePath = path.join(here, 'callgrind-baseline.json')
// The same target triple as the addon build (`napi build --platform`), so both share compiled deps.
const target = 'x86_64-unknown-linux-gnu'
const cli = path.join(root, 'target', target, 'release', 'montybox')

const args = process.argv.slice(2)
const update = args.includes('--update')
const build = !args.includes('--no-build')
const checkAt = args.includes('--check') ? Number(args[args.indexOf('--check') + 1]) : null
const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1].split(',') : null

function run(cmd, argv, options = {}) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 << 20, ...options })
  if (r.error) throw r.error
  return r
}

if (build) {
  console.log(`building montybox CLI (release, ${target}) ...`)
  const r = run('cargo', ['build', '--release', '-p', 'montybox-cli', '--target', target], {
    cwd: root,
    stdio: 'inherit',
  })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const names = readdirSync(casesDir)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .filter((n) => !filter || filter.some((f) => n.includes(f)))
  .sort()

const tmp = mkdtempSync(path.join(os.tmpdir(), 'montybox-callgrind-'))
const counts = {}
try {
  for (const name of names) {
    const file = path.join(casesDir, `${name}.py`)
    // A count of a wrong answer is worthless: the output must be CPython's.
    const want = run('python3', [file])
    const got = run(cli, [file])
    if (got.stdout !== want.stdout || got.status !== want.status) {
      console.error(`${name}: montybox output differs from python3:\n${got.stdout}${got.stderr}\nvs\n${want.stdout}`)
      process.exit(1)
    }
    const out = path.join(tmp, `${name}.out`)
    const vg = run('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, cli, file])
    if (vg.status !== 0) {
      console.error(`${name}: valgrind failed\n${vg.stderr}`)
      process.exit(1)
    }
    const m = /^(?:summary|totals): (\d+)/m.exec(readFileSync(out, 'utf8'))
    if (!m) throw new Error(`${name}: no instruction total in ${out}`)
    counts[name] = Number(m[1])
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

let baseline = {}
try {
  baseline = JSON.parse(readFileSync(baselinePath, 'utf8')).instructions ?? {}
} catch {
  console.log('(no baseline yet)')
}

const fmt = (n) => n.toLocaleString('en-US')
console.log(
  `\n${'workload'.padEnd(16)}${'baseline Ir'.padStart(16)}${'current Ir'.padStart(16)}${'change'.padStart(10)}`,
)
let worst = Number.NEGATIVE_INFINITY
for (const name of names) {
  const base = baseline[name]
  const cur = counts[name]
  const change = base ? ((cur - base) / base) * 100 : null
  if (change != null) worst = Math.max(worst, change)
  const changeText = change == null ? 'new' : `${change >= 0 ? '+' : ''}${change.toFixed(2)}%`
  console.log(
    `${name.padEnd(16)}${(base ? fmt(base) : '-').padStart(16)}${fmt(cur).padStart(16)}${changeText.padStart(10)}`,
  )
}

if (update) {
  const merged = { ...baseline, ...counts }
  const valgrind = run('valgrind', ['--version']).stdout.trim()
  const rustc = run('rustc', ['--version']).stdout.trim()
  writeFileSync(
    baselinePath,
    `${JSON.stringify({ note: 'callgrind Ir of target/x86_64-unknown-linux-gnu/release/montybox bench/callgrind/NAME.py', valgrind, rustc, instructions: merged }, null, 2)}\n`,
  )
  console.log(`\nwrote ${path.relative(root, baselinePath)}`)
}

if (checkAt != null && worst > checkAt) {
  console.error(`\nregression: a workload needs ${worst.toFixed(2)}% more instructions (limit ${checkAt}%)`)
  process.exit(1)
}
