// The editor's pickers over HTTP, as the page's script calls them (session cookie, one request at a time: the
// latency a person typing waits for), beside the bare route GET /hello in the same server and run:
// `npx tsx bench/term-search.ts [--rounds=N]`. Queries: every phrase of test/fixtures/vocabulary/concept-list-dev.json
// as typed (its first 3, 5 and 8 letters and whole, the pauses at which the picker asks); places: every Finnish
// municipality's name begun (4 letters) and a few postal codes.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_TAXONOMY } from '../audiences/index.js'
import { killChildrenOnExit } from './child-processes.js'
import { machineLine } from './bench-loop.js'
import { conceptPhrases } from './concept-phrases.js'
import { describeMachine, quietness } from './machine.js'
import { startServerChild } from './server-child.js'

const GOAL_P95_MS = 20
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 3)

const phrases = conceptPhrases()
const typed = [...new Set(phrases.flatMap((p) => [3, 5, 8].map((n) => p.slice(0, n)).concat(p)))].filter(
  (q) => q.trim().length >= 2,
)
const places = [
  ...new Set([...DEFAULT_TAXONOMY.geo.values()].filter((g) => g.country === 'FI').map((g) => g.labels.fi.slice(0, 4))),
  '00100',
  '0210',
  '33',
]

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN

type Timing = { name: string; ms: number[] }

async function timeAll(name: string, urls: string[], headers: Record<string, string>): Promise<Timing> {
  const ms: number[] = []
  for (const url of urls) {
    const started = performance.now()
    const response = await fetch(url, { headers })
    await response.arrayBuffer()
    ms.push(performance.now() - started)
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
  }
  return { name, ms }
}

const p95 = (ms: number[]) =>
  percentile(
    [...ms].sort((a, b) => a - b),
    95,
  )

function print(bare: Timing, timings: Timing[]): void {
  console.log('| requests | n | p50 ms | p95 ms | p99 ms | max ms | p95 ÷ bare p95 |')
  console.log('|---|---:|---:|---:|---:|---:|---:|')
  for (const { name, ms } of [bare, ...timings]) {
    const sorted = [...ms].sort((a, b) => a - b)
    const cells = [50, 95, 99, 100].map((p) => percentile(sorted, p).toFixed(2))
    console.log(`| ${name} | ${ms.length} | ${cells.join(' | ')} | ${(p95(ms) / p95(bare.ms)).toFixed(1)} |`)
  }
}

async function main(): Promise<void> {
  killChildrenOnExit()
  const dataDir = mkdtempSync(join(tmpdir(), 'kohde-bench-picker-'))
  const server = await startServerChild({ dataDir, logFile: join(dataDir, 'server.log') })
  try {
    const machine = describeMachine()
    console.log(`${machineLine()}; ${quietness(machine.loadAverage, machine.cores)}\n`)
    const page = { cookie: server.cookie, accept: 'application/json', 'accept-language': 'fi' }
    const terms = (q: string) => `${server.url}/audiences/picker/terms?${new URLSearchParams({ q })}`
    const placesUrl = (q: string) => `${server.url}/audiences/picker/places?${new URLSearchParams({ q, limit: '8' })}`
    // The first pass meets each term's platform statuses uncached (compiled once per taxonomy, then kept).
    const first = await timeAll('picker terms, first time each query', typed.map(terms), page)
    const bare = await timeAll(
      'baseline: GET /hello (bare Express route)',
      typed.map(() => `${server.url}/hello`),
      {},
    )
    const again: number[] = []
    const placeMs: number[] = []
    for (let round = 0; round < rounds; round++) {
      again.push(...(await timeAll('', typed.map(terms), page)).ms)
      placeMs.push(...(await timeAll('', places.map(placesUrl), page)).ms)
    }
    // For comparison: the API's search of the same words (every label, mapping and source; no page language).
    const api = await timeAll(
      'API GET /api/v1/taxonomy, same queries once (terms, places and languages)',
      typed.map((q) => `${server.url}/api/v1/taxonomy?${new URLSearchParams({ q, limit: '20' })}`),
      { authorization: `Bearer ${server.token}` },
    )
    const browse = await timeAll(
      'picker browse, every category',
      ['', ...DEFAULT_TAXONOMY.categories.keys()].map(
        (id) => `${server.url}/audiences/picker/browse${id ? `?category=${id}` : ''}`,
      ),
      page,
    )
    print(bare, [
      first,
      { name: `picker terms, ${rounds} more rounds`, ms: again },
      { name: `picker places, ${rounds} rounds`, ms: placeMs },
      browse,
      api,
    ])
    const all = p95([...first.ms, ...again])
    console.log(
      `\n${typed.length} distinct typed queries from ${phrases.length} phrases, ${places.length} place queries; term search p95 over all rounds ${all.toFixed(2)} ms, ${(all / p95(bare.ms)).toFixed(1)}× the bare route (goal < ${GOAL_P95_MS} ms): ${all < GOAL_P95_MS ? 'met' : 'NOT met'}`,
    )
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
