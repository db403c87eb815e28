// bench/RESULTS.md: the machine, the command, and one table per benchmark with its baseline and goal.
import type { HttpResult } from './http-load.js'
import { loadLine, quietness, type Machine } from './machine.js'
import type { StartupResult } from './startup-time.js'

export const HTTP_GOAL = { ratio: 0.5, p99Ms: 20 }

export type PerCoreRun = { script: string; output: string; ok: boolean }
export type HttpRun = {
  database: string
  rows: HttpResult[]
  memory: { rssMiB: number; peakMiB: number } | null
}
export type Report = {
  command: string
  machine: Machine
  loadAtEnd: readonly number[]
  postgres: string
  startedAt: Date
  seconds: number
  warmUpSeconds: number
  connections: number
  perCore: PerCoreRun[]
  startup: StartupResult[]
  http: HttpRun[]
  failures: string[]
}

const int = (n: number) => Math.round(n).toLocaleString('en')
const ms = (n: number) => (Number.isInteger(n) ? `${n}` : n.toFixed(1))
const GOAL_PATHS = ['POST /api/v1/compile', 'POST /api/v1/estimate']

function goalCell(row: HttpResult, bare: HttpResult): string {
  if (!GOAL_PATHS.includes(row.path)) return '—'
  const ratioMet = row.requestsPerSecond >= HTTP_GOAL.ratio * bare.requestsPerSecond
  const p99Met = row.p99 < HTTP_GOAL.p99Ms
  if (ratioMet && p99Met) return 'met'
  return `**not met** (${[ratioMet ? '' : 'throughput', p99Met ? '' : 'p99'].filter(Boolean).join(', ')})`
}

function httpTable(run: HttpRun): string[] {
  const bare = run.rows[0]
  if (!bare) return ['(no results)']
  const lines = [
    `#### ${run.database}`,
    '',
    '| route | req/s | p50 ms | p99 ms | × bare route | non-2xx / errors | goal (≥ 50 % of bare, p99 < 20 ms) |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...run.rows.map(
      (row) =>
        `| ${row.name} — \`${row.path}\` | ${int(row.requestsPerSecond)} | ${ms(row.p50)} | ${ms(row.p99)} | ` +
        `${(row.requestsPerSecond / bare.requestsPerSecond).toFixed(3)} | ${row.non2xx} / ${row.errors} | ${goalCell(row, bare)} |`,
    ),
    '',
  ]
  if (run.memory)
    lines.push(
      `Server process after the load: ${int(run.memory.rssMiB)} MiB resident (VmRSS), peak ${int(run.memory.peakMiB)} MiB (VmHWM).`,
      '',
    )
  return lines
}

// The scripts print lines of text and tables: each text line becomes a paragraph, each table stays whole.
function asMarkdown(output: string): string[] {
  const lines: string[] = []
  for (const line of output.trim().split('\n')) {
    if (line.trim() === '') continue
    const inTable = line.startsWith('|') && (lines.at(-1) ?? '').startsWith('|')
    if (!inTable && lines.length > 0) lines.push('')
    lines.push(line)
  }
  return lines
}

export function renderReport(report: Report): string {
  const m = report.machine
  const out = [
    '# kohde benchmark results',
    '',
    `Measured ${report.startedAt.toISOString()} with \`${report.command}\` (from the project folder; it starts and stops`,
    'everything itself: SQLite in a temporary folder, PostgreSQL in a throwaway cluster).',
    '',
    '## Machine',
    '',
    `- CPU: ${m.cpu}, ${m.cores} cores; memory ${m.memoryGiB.toFixed(1)} GiB; ${m.os}`,
    `- Node ${m.node}; ${report.postgres}`,
    `- Load average (1 / 5 / 15 min) at the start: ${loadLine(m.loadAverage)} — ${quietness(m.loadAverage, m.cores)}; at the end: ${loadLine(report.loadAtEnd)}`,
    '',
    'The figures only count on a quiet machine: every benchmark shares the CPU with whatever else runs, and the HTTP',
    'benchmarks use both cores (the server in one process, autocannon in another).',
    '',
  ]
  if (report.failures.length > 0)
    out.push('## Failures', '', ...report.failures.map((f) => `- ${f.replace(/\n/g, ' ')}`), '')

  out.push(
    '## HTTP',
    '',
    `autocannon, ${report.connections} connections, ${report.seconds} s per route after a ${report.warmUpSeconds} s warm-up,`,
    'against one server process: the real app as `server/main.ts` builds it (request log at the default level `info`',
    'to a file, helmet, JSON body parsing, bearer-token authentication of the demo staff user, zod parsing) built',
    "onto an Express app whose first route is the bare `GET /hello` (before any middleware). Bodies: seed 003's three",
    'demo audiences in turn; the estimate has four lines (Facebook, Instagram, LinkedIn, Google). The read is one demo',
    'audience by id; each write stores a new audience (one transaction: row, version, tags, audit). req/s counts 2xx',
    'answers only. `GET /api/v1/auth/me` is the floor of an authenticated API route: all the middleware, the token',
    'lookup and a small JSON answer.',
    '',
  )
  for (const run of report.http) out.push(...httpTable(run))

  out.push(
    '## Start-up',
    '',
    'Time from spawning `tsx server/main.ts` (as `npm start` does) to the first 200 from `GET /healthz`,',
  )
  out.push('polled every 10 ms; resident memory of the serving process just after.', '')
  out.push('| start | ms to first 200 | resident MiB |', '|---|---:|---:|')
  for (const s of report.startup)
    out.push(`| ${s.name} | ${int(s.milliseconds)} | ${s.rssMiB === null ? '—' : int(s.rssMiB)} |`)
  out.push('')

  out.push('## Throughput per core', '', 'Each script in its own process, one thread (the figures are per core).', '')
  for (const run of report.perCore) {
    out.push(`### \`npx tsx bench/${run.script}\`${run.ok ? '' : ' (FAILED)'}`, '', ...asMarkdown(run.output), '')
  }
  return out.join('\n')
}
