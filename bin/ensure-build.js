// dist/ is built by `npm ci`; a checkout whose sources changed since (a pull, an edit) is rebuilt before kohde runs.
// An install without sources (the Docker image) runs dist/ as it is.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
// What the bundles are made of (views/ is read at run time, not bundled).
const SOURCES = ['server', 'audiences', 'browser', 'package.json', 'scripts/build.js']

/** The newest modification time among the bundles' sources, in ms (the build records it in its stamp). */
export function newestSource(root = ROOT) {
  let newest = 0
  for (const source of SOURCES) {
    const path = join(root, source)
    if (!statSync(path).isDirectory()) newest = Math.max(newest, statSync(path).mtimeMs)
    else
      for (const entry of readdirSync(path, { recursive: true, withFileTypes: true }))
        if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

/** Rebuilds dist/ when a source is newer than the last build; exits the process when the build fails. */
export function ensureBuild(root = ROOT) {
  if (!existsSync(join(root, 'server')) || !existsSync(join(root, 'scripts', 'build.js'))) return
  // The build records the newest source it saw, and a run compares that, not the clock: a checkout whose files carry
  // times ahead of this machine's clock (copied from another machine) would otherwise look changed at every run,
  // and concurrent runs (the test suite's) would rebuild dist/ under each other.
  const built = builtFrom(join(root, 'dist', 'build-stamp.json'))
  if (built !== undefined && built >= newestSource(root)) return
  const why = built === undefined ? 'no build yet' : 'the sources changed since the last build'
  process.stderr.write(`kohde: ${why}; building dist/ …\n`)
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.js')], { stdio: ['ignore', 2, 2] })
  if (result.status !== 0) {
    process.stderr.write('kohde: the build failed (above); fix it, or run `npm run build` to see it again\n')
    process.exit(1)
  }
}

function builtFrom(stamp) {
  if (!existsSync(stamp)) return undefined
  try {
    const { sourcesMtimeMs } = JSON.parse(readFileSync(stamp, 'utf8'))
    return typeof sourcesMtimeMs === 'number' ? sourcesMtimeMs : undefined
  } catch {
    return undefined
  }
}

if (process.argv[1] === import.meta.filename) ensureBuild()
