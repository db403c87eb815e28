// The editor's live size round trip over HTTP, one request at a time as the editor's script sends them (latency, not
// throughput), beside the bare Express route in the same server and run: `npx tsx bench/live-size.ts [--n=N]`.
// Each request posts a demo audience's editor form with another age, as a person changing the age would.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formOf as editorFormOf } from '../test/pages/support/editor-form.js'
import { machineLine } from './bench-loop.js'
import { killChildrenOnExit } from './child-processes.js'
import { describeMachine, quietness } from './machine.js'
import { startServerChild, type ServerChild } from './server-child.js'

const GOAL_P95_MS = 100
const n = Number(process.argv.find((a) => a.startsWith('--n='))?.slice('--n='.length) ?? 300)

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN

type Timing = { name: string; ms: number[] }

async function timed(name: string, count: number, send: (i: number) => Promise<Response>): Promise<Timing> {
  const ms: number[] = []
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    const response = await send(i)
    await response.arrayBuffer()
    ms.push(performance.now() - started)
    if (response.status !== 200) throw new Error(`${name}: request ${i} answered ${response.status}`)
  }
  return { name, ms }
}

function print(timings: Timing[]): void {
  const floor = percentile(
    [...timings[0]!.ms].sort((a, b) => a - b),
    95,
  )
  console.log('| requests | n | p50 ms | p95 ms | p99 ms | max ms | p95 ÷ bare p95 |')
  console.log('|---|---:|---:|---:|---:|---:|---:|')
  for (const { name, ms } of timings) {
    const sorted = [...ms].sort((a, b) => a - b)
    const cells = [50, 95, 99, 100].map((p) => percentile(sorted, p).toFixed(2))
    console.log(`| ${name} | ${ms.length} | ${cells.join(' | ')} | ${(percentile(sorted, 95) / floor).toFixed(1)} |`)
  }
}

// The demo audiences' editor forms as the page renders them (with the session's CSRF token).
async function formsOf(server: ServerChild): Promise<Record<string, string | string[]>[]> {
  const forms = []
  for (const id of server.audienceIds) {
    const page = await fetch(`${server.url}/audiences/${id}/edit`, { headers: { cookie: server.cookie } })
    const html = await page.text()
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1]
    if (page.status !== 200 || !csrf) throw new Error(`the editor of ${id} answered ${page.status}`)
    forms.push({ ...editorFormOf(html), _csrf: csrf })
  }
  return forms
}

function bodyOf(form: Record<string, string | string[]>, age: number): URLSearchParams {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries({ ...form, ageMin: String(age) }))
    for (const one of ([] as string[]).concat(value)) body.append(name, one)
  return body
}

async function main(): Promise<void> {
  killChildrenOnExit()
  const dataDir = mkdtempSync(join(tmpdir(), 'kohde-bench-live-size-'))
  const server = await startServerChild({ dataDir, logFile: join(dataDir, 'server.log') })
  try {
    const machine = describeMachine()
    console.log(`${machineLine()}; ${quietness(machine.loadAverage, machine.cores)}\n`)
    const forms = await formsOf(server)
    const post = (i: number) =>
      fetch(`${server.url}/audiences/live-size`, {
        method: 'POST',
        headers: { cookie: server.cookie, accept: 'text/html' },
        body: bodyOf(forms[i % forms.length]!, 18 + (i % 12)),
      })
    await timed('warm-up', 30, post)
    const bare = await timed('baseline: GET /hello (bare Express route)', n, () => fetch(`${server.url}/hello`))
    const live = await timed(`POST /audiences/live-size (${forms.length} demo audiences, age 18–29)`, n, post)
    print([bare, live])
    const p95 = percentile(
      [...live.ms].sort((a, b) => a - b),
      95,
    )
    console.log(
      `\nlive size p95 ${p95.toFixed(2)} ms (goal < ${GOAL_P95_MS} ms): ${p95 < GOAL_P95_MS ? 'met' : 'NOT met'}`,
    )
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
