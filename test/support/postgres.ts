import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

export type TestPostgres = { url: string; drop(): Promise<void> }

const PG_BIN_ROOT = '/usr/lib/postgresql'

// initdb and pg_ctl from PATH, else from the Debian package's versioned folder.
function pgBinary(name: string): string {
  const onPath = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim()
  if (onPath) return onPath
  const versions = existsSync(PG_BIN_ROOT) ? readdirSync(PG_BIN_ROOT).sort((a, b) => Number(b) - Number(a)) : []
  for (const version of versions) {
    const candidate = join(PG_BIN_ROOT, version, 'bin', name)
    if (existsSync(candidate)) return candidate
  }
  throw new Error(
    `PostgreSQL is not installed: no ${name} on PATH or under ${PG_BIN_ROOT} (apt-get install postgresql)`,
  )
}

const freePort = () =>
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

// As root, initdb refuses to run: the cluster belongs to the postgres OS user.
function asOwner(command: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]
  execFileSync(file, argv, { stdio: 'pipe' })
}

type Cluster = { baseUrl: string; stop(): void }

async function startClusterOnce(): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'kohde-pg-'))
  chmodSync(dir, 0o700)
  if (process.getuid?.() === 0) {
    const owner = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()
    const group = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()
    chownSync(dir, Number(owner), Number(group))
  }
  const data = join(dir, 'data')
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    try {
      asOwner(pgBinary('pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
    } catch {
      // never started, or already gone
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  try {
    const port = await freePort()
    asOwner(pgBinary('initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--locale=C'])
    const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c max_connections=200`
    asOwner(pgBinary('pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start'])
    // A test process that dies before its afterAll still takes its cluster with it.
    process.once('exit', stop)
    return { baseUrl: `postgres://postgres@127.0.0.1:${port}`, stop }
  } catch (error) {
    stop()
    throw error
  }
}

// Another test file may take the free port between our probe and pg_ctl: try again on a new one.
async function startCluster(): Promise<Cluster> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startClusterOnce()
    } catch (error) {
      if (attempt >= 3) throw error
    }
  }
}

const givenUrl = (): string | undefined => process.env.KOHDE_TEST_DATABASE_URL || process.env.DATABASE_URL || undefined

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

// pg's pool.end() resolves before the server has seen every Terminate: dropping WITH (FORCE) at once would kill a
// backend whose client is still listening, and that client would throw "terminating connection" into the test run.
async function dropWhenIdle(serverUrl: string, database: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      return await adminQuery(serverUrl, `drop database if exists ${database}`)
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  await adminQuery(serverUrl, `drop database if exists ${database} with (force)`)
}

/**
 * A PostgreSQL database of this test file's own: in the server of KOHDE_TEST_DATABASE_URL or DATABASE_URL when set,
 * else in a throwaway cluster started here. Throws (the tests fail, never skip) when PostgreSQL cannot be had.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const given = givenUrl()
  const cluster = given ? undefined : await startCluster()
  const serverUrl = given ?? withDatabase(cluster!.baseUrl, 'postgres')
  const database = `kohde_test_${randomBytes(6).toString('hex')}`
  await adminQuery(serverUrl, `create database ${database}`)
  return {
    url: withDatabase(serverUrl, database),
    drop: async () => {
      try {
        await dropWhenIdle(serverUrl, database)
      } finally {
        cluster?.stop()
      }
    },
  }
}
