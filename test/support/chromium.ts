import { accessSync, constants, existsSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { ProvisionError } from './postgres-cluster.js'

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function onPath(env: NodeJS.ProcessEnv): string | undefined {
  const dirs = (env.PATH ?? '').split(':').filter(Boolean)
  for (const name of NAMES) for (const dir of dirs) if (executable(join(dir, name))) return join(dir, name)
  return undefined
}

function versionOf(path: string): string {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 })
  if (result.status !== 0)
    throw new ProvisionError(
      `${path} --version failed: ${(result.stderr || String(result.error)).trim().split('\n')[0]}`,
    )
  return result.stdout.trim()
}

// Debian's chromium, installed as root the way .ci/run used to: the browser tests need a real Chromium.
function installDebianChromium(log: (line: string) => void): boolean {
  if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version') || !executable('/usr/bin/apt-get')) return false
  log("no Chromium found; installing Debian's chromium with apt-get (once per machine, a minute or two)")
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: 'pipe' })
    const said = `${result.stderr ?? ''}`.trim().split('\n').at(-1)
    if (result.status !== 0)
      throw new ProvisionError(`apt-get ${args.join(' ')} failed: ${said || result.error?.message}`)
  }
  return true
}

/**
 * The Chromium the browser tests drive: KOHDE_TEST_CHROMIUM, else one on PATH, else Debian's package installed
 * when running as root on Debian. Throws one sentence saying what to do otherwise.
 */
export function provisionChromium(log: (line: string) => void, env = process.env): { path: string; version: string } {
  const given = env.KOHDE_TEST_CHROMIUM
  if (given) {
    if (!executable(given)) throw new ProvisionError(`KOHDE_TEST_CHROMIUM=${given} is not an executable file`)
    return { path: given, version: versionOf(given) }
  }
  const found = onPath(env) ?? (installDebianChromium(log) ? onPath(env) : undefined)
  if (!found)
    throw new ProvisionError(
      'Chromium not found: install it (Debian: apt-get install chromium) or set KOHDE_TEST_CHROMIUM to a Chromium or Chrome executable',
    )
  return { path: found, version: versionOf(found) }
}
