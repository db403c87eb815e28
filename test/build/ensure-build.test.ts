import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const ENSURE_BUILD = join(import.meta.dirname, '..', '..', 'bin', 'ensure-build.js')

// A checkout in a temporary folder whose build script only counts its runs and writes the stamp the real one writes
// (scripts/build.js): what is under test is bin/ensure-build.js's decision, not esbuild.
const FAKE_BUILD = `
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { newestSource } from ${JSON.stringify(ENSURE_BUILD)}
const root = join(import.meta.dirname, '..')
const sourcesMtimeMs = newestSource(root)
appendFileSync(join(root, 'builds.log'), 'built\\n')
mkdirSync(join(root, 'dist'), { recursive: true })
writeFileSync(join(root, 'dist', 'build-stamp.json'), JSON.stringify({ sourcesMtimeMs }))
`

let root = ''
afterEach(() => rmSync(root, { recursive: true, force: true }))

function checkout(): string {
  root = mkdtempSync(join(tmpdir(), 'kohde-ensure-build-'))
  for (const folder of ['server', 'audiences', 'browser', 'scripts']) mkdirSync(join(root, folder))
  writeFileSync(join(root, 'package.json'), '{}')
  writeFileSync(join(root, 'server', 'main.ts'), '')
  writeFileSync(join(root, 'scripts', 'build.js'), FAKE_BUILD)
  return root
}

const ensureBuild = (dir: string) => {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `(await import(${JSON.stringify(ENSURE_BUILD)})).ensureBuild(${JSON.stringify(dir)})`,
    ],
    { encoding: 'utf8' },
  )
  expect(run.status, run.stderr).toBe(0)
  return run.stderr
}
const builds = (dir: string) => readFileSync(join(dir, 'builds.log'), 'utf8').split('\n').filter(Boolean).length

describe('bin/ensure-build.js', () => {
  it('when there is no build yet, then builds once and says why; a second run builds nothing', () => {
    const dir = checkout()

    expect(ensureBuild(dir)).toContain('no build yet')
    expect(ensureBuild(dir)).toBe('')
    expect(builds(dir)).toBe(1)
  })

  it('when a source is saved after the build, then the next run rebuilds', () => {
    const dir = checkout()
    ensureBuild(dir)
    const later = new Date(Date.now() + 5_000)
    utimesSync(join(dir, 'server', 'main.ts'), later, later)

    expect(ensureBuild(dir)).toContain('the sources changed since the last build')
    expect(builds(dir)).toBe(2)
  })

  it('when a checkout carries file times ahead of the clock, then it builds once, not at every run (CI copies)', () => {
    const dir = checkout()
    const nextYear = new Date(Date.now() + 365 * 86_400_000)
    utimesSync(join(dir, 'server', 'main.ts'), nextYear, nextYear)

    ensureBuild(dir)
    ensureBuild(dir)
    ensureBuild(dir)

    expect(builds(dir)).toBe(1)
  })
})
