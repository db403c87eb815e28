// What the figures were measured on: they only mean something next to the machine and its load.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'

export type Machine = {
  cpu: string
  cores: number
  memoryGiB: number
  os: string
  node: string
  loadAverage: [number, number, number]
}

export function describeMachine(): Machine {
  const [one = 0, five = 0, fifteen = 0] = os.loadavg()
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    loadAverage: [one, five, fifteen],
  }
}

export const loadLine = (load: readonly number[]) => load.map((n) => n.toFixed(2)).join(' / ')

// A busy machine gives low figures: say so beside them rather than let them pass for the software's.
export function quietness(load: readonly number[], cores: number): string {
  const oneMinute = load[0] ?? 0
  return oneMinute <= 0.25 * cores
    ? 'quiet'
    : `NOT quiet (1-minute load ${oneMinute.toFixed(2)} on ${cores} cores): treat the figures as lower bounds`
}

const PG_BIN_ROOT = '/usr/lib/postgresql'

// As test/support/postgres.ts looks for them: on PATH, else in the Debian package's versioned folders.
function pgBinary(name: string): string | null {
  const onPath = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim()
  if (onPath) return onPath
  const versions = existsSync(PG_BIN_ROOT) ? readdirSync(PG_BIN_ROOT).sort((a, b) => Number(b) - Number(a)) : []
  for (const version of versions) {
    const candidate = join(PG_BIN_ROOT, version, 'bin', name)
    if (existsSync(candidate)) return candidate
  }
  return null
}

/** The PostgreSQL server's version; throws, before any benchmark runs, when a throwaway cluster cannot be made. */
export function checkPostgres(givenUrl: string | undefined): string {
  if (givenUrl) return 'PostgreSQL at KOHDE_TEST_DATABASE_URL'
  const missing = ['initdb', 'pg_ctl', 'postgres'].filter((name) => pgBinary(name) === null)
  if (missing.length > 0)
    throw new Error(
      `bench: PostgreSQL is not installed (no ${missing.join(', ')} on PATH or under ${PG_BIN_ROOT}/<version>/bin). ` +
        'Install it (apt-get install postgresql) or set KOHDE_TEST_DATABASE_URL to a server the bench may create databases in.',
    )
  return execFileSync(pgBinary('postgres')!, ['--version'], { encoding: 'utf8' }).trim()
}
