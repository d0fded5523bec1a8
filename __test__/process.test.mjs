// A snapshot dumped in one Node process resumes in another.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

function node(script, ...args) {
  return execFileSync(process.execPath, ['-e', script, ...args], { cwd: root, encoding: 'utf8' })
}

test('dump in one process, resume in a fresh one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'montybox-snap-'))
  const file = join(dir, 'paused.bin')
  const first = `
    const { Monty } = require('./index.js')
    const fs = require('fs')
    const code = 'import asyncio\\nnums = [n * 2 for n in range(5)]\\nprint("before", nums)\\nr = lookup(len(nums), key="k")\\nprint("after", r)\\nsum(nums) + r'
    const m = new Monty(code, { externalFunctions: ['lookup'] })
    const p = m.start({ print: (t) => process.stdout.write('first: ' + t) })
    console.log(JSON.stringify({ fn: p.functionName, args: p.args, kwargs: p.kwargs }))
    fs.writeFileSync(process.argv[1], p.dump())
  `
  const out1 = node(first, file)
  expect(out1).toContain('first: before [0, 2, 4, 6, 8]')
  expect(out1).toContain('{"fn":"lookup","args":[5],"kwargs":{"key":"k"}}')
  const second = `
    const { loadSnapshot } = require('./index.js')
    const fs = require('fs')
    const p = loadSnapshot(fs.readFileSync(process.argv[1]), { print: (t) => process.stdout.write('second: ' + t) })
    console.log('resuming', p.functionName, JSON.stringify(p.args))
    const done = p.resume({ returnValue: 100 })
    console.log('result', done.output)
  `
  const out2 = node(second, file)
  expect(out2).toContain('resuming lookup [5]')
  expect(out2).toContain('second: after 100')
  expect(out2).toContain('result 120')
  expect(readFileSync(file).subarray(0, 8).toString()).toBe('MONTYBOX')
})

test('a gather paused in one process completes in another', () => {
  const dir = mkdtempSync(join(tmpdir(), 'montybox-snap-'))
  const file = join(dir, 'waiting.bin')
  writeFileSync(join(dir, '.keep'), '')
  const first = `
    const { Monty, MontySnapshot } = require('./index.js')
    const fs = require('fs')
    const m = new Monty('import asyncio\\nawait asyncio.gather(*[get(i) for i in range(3)])', { externalFunctions: ['get'] })
    let p = m.start({ print: () => {} })
    while (p instanceof MontySnapshot) p = p.resume({ future: true })
    console.log(JSON.stringify(p.pendingCallIds))
    fs.writeFileSync(process.argv[1], p.dump())
  `
  const ids = JSON.parse(node(first, file))
  expect(ids.length).toBe(3)
  const second = `
    const { loadSnapshot } = require('./index.js')
    const fs = require('fs')
    const p = loadSnapshot(fs.readFileSync(process.argv[1]), { print: () => {} })
    const results = {}
    for (const id of p.pendingCallIds) results[id] = { returnValue: 'r' + id }
    console.log(JSON.stringify(p.resume({ results }).output))
  `
  expect(JSON.parse(node(second, file))).toEqual(ids.map((id) => `r${id}`))
})
