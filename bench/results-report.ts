// bench/RESULTS.md: the machine, the command, and one table per benchmark with its baseline and goal.
import { fileURLToPath } from 'node:url'
import type { HttpResult } from './http-load.js'
import { loadLine, quietness, type Machine } from './machine.js'
import { startCommand } from './start-command.js'
import type { CommandResult, StartupResult } from './startup-time.js'

// What `npm start` runs (package.json), named as the bench ran it.
const START = startCommand(fileURLToPath(new URL('..', import.meta.url)))
const START_LINE = ['node', ...START.nodeFlags, START.script].join(' ')
const flagsText = START.nodeFlags.length > 0 ? START.nodeFlags.map((f) => `\`${f}\``).join(' ') : 'none'

export const HTTP_GOAL = { ratio: 0.5, p99Ms: 20 }

export type PerCoreRun = { script: string; output: string; ok: boolean }
export type HttpRun = {
  database: string
  rows: HttpResult[]
  memory: { rssMiB: number; peakMiB: number } | null
  // Whether each ceiling answered with kohde's bytes (empty without ceilings).
  notes: string[]
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
  cli: CommandResult[]
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

const serverCell = (row: HttpResult) =>
  row.serverMicrosPerRequest === null || row.serverCores === null
    ? '—'
    : `${int(row.serverMicrosPerRequest)} (${row.serverCores.toFixed(2)})`

function httpTable(run: HttpRun): string[] {
  const bare = run.rows[0]
  if (!bare) return ['(no results)']
  const lines = [
    `#### ${run.database}`,
    '',
    '| route | req/s | p50 ms | p99 ms | × bare route | server CPU µs/req (cores) | non-2xx / errors | goal (≥ 50 % of bare, p99 < 20 ms) |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...run.rows.map(
      (row) =>
        `| ${row.name} — \`${row.path}\` | ${int(row.requestsPerSecond)} | ${ms(row.p50)} | ${ms(row.p99)} | ` +
        `${(row.requestsPerSecond / bare.requestsPerSecond).toFixed(3)} | ${serverCell(row)} | ` +
        `${row.non2xx} / ${row.errors} | ${goalCell(row, bare)} |`,
    ),
    '',
  ]
  lines.push(...ceilingLines(run))
  if (run.memory)
    lines.push(
      `Server process after the load: ${int(run.memory.rssMiB)} MiB resident (VmRSS), peak ${int(run.memory.peakMiB)} MiB (VmHWM).`,
      '',
    )
  return lines
}

const CEILING_PAIRS = [
  { route: 'POST /api/v1/compile', answer: 'POST /ceiling/compile-answer', domain: 'POST /ceiling/compile' },
  { route: 'POST /api/v1/estimate', answer: 'POST /ceiling/estimate-answer', domain: 'POST /ceiling/estimate' },
]

// Read against its ceilings, each route's distance from the goal splits in two: what the answer itself costs on
// this stack (no route giving it can beat its stored answer) and what kohde's edge adds to the domain's own work.
// The server is one busy core under this load, so its time per request is 1 / throughput.
function ceilingLines(run: HttpRun): string[] {
  const rate = (path: string) => run.rows.find((r) => r.path === path)?.requestsPerSecond
  const bare = run.rows[0]!.requestsPerSecond
  const micros = (perSecond: number) => 1e6 / perSecond
  const us = (n: number) => `${Math.round(n)} µs`
  const lines: string[] = []
  for (const pair of CEILING_PAIRS) {
    const [route, answer, domain] = [rate(pair.route), rate(pair.answer), rate(pair.domain)]
    if (route === undefined || answer === undefined || domain === undefined) continue
    const x = (n: number) => `${(n / bare).toFixed(3)}×`
    const budget = micros(HTTP_GOAL.ratio * bare) - micros(answer)
    const domainCost = micros(domain) - micros(answer)
    const edgeCost = micros(route) - micros(domain)
    lines.push(
      `- \`${pair.route}\`: the stored answer alone runs at ${x(answer)} the bare route, the domain's work on a bare` +
        ` route at ${x(domain)}, kohde at ${x(route)} (${Math.round((100 * route) / domain)} % of the domain's ceiling).` +
        ` At the goal a request may take ${us(micros(HTTP_GOAL.ratio * bare))} of server time; body and answer take` +
        ` ${us(micros(answer))} of it, leaving ${budget > 0 ? us(budget) : 'nothing'} for parsing, computing and` +
        ` serialising the answer and for kohde's edge, which take ${us(domainCost)} and ${us(edgeCost)}.`,
    )
  }
  if (lines.length === 0) return []
  return [
    'Against the ceilings (`bench/ceiling-routes.ts`; server time per request is 1 / req/s, the server being one busy',
    'core):',
    '',
    ...lines,
    ...run.notes.map((n) => `- ${n}.`),
    '',
  ]
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
    'against one server process, compiled as the production build compiles `server/main.ts` (JavaScript in',
    `\`dist/bench/\`, no tsx) and run with \`npm start\`'s Node flags (${flagsText}): the real app as`,
    '`server/main.ts` builds it (request log at the default level `info`',
    'to a file, helmet, JSON body parsing, bearer-token authentication of the demo staff user, zod parsing) built',
    "onto an Express app whose first route is the bare `GET /hello` (before any middleware). Bodies: seed 003's three",
    'demo audiences in turn; the estimate has four lines (Facebook, Instagram, LinkedIn, Google). The read is one demo',
    'audience by id; each write stores a new audience (one transaction: row, version, tags, audit). req/s counts 2xx',
    'answers only. `GET /api/v1/auth/me` is the floor of an authenticated API route: all the middleware, the token',
    "lookup and a small JSON answer. Server CPU is the server process's CPU time during the run (all its threads, from",
    '/proc) per 2xx answer, and in brackets as cores: near 1 the server, not autocannon, sets the pace.',
    '',
    'On SQLite, compile and estimate are each preceded by their two ceilings, bare routes on the same server before',
    "any of kohde's middleware (`bench/ceiling-routes.ts`): the stored answer (parse the body, send the bytes kohde",
    "would send for it: what any route giving this answer pays) and the domain's work alone (zod parse, compile or",
    'estimate, JSON.stringify; no request log, headers, authentication or database).',
    '',
  )
  for (const run of report.http) out.push(...httpTable(run))

  out.push(
    '## Start-up',
    '',
    `Time from spawning \`${START_LINE}\` (what \`npm start\` runs: the production build in \`dist/\`) to the`,
    'first 200 from `GET /healthz`, polled every 5 ms; the CPU time the server had used by then; resident memory of',
    'the serving process just after. On an existing database the median of 3, beside the former `tsx server/main.ts`.',
    '',
  )
  out.push('| start | ms to first 200 | CPU ms | resident MiB |', '|---|---:|---:|---:|')
  for (const s of report.startup)
    out.push(
      `| ${s.name} | ${int(s.milliseconds)} | ${s.cpuMilliseconds === null ? '—' : int(s.cpuMilliseconds)} | ${s.rssMiB === null ? '—' : int(s.rssMiB)} |`,
    )
  out.push('')
  if (report.cli.length > 0) {
    out.push(
      '### The CLI',
      '',
      'Median of 7 runs after a warm-up run (wall time, and user + system CPU of the command and its children).',
      '',
      '| command | ms | CPU ms |',
      '|---|---:|---:|',
    )
    for (const c of report.cli)
      out.push(`| ${c.name} — \`${c.command}\` | ${int(c.milliseconds)} | ${int(c.cpuMilliseconds)} |`)
    out.push('')
  }

  out.push('## Throughput per core', '', 'Each script in its own process, one thread (the figures are per core).', '')
  for (const run of report.perCore) {
    out.push(`### \`npx tsx bench/${run.script}\`${run.ok ? '' : ' (FAILED)'}`, '', ...asMarkdown(run.output), '')
  }
  return out.join('\n')
}
