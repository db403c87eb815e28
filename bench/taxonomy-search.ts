// Term search over HTTP on the full vocabulary, one request at a time (latency, not throughput), beside the
// authenticated API floor in the same server and run: `npx tsx bench/taxonomy-search.ts [--rounds=N]`.
// Queries: every phrase of test/fixtures/vocabulary/concept-list-dev.json, whole and as its first four letters typed.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { killChildrenOnExit } from './child-processes.js'
import { machineLine } from './bench-loop.js'
import { conceptPhrases } from './concept-phrases.js'
import { describeMachine, quietness } from './machine.js'
import { startServerChild } from './server-child.js'

const GOAL_P95_MS = 20
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 3)

const phrases = conceptPhrases()
const queries = [...new Set([...phrases, ...phrases.map((p) => p.slice(0, 4))])]

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN

type Timing = { name: string; ms: number[] }

async function timeAll(name: string, urls: string[], token: string): Promise<Timing> {
  const ms: number[] = []
  for (const url of urls) {
    const started = performance.now()
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
    await response.arrayBuffer()
    ms.push(performance.now() - started)
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
  }
  return { name, ms }
}

function print(timings: Timing[]): void {
  const floor = timings[0]
  const floorP95 = floor
    ? percentile(
        [...floor.ms].sort((a, b) => a - b),
        95,
      )
    : Number.NaN
  console.log('| requests | n | p50 ms | p95 ms | p99 ms | max ms | p95 ÷ floor p95 |')
  console.log('|---|---:|---:|---:|---:|---:|---:|')
  for (const { name, ms } of timings) {
    const sorted = [...ms].sort((a, b) => a - b)
    const cells = [50, 95, 99, 100].map((p) => percentile(sorted, p).toFixed(2))
    const ratio = (percentile(sorted, 95) / floorP95).toFixed(1)
    console.log(`| ${name} | ${ms.length} | ${cells.join(' | ')} | ${ratio} |`)
  }
}

async function main(): Promise<void> {
  killChildrenOnExit()
  const dataDir = mkdtempSync(join(tmpdir(), 'kohde-bench-search-'))
  const server = await startServerChild({ dataDir, logFile: join(dataDir, 'server.log') })
  try {
    const machine = describeMachine()
    console.log(`${machineLine()}; ${quietness(machine.loadAverage, machine.cores)}\n`)
    const search = (q: string) => `${server.url}/api/v1/taxonomy?${new URLSearchParams({ q, limit: '20' })}`
    const floorUrls = queries.map(() => `${server.url}/api/v1/auth/me`)
    const searchUrls = queries.map(search)
    // The first pass meets each term's platform statuses uncached (they are compiled once per taxonomy, then kept).
    const first = await timeAll('search, first time each query (statuses compiled)', searchUrls, server.token)
    const floor = await timeAll('baseline: GET /api/v1/auth/me (authenticated API floor)', floorUrls, server.token)
    const again: number[] = []
    for (let round = 0; round < rounds; round++) again.push(...(await timeAll('', searchUrls, server.token)).ms)
    print([floor, first, { name: `search, ${rounds} more rounds of the same queries`, ms: again }])
    const p95 = percentile(
      [...first.ms, ...again].sort((a, b) => a - b),
      95,
    )
    console.log(
      `\n${queries.length} distinct queries (${phrases.length} phrases, whole and begun); search p95 over all rounds ${p95.toFixed(2)} ms (goal < ${GOAL_P95_MS} ms): ${p95 < GOAL_P95_MS ? 'met' : 'NOT met'}`,
    )
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
