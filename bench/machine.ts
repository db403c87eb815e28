// What the figures were measured on: they only mean something next to the machine and its load.
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import { join } from 'node:path'
import { postgresBin } from '../test/support/postgres-cluster.js'

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

/** The PostgreSQL server's version; throws, before any benchmark runs, when a throwaway cluster cannot be made. */
export function checkPostgres(givenUrl: string | undefined): string {
  if (givenUrl) return 'PostgreSQL at KOHDE_TEST_DATABASE_URL'
  const { bin, origin } = postgresBin()
  return `${execFileSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' }).trim()} from ${origin}`
}
