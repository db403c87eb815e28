import fc from 'fast-check'
import type { Role } from '../../../server/store/store-types.js'
import type { FuzzWorld, Identity } from './fuzz-world.js'
import { fuzzTargets, type Target } from './fuzz-targets.js'
import { httpClient, type RawRequest, type RawResponse } from './http-client.js'
import {
  FUZZ_METHODS,
  mutateRequest,
  requestPlanArbitrary,
  type Credentials,
  type RequestPlan,
} from './request-mutator.js'
import { checkResponse } from './response-check.js'

export type Failure = {
  target: string
  plan: RequestPlan
  request: string
  status: number
  answer: string
  problems: string[]
}
export type FuzzReport = {
  sent: number
  statuses: Map<number, number>
  codes: Map<string, number>
  perTarget: Map<string, number>
  msPerTarget: Map<string, number>
  failures: Failure[]
  failureCount: number
  withoutExample: string[]
}

const CHUNK = 500

function credentialsOf(w: FuzzWorld, plan: RequestPlan, otherAgency: Credentials): Credentials {
  if (plan.who === 'anonymous') return null
  if (plan.who === 'otherAgency') return otherAgency
  return w.identities[plan.who as Role]
}

const describeRequest = (r: RawRequest) =>
  `${r.method} ${r.path.slice(0, 300)}\n${JSON.stringify(r.headers).slice(0, 600)}\n${r.body?.toString('utf8').slice(0, 600) ?? '(no body)'}`

/** Sends `count` mutated requests over the targets with `concurrency` keep-alive sockets and checks every answer. */
export type FuzzOptions = {
  count: number
  seed: number
  concurrency: number
  // Only these targets (default: all).
  only?: (target: Target) => boolean
  // Wraps each send, for checks around it (the store before and after); returns more problems.
  around?: (send: () => Promise<RawResponse>) => Promise<{ response: RawResponse; problems: string[] }>
}

export async function runFuzz(w: FuzzWorld, options: FuzzOptions): Promise<FuzzReport> {
  const all = await fuzzTargets()
  const targets = options.only ? all.targets.filter(options.only) : all.targets
  const withoutExample = all.withoutExample
  const client = httpClient(w.port, options.concurrency)
  const otherAgency = w.otherAgency
  const report: FuzzReport = {
    sent: 0,
    statuses: new Map(),
    codes: new Map(),
    perTarget: new Map(),
    msPerTarget: new Map(),
    failures: [],
    failureCount: 0,
    withoutExample,
  }
  const arbitrary = requestPlanArbitrary(targets.length)
  let queue: RequestPlan[] = []
  let chunk = 0
  const next = (): RequestPlan | undefined => {
    if (report.sent >= options.count) return undefined
    if (queue.length === 0) queue = fc.sample(arbitrary, { seed: options.seed + chunk++, numRuns: CHUNK })
    report.sent += 1
    return queue.pop()
  }

  const one = async (plan: RequestPlan) => {
    const target: Target = targets[plan.target]!
    const credentials = credentialsOf(w, plan, otherAgency)
    let example
    try {
      example = await target.example(
        w,
        plan.who === 'anonymous' || plan.who === 'otherAgency' ? w.identities.admin : (credentials as Identity),
      )
    } catch (error) {
      // The world itself broke (a fixed object deleted): say so once per request instead of stopping the run.
      report.failureCount += 1
      if (report.failures.length < 25)
        report.failures.push({
          target: target.key,
          plan,
          request: '(not sent)',
          status: 0,
          answer: String(error),
          problems: ['the example could not be made'],
        })
      return
    }
    const given = example.credentials && credentials ? example.credentials : credentials
    const raw = mutateRequest(target.method, example, plan, given, w.objects.foreign.audience.id)
    const unmutated = plan.path === null && plan.method === null
    let response: RawResponse
    const extra: string[] = []
    const started = Date.now()
    const send = () =>
      client.send(raw).catch((error: unknown) => ({ status: 0, headers: {}, body: Buffer.from(String(error)) }))
    if (options.around) {
      const checked = await options.around(send)
      response = checked.response
      extra.push(...checked.problems)
    } else response = await send()
    report.msPerTarget.set(target.key, (report.msPerTarget.get(target.key) ?? 0) + Date.now() - started)
    const schema = unmutated ? target.schemaOf(response.status) : null
    const { problems, code } = checkResponse(raw, response, w.secrets, schema)
    problems.push(...extra)
    report.statuses.set(response.status, (report.statuses.get(response.status) ?? 0) + 1)
    report.perTarget.set(target.key, (report.perTarget.get(target.key) ?? 0) + 1)
    if (code) report.codes.set(code, (report.codes.get(code) ?? 0) + 1)
    if (problems.length > 0) {
      report.failureCount += 1
      if (report.failures.length < 25)
        report.failures.push({
          target: target.key,
          plan,
          request: describeRequest(raw),
          status: response.status,
          answer: response.body.toString('utf8').slice(0, 500),
          problems,
        })
    }
  }

  const worker = async () => {
    for (let plan = next(); plan; plan = next()) await one(plan)
  }
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker))
  } finally {
    client.close()
  }
  return report
}

const sorted = <K>(map: Map<K, number>) => [...map].sort((a, b) => (a[0] < b[0] ? -1 : 1))

export function formatReport(report: FuzzReport, seed: number, ms: number): string {
  const statuses = sorted(report.statuses)
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ')
  const codes = [...report.codes]
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c}: ${n}`)
    .join(', ')
  const rate = Math.round((report.sent / ms) * 1000)
  return [
    `fuzz: ${report.sent} requests over ${report.perTarget.size} routes and pages in ${(ms / 1000).toFixed(1)} s (${rate}/s, seed ${seed})`,
    `  statuses: ${statuses}`,
    `  error codes: ${codes}`,
    `  answers breaking a rule: ${report.failureCount}`,
    `  slowest: ${[...report.msPerTarget]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, ms]) => `${k} ${Math.round(ms / (report.perTarget.get(k) ?? 1))} ms`)
      .join(', ')}`,
    ...(report.withoutExample.length
      ? [`  routes fuzzed without an example body: ${report.withoutExample.join(', ')}`]
      : []),
  ].join('\n')
}

/**
 * Every target with every method, as an anonymous caller (DELETE included: it is refused before it reaches anything)
 * and as the admin (DELETE left out: it would delete the world's fixed objects). Each answer goes through the same
 * checks as the fuzz's.
 */
export async function sweepMethods(w: FuzzWorld): Promise<FuzzReport> {
  const { targets } = await fuzzTargets()
  const client = httpClient(w.port, 4)
  const report: FuzzReport = {
    sent: 0,
    statuses: new Map(),
    codes: new Map(),
    perTarget: new Map(),
    msPerTarget: new Map(),
    failures: [],
    failureCount: 0,
    withoutExample: [],
  }
  const send = async (target: Target, method: string, admin: boolean) => {
    const example = await target.example(w, w.identities.admin)
    const headers: Record<string, string> = admin ? { authorization: `Bearer ${w.identities.admin.token}` } : {}
    const raw: RawRequest = { method, path: example.path, headers }
    if (example.body !== undefined && !['GET', 'HEAD', 'OPTIONS', 'TRACE'].includes(method)) {
      raw.body = Buffer.from(JSON.stringify(example.body))
      raw.headers['content-type'] = 'application/json'
    }
    const response = await client.send(raw).catch((error: unknown) => ({
      status: 0,
      headers: {},
      body: Buffer.from(String(error)),
    }))
    const { problems, code } = checkResponse(raw, response, w.secrets, null)
    report.sent += 1
    report.statuses.set(response.status, (report.statuses.get(response.status) ?? 0) + 1)
    report.perTarget.set(target.key, (report.perTarget.get(target.key) ?? 0) + 1)
    if (code) report.codes.set(code, (report.codes.get(code) ?? 0) + 1)
    if (problems.length === 0) return
    report.failureCount += 1
    if (report.failures.length < 25)
      report.failures.push({
        target: `${method} ${target.key}${admin ? ' (admin)' : ''}`,
        plan: null as unknown as RequestPlan,
        request: describeRequest(raw),
        status: response.status,
        answer: response.body.toString('utf8').slice(0, 500),
        problems,
      })
  }
  try {
    for (const target of targets)
      for (const method of [...FUZZ_METHODS, 'DELETE']) {
        await send(target, method, false)
        if (method !== 'DELETE') await send(target, method, true)
      }
  } finally {
    client.close()
  }
  return report
}
