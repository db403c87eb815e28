// dist/ is built by `npm ci`; a checkout whose sources changed since (a pull, an edit) is rebuilt before kohde runs.
// An install without sources (the Docker image) runs dist/ as it is.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
// What the bundles are made of (views/ is read at run time, not bundled).
const SOURCES = ['server', 'audiences', 'browser', 'package.json', 'scripts/build.js']

function newestSource() {
  let newest = 0
  for (const source of SOURCES) {
    const path = join(ROOT, source)
    if (!statSync(path).isDirectory()) newest = Math.max(newest, statSync(path).mtimeMs)
    else
      for (const entry of readdirSync(path, { recursive: true, withFileTypes: true }))
        if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

/** Rebuilds dist/ when a source is newer than the last build; exits the process when the build fails. */
export function ensureBuild() {
  if (!existsSync(join(ROOT, 'server')) || !existsSync(join(ROOT, 'scripts', 'build.js'))) return
  const stamp = join(ROOT, 'dist', 'build-stamp.json')
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0
  if (builtAt >= newestSource()) return
  const why = builtAt === 0 ? 'no build yet' : 'the sources changed since the last build'
  process.stderr.write(`kohde: ${why}; building dist/ …\n`)
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.js')], { stdio: ['ignore', 2, 2] })
  if (result.status !== 0) {
    process.stderr.write('kohde: the build failed (above); fix it, or run `npm run build` to see it again\n')
    process.exit(1)
  }
}

if (process.argv[1] === import.meta.filename) ensureBuild()
