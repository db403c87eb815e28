// `npm run bench`: every benchmark, then bench/RESULTS.md. Options (after `npm run bench --`):
//   --seconds=N   seconds per HTTP route (default 10)      --warm-up=N  warm-up per route (default 2)
//   --only=per-core,startup,http                           --out=FILE   where to write (default bench/RESULTS.md)
//   --cpu-prof=DIR  profile the HTTP server children with node --cpu-prof into DIR
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startTestPostgres } from '../test/support/postgres.js'
import { killAll, killChildrenOnExit, residentMemory, track } from './child-processes.js'
import {
  API_FLOOR,
  BARE,
  CEILINGS,
  COMPILE,
  CONNECTIONS,
  ESTIMATE,
  loadTest,
  sameAnswer,
  storedRead,
  storedWrite,
  type HttpResult,
} from './http-load.js'
import { checkPostgres, describeMachine, loadLine } from './machine.js'
import { renderReport, type HttpRun, type PerCoreRun, type Report } from './results-report.js'
import { ROOT, startServerChild } from './server-child.js'
import { timeCli, timeStartup, timeStartupsOnSqlite } from './startup-time.js'

const PER_CORE = ['compile.ts', 'estimate.ts', 'briefs.ts', 'store.ts']
const SECTIONS = ['per-core', 'startup', 'http'] as const

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key = '', value = 'true'] = arg.replace(/^--/, '').split('=')
    return [key, value] as const
  }),
)
const seconds = Number(args.get('seconds') ?? 10)
const warmUpSeconds = Number(args.get('warm-up') ?? 2)
const only = new Set((args.get('only') ?? SECTIONS.join(',')).split(','))
const out = resolve(args.get('out') ?? join(ROOT, 'bench/RESULTS.md'))
const cpuProfDir = args.has('cpu-prof') ? resolve(args.get('cpu-prof')!) : undefined
const unknown = [...only].filter((s) => !(SECTIONS as readonly string[]).includes(s))
if (unknown.length > 0 || !(seconds > 0) || !(warmUpSeconds >= 0)) {
  console.error(`bench: bad options (sections are ${SECTIONS.join(', ')}; seconds > 0)`)
  process.exit(2)
}

function runPerCore(script: string): Promise<PerCoreRun> {
  console.log(`\n===== bench/${script} =====`)
  const child = track(spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'bench', script)], { cwd: ROOT }))
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    process.stdout.write(chunk)
  })
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk))
  return new Promise((resolveRun) => child.once('exit', (code) => resolveRun({ script, output, ok: code === 0 })))
}

// The ceilings need no database: measured once, on SQLite, each just before the route it bounds.
async function httpRun(database: string, tmp: string, databaseUrl?: string, ceilings = false): Promise<HttpRun> {
  console.log(`\n===== HTTP on ${database} =====`)
  const server = await startServerChild({
    dataDir: join(tmp, `http-${database}`),
    databaseUrl,
    logFile: join(tmp, `http-${database}.log`),
    cpuProfDir,
  })
  try {
    const rows: HttpResult[] = []
    const notes = ceilings
      ? [await sameAnswer(server, COMPILE, CEILINGS.compile), await sameAnswer(server, ESTIMATE, CEILINGS.estimate)]
      : []
    const compile = ceilings ? [CEILINGS.compileAnswer, CEILINGS.compile, COMPILE] : [COMPILE]
    const estimate = ceilings ? [CEILINGS.estimateAnswer, CEILINGS.estimate, ESTIMATE] : [ESTIMATE]
    for (const scenario of [BARE, API_FLOOR, ...compile, ...estimate, storedRead(server), storedWrite(server)])
      rows.push(await loadTest(server, scenario, seconds, warmUpSeconds))
    const memory = server.child.pid === undefined ? null : residentMemory(server.child.pid)
    return { database, rows, memory, notes }
  } finally {
    await server.stop()
  }
}

// A database of its own (a throwaway cluster unless KOHDE_TEST_DATABASE_URL names a server), dropped afterwards.
async function withPostgres(use: (url: string) => Promise<void>): Promise<void> {
  const postgres = await startTestPostgres()
  try {
    await use(postgres.url)
  } finally {
    killAll()
    await postgres.drop()
  }
}

async function main(): Promise<void> {
  killChildrenOnExit()
  const givenUrl = process.env.KOHDE_TEST_DATABASE_URL || undefined
  const postgres = checkPostgres(givenUrl)
  const machine = describeMachine()
  const startedAt = new Date()
  console.log(`kohde bench — ${machine.cpu}, ${machine.cores} cores, load ${loadLine(machine.loadAverage)}`)
  const report: Report = {
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine,
    loadAtEnd: [],
    postgres,
    startedAt,
    seconds,
    warmUpSeconds,
    connections: CONNECTIONS,
    perCore: [],
    startup: [],
    cli: [],
    http: [],
    failures: [],
  }
  const tmp = mkdtempSync(join(tmpdir(), 'kohde-bench-'))
  process.once('exit', () => rmSync(tmp, { recursive: true, force: true }))
  try {
    if (only.has('per-core'))
      for (const script of PER_CORE) {
        const run = await runPerCore(script)
        report.perCore.push(run)
        if (!run.ok) report.failures.push(`bench/${script} failed (its output is below)`)
      }
    if (only.has('startup')) {
      console.log('\n===== start-up =====')
      report.startup.push(...(await timeStartupsOnSqlite(tmp)))
      report.cli.push(...timeCli())
    }
    if (only.has('http')) report.http.push(await httpRun('SQLite', tmp, undefined, true))
    if (only.has('startup'))
      await withPostgres(async (url) => {
        const settings = { dataDir: join(tmp, 'startup-pg'), databaseUrl: url, logFile: join(tmp, 'startup.log') }
        report.startup.push(
          await timeStartup('PostgreSQL, empty database (migrations + demo seed)', settings),
          await timeStartup('PostgreSQL, existing database', settings),
        )
      })
    if (only.has('http'))
      await withPostgres(async (url) => void report.http.push(await httpRun('PostgreSQL', tmp, url)))
  } catch (error) {
    report.failures.push(error instanceof Error ? (error.stack ?? error.message) : String(error))
    console.error(error)
  } finally {
    killAll()
    rmSync(tmp, { recursive: true, force: true })
  }
  report.loadAtEnd = describeMachine().loadAverage
  writeFileSync(out, renderReport(report))
  console.log(`\nwrote ${out}`)
  process.exitCode = report.failures.length > 0 ? 1 : 0
}

await main()
