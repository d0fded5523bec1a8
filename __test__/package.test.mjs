// Packaging: both tarballs (the JS package and this platform's binary package) install into an
// empty project without a registry, and the package works through require() and import.
import { execFileSync } from 'node:child_process'
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const binary = 'montybox.linux-x64-gnu.node'

function sh(cmd, args, cwd) {
  return execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
  })
}

test('npm pack both packages, install offline, require and import', () => {
  const work = mkdtempSync(join(tmpdir(), 'montybox-pack-'))
  // The platform package as `napi artifacts` would assemble it.
  const platformDir = join(work, 'platform')
  cpSync(join(root, 'npm', 'linux-x64-gnu'), platformDir, { recursive: true })
  copyFileSync(join(root, binary), join(platformDir, binary))
  sh('npm', ['pack', '--pack-destination', work], platformDir)
  sh('npm', ['pack', '--pack-destination', work], root)
  const tarballs = readdirSync(work).filter((f) => f.endsWith('.tgz'))
  expect(tarballs.sort()).toEqual(['montybox-0.1.0.tgz', 'montybox-linux-x64-gnu-0.1.0.tgz'])
  // The JS package does not carry the binary; the platform package does.
  const listing = sh('tar', ['-tzf', join(work, 'montybox-0.1.0.tgz')], work)
  expect(listing).not.toContain('.node')
  expect(listing).toContain('package/index.mjs')
  expect(sh('tar', ['-tzf', join(work, 'montybox-linux-x64-gnu-0.1.0.tgz')], work)).toContain(`package/${binary}`)

  const project = join(work, 'project')
  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }))
  sh(
    'npm',
    [
      'install',
      '--offline',
      '--no-package-lock',
      join(work, 'montybox-0.1.0.tgz'),
      join(work, 'montybox-linux-x64-gnu-0.1.0.tgz'),
    ],
    project,
  )
  const cjs = sh(
    process.execPath,
    ['-e', "require('montybox').runMonty('sum(range(10))', {}).then((v) => console.log('cjs', v))"],
    project,
  )
  expect(cjs.trim()).toBe('cjs 45')
  writeFileSync(
    join(project, 'check.mjs'),
    "import { runMonty, Monty } from 'montybox'\nimport montybox from 'montybox'\n" +
      "console.log('esm', await runMonty('\"-\".join(\"abc\")'), new Monty('1').run(), typeof montybox.runMonty)\n",
  )
  expect(sh(process.execPath, ['check.mjs'], project).trim()).toBe('esm a-b-c 1 function')
})
