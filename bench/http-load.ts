// autocannon against one bench server: the bare route, compile, estimate and a stored audience's read and write.
import autocannon from 'autocannon'
import { TEMPLATES } from '../audiences/index.js'
import { cpuSeconds } from './child-processes.js'
import type { ServerChild } from './server-child.js'

export const CONNECTIONS = 50

// Paths under /api/ carry the bearer token; `session: true` sends the signed-in browser session instead (pages).
export type HttpScenario = {
  name: string
  method: 'GET' | 'POST'
  path: string
  bodies?: unknown[]
  session?: boolean
}
export type HttpResult = {
  name: string
  path: string
  requestsPerSecond: number
  p50: number
  p99: number
  completed: number
  non2xx: number
  errors: number
  // The server process's CPU during the run (all its threads, from /proc): per 2xx answer, and as a share of one
  // core (about 1 when the server, not autocannon, is what limits the throughput). Null without /proc.
  serverMicrosPerRequest: number | null
  serverCores: number | null
}

// Seed 003: the demo's three audiences, each compiled for all four channels and estimated on all four.
const SEED_003 = ['luxury-villa-buyers', 'small-cottage-buyers', 'storage-garage-buyers'].map((id) => {
  const template = TEMPLATES.find((t) => t.id === id)
  if (!template) throw new Error(`bench: no template ${id}`)
  return template.audience
})
const LINES = [
  { channel: 'facebook', budget: 1500 },
  { channel: 'instagram', budget: 1000 },
  { channel: 'linkedin', budget: 1500 },
  { channel: 'google', budget: 500 },
]

export const BARE: HttpScenario = { name: 'bare Express route (baseline)', method: 'GET', path: '/hello' }
export const API_FLOOR: HttpScenario = {
  name: 'authenticated API floor',
  method: 'GET',
  path: '/api/v1/auth/me',
}
export const COMPILE: HttpScenario = {
  name: 'compile, 4 channels (seed 003 audiences)',
  method: 'POST',
  path: '/api/v1/compile',
  bodies: SEED_003.map((audience) => ({ audience })),
}
export const ESTIMATE: HttpScenario = {
  name: 'estimate, 4 lines (seed 003 audiences)',
  method: 'POST',
  path: '/api/v1/estimate',
  bodies: SEED_003.map((audience) => ({ audience, lines: LINES, flightDays: 30 })),
}
// The ceilings of bench/ceiling-routes.ts: the same bodies, no kohde edge (no token: they are not under /api/).
const ceiling = (of: HttpScenario, path: string, name: string): HttpScenario => ({ ...of, name, path })
export const CEILINGS = {
  compileAnswer: ceiling(COMPILE, '/ceiling/compile-answer', "compile's stored answer from a bare route"),
  compile: ceiling(COMPILE, '/ceiling/compile', 'compile on a bare route (parse, compile, serialise)'),
  estimateAnswer: ceiling(ESTIMATE, '/ceiling/estimate-answer', "estimate's stored answer from a bare route"),
  estimate: ceiling(ESTIMATE, '/ceiling/estimate', 'estimate on a bare route (parse, estimate, serialise)'),
}

export const storedRead = (server: ServerChild): HttpScenario => ({
  name: 'stored audience read by id',
  method: 'GET',
  path: `/api/v1/audiences/${server.audienceIds[0]}`,
})
export const storedWrite = (server: ServerChild): HttpScenario => ({
  name: 'stored audience write (new audience)',
  method: 'POST',
  path: '/api/v1/audiences',
  bodies: SEED_003.map((audience) => ({ clientId: server.clientId, parentId: null, audience })),
})

const headersOf = (server: ServerChild, scenario: HttpScenario): Record<string, string> => ({
  ...(scenario.path.startsWith('/api/') ? { authorization: `Bearer ${server.token}` } : {}),
  ...(scenario.session ? { cookie: server.cookie } : {}),
  ...(scenario.bodies ? { 'content-type': 'application/json' } : {}),
})

// One request first: a benchmark of 401s or 400s would measure nothing. The answer's text for the first body.
export async function checkOnce(server: ServerChild, scenario: HttpScenario): Promise<string> {
  const body = scenario.bodies?.[0]
  const response = await fetch(server.url + scenario.path, {
    method: scenario.method,
    headers: headersOf(server, scenario),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  if (response.status >= 300)
    throw new Error(`bench: ${scenario.method} ${scenario.path} answered ${response.status}: ${text.slice(0, 300)}`)
  return text
}

/** Whether a ceiling answers the first body with kohde's bytes, as the report says it does. */
export async function sameAnswer(server: ServerChild, route: HttpScenario, ceilingOf: HttpScenario): Promise<string> {
  const [a, b] = [await checkOnce(server, route), await checkOnce(server, ceilingOf)]
  const bytes = Buffer.byteLength(a, 'utf8').toLocaleString('en')
  return a === b
    ? `\`${ceilingOf.path}\` answers the first body with the same ${bytes} bytes as \`${route.path}\``
    : `\`${ceilingOf.path}\` answers the first body DIFFERENTLY from \`${route.path}\` (${bytes} against ${Buffer.byteLength(b, 'utf8').toLocaleString('en')} bytes)`
}

function cannon(
  server: ServerChild,
  scenario: HttpScenario,
  seconds: number,
  connections = CONNECTIONS,
): Promise<autocannon.Result> {
  const headers = headersOf(server, scenario)
  const requests = (scenario.bodies ?? [undefined]).map((body) => ({
    method: scenario.method,
    path: scenario.path,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }))
  return autocannon({ url: server.url, connections, duration: seconds, requests })
}

/** One autocannon run of `seconds` at `connections` connections, summarised (no check, no output). */
export async function measure(
  server: ServerChild,
  scenario: HttpScenario,
  seconds: number,
  connections = CONNECTIONS,
): Promise<HttpResult> {
  const before = cpuSeconds(server.child.pid)
  const result = await cannon(server, scenario, seconds, connections)
  const after = cpuSeconds(server.child.pid)
  const used = before === null || after === null ? null : after - before
  return {
    name: scenario.name,
    path: `${scenario.method} ${scenario.path.replace(/[0-9a-f-]{36}$/, ':id')}`,
    requestsPerSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    completed: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    serverMicrosPerRequest: used === null || result['2xx'] === 0 ? null : (1e6 * used) / result['2xx'],
    serverCores: used === null ? null : used / result.duration,
  }
}

/** A warm-up run (discarded), then the measured run at `connections` connections (default CONNECTIONS). */
export async function loadTest(
  server: ServerChild,
  scenario: HttpScenario,
  seconds: number,
  warmUpSeconds: number,
  connections = CONNECTIONS,
): Promise<HttpResult> {
  await checkOnce(server, scenario)
  if (warmUpSeconds > 0) await cannon(server, scenario, warmUpSeconds, connections)
  const outcome = await measure(server, scenario, seconds, connections)
  console.log(
    `  ${outcome.path}: ${Math.round(outcome.requestsPerSecond)} req/s, p50 ${outcome.p50} ms, p99 ${outcome.p99} ms` +
      (outcome.serverMicrosPerRequest === null ? '' : `, server ${Math.round(outcome.serverMicrosPerRequest)} µs/req`) +
      (outcome.non2xx + outcome.errors > 0 ? `, ${outcome.non2xx} non-2xx, ${outcome.errors} errors` : ''),
  )
  return outcome
}
