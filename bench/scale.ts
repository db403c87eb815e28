// `npm run bench:scale`: the list, search, audience and plan pages and their API routes on a generated store of
// 50 agencies × 2,000 audiences × 500 plans (bench/scale-data.ts), each beside the same route on the demo store, on
// SQLite and on PostgreSQL. Options (after `npm run bench:scale --`):
//   --shape=AGENCIES,AUDIENCES,PLANS  (default 50,2000,500)   --seconds=N per route (default 5)
//   --connections=N (default 10)      --db=sqlite,postgres    --out=FILE (a Markdown table; default: print only)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startTestPostgres } from '../test/support/postgres.js'
import { killChildrenOnExit, residentMemory } from './child-processes.js'
import { loadTest, type HttpResult, type HttpScenario } from './http-load.js'
import { describeMachine, loadLine, quietness } from './machine.js'
import { SCALE_SHAPE, type ScaleShape, type ScaleTargets } from './scale-data.js'
import { generateScaleStore, type Generated } from './scale-store.js'
import { startServerChild, type ServerChild } from './server-child.js'

const P99_GOAL_MS = 50
const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key = '', value = 'true'] = arg.replace(/^--/, '').split('=')
    return [key, value] as const
  }),
)
const [agencies, audiences, plans] = (args.get('shape') ?? '').split(',').map(Number)
const shape: ScaleShape = agencies
  ? { ...SCALE_SHAPE, agencies, audiences: audiences || SCALE_SHAPE.audiences, plans: plans || SCALE_SHAPE.plans }
  : SCALE_SHAPE
const seconds = Number(args.get('seconds') ?? 5)
const connections = Number(args.get('connections') ?? 10)
const databases = (args.get('db') ?? 'sqlite,postgres').split(',')
const out = args.has('out') ? resolve(args.get('out')!) : undefined
if (!(seconds > 0) || !(connections > 0) || databases.some((d) => d !== 'sqlite' && d !== 'postgres')) {
  console.error('bench:scale: bad options (seconds and connections > 0; db is sqlite and/or postgres)')
  process.exit(2)
}

// What each run opens: the same routes on both stores, the ids and words taken from that store.
type Targets = Pick<ScaleTargets, 'audienceId' | 'planId' | 'searchTerm' | 'tag'> & { deepCursor: string | null }

function scenarios(t: Targets): HttpScenario[] {
  const get = (name: string, path: string, session = false): HttpScenario => ({ name, method: 'GET', path, session })
  const q = encodeURIComponent(t.searchTerm)
  return [
    get('audience list page', '/audiences', true),
    get('audience search page', `/audiences?q=${q}`, true),
    get('audience tag filter page', `/audiences?tag=${encodeURIComponent(t.tag)}`, true),
    get('audience page', `/audiences/${t.audienceId}`, true),
    get('plan list page', '/plans', true),
    get('plan page', `/plans/${t.planId}`, true),
    get('dashboard', '/', true),
    get('API audience list', '/api/v1/audiences?limit=50'),
    ...(t.deepCursor ? [get('API audience list, deep page', `/api/v1/audiences?limit=50&cursor=${t.deepCursor}`)] : []),
    get('API audience by tag', `/api/v1/audiences?tag=${encodeURIComponent(t.tag)}`),
    get('API audience', `/api/v1/audiences/${t.audienceId}`),
    get('API plan list', '/api/v1/plans'),
    get('API plan', `/api/v1/plans/${t.planId}`),
  ]
}

async function api<T>(server: ServerChild, path: string): Promise<T> {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.token}` } })
  if (!response.ok) throw new Error(`bench:scale: ${path} answered ${response.status}`)
  return (await response.json()) as T
}

// The cursor after `offset` audiences of the API's list: how deep paging costs (one page of 200 at a time).
async function cursorAt(server: ServerChild, offset: number): Promise<string | null> {
  let cursor: string | null = null
  for (let seen = 0; seen < offset; seen += 200) {
    const page: { nextCursor: string | null } = await api(
      server,
      `/api/v1/audiences?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    )
    if (!page.nextCursor) return cursor
    cursor = page.nextCursor
  }
  return cursor
}

// The demo store's own typical audience (the first listed), plan and words, found through the API.
async function demoTargets(server: ServerChild): Promise<Targets> {
  const list: { items: { id: string }[] } = await api(server, '/api/v1/plans?limit=1')
  return {
    audienceId: server.audienceIds[0]!,
    planId: list.items[0]!.id,
    searchTerm: 'villa',
    tag: 'huvila',
    deepCursor: await cursorAt(server, 2),
  }
}

async function measureAll(server: ServerChild, targets: Targets): Promise<HttpResult[]> {
  const results: HttpResult[] = []
  for (const scenario of scenarios(targets)) results.push(await loadTest(server, scenario, seconds, 1, connections))
  return results
}

type Row = { name: string; demo: HttpResult; scale: HttpResult }
type DbRun = { database: string; generated: Generated; rows: Row[]; rssMiB: number | null }

async function runOn(database: string, databaseUrl: (which: string) => Promise<string | undefined>): Promise<DbRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'kohde-scale-'))
  try {
    console.log(`\n===== ${database}: the demo store =====`)
    const demoDir = join(tmp, 'demo')
    const demo = await startServerChild({
      dataDir: demoDir,
      databaseUrl: await databaseUrl('demo'),
      logFile: join(tmp, 'demo.log'),
    })
    let demoResults: HttpResult[]
    try {
      demoResults = await measureAll(demo, await demoTargets(demo))
    } finally {
      await demo.stop()
    }

    console.log(
      `\n===== ${database}: generating ${shape.agencies} agencies × ${shape.audiences} audiences × ${shape.plans} plans =====`,
    )
    const scaleDir = join(tmp, 'scale')
    const scaleUrl = await databaseUrl('scale')
    const generated = await generateScaleStore({ dataDir: scaleDir, databaseUrl: scaleUrl }, shape, console.log)
    console.log(`  ${generated.seconds.toFixed(1)} s, ${generated.megabytes.toFixed(0)} MiB`)
    const scale = await startServerChild({
      dataDir: scaleDir,
      databaseUrl: scaleUrl,
      logFile: join(tmp, 'scale.log'),
      user: generated.targets.staffEmail,
    })
    try {
      const targets = { ...generated.targets, deepCursor: await cursorAt(scale, generated.targets.deepOffset) }
      const scaleResults = await measureAll(scale, targets)
      const demoOf = new Map(demoResults.map((r) => [r.name, r]))
      const rows = scaleResults.flatMap((scale) => {
        const demo = demoOf.get(scale.name)
        return demo ? [{ name: scale.name, scale, demo }] : []
      })
      return { database, generated, rows, rssMiB: residentMiB(scale) }
    } finally {
      await scale.stop()
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

const residentMiB = (server: ServerChild) =>
  server.child.pid === undefined ? null : (residentMemory(server.child.pid)?.rssMiB ?? null)

const micros = (r: HttpResult) =>
  r.serverMicrosPerRequest === null ? 'n/a' : Math.round(r.serverMicrosPerRequest).toLocaleString('en')

function table(run: DbRun): string {
  const g = run.generated
  const counts = Object.entries(g.rows)
    .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
    .join(', ')
  const lines = [
    `### ${run.database}`,
    '',
    `Generated in ${g.seconds.toFixed(1)} s, ${g.megabytes.toFixed(0)} MiB: ${counts}. Server resident set after the runs: ${run.rssMiB === null ? 'n/a' : `${run.rssMiB.toFixed(0)} MiB`}.`,
    '',
    `| route | demo p99 ms | scale p99 ms | scale p50 ms | scale req/s | × demo p99 | server µs/req demo → scale | p99 < ${P99_GOAL_MS} ms |`,
    '|---|---:|---:|---:|---:|---:|---:|:-:|',
    ...run.rows.map((r) => {
      const ratio = r.demo.p99 > 0 ? (r.scale.p99 / r.demo.p99).toFixed(1) : '—'
      const failed = r.scale.non2xx + r.scale.errors > 0 ? ` (${r.scale.non2xx} non-2xx)` : ''
      return `| ${r.name} \`${r.scale.path.split('?')[0]}\` | ${r.demo.p99} | ${r.scale.p99}${failed} | ${r.scale.p50} | ${Math.round(r.scale.requestsPerSecond)} | ${ratio}× | ${micros(r.demo)} → ${micros(r.scale)} | ${r.scale.p99 < P99_GOAL_MS && failed === '' ? 'yes' : '**no**'} |`
    }),
  ]
  return lines.join('\n')
}

killChildrenOnExit()
const machine = describeMachine()
const machineLine = () =>
  `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; load ${loadLine(describeMachine().loadAverage)} (${quietness(describeMachine().loadAverage, machine.cores)})`
console.log(machineLine())
const runs: DbRun[] = []
for (const database of databases) {
  if (database === 'sqlite') runs.push(await runOn('SQLite', async () => undefined))
  else {
    const clusters: { drop(): Promise<void> }[] = []
    try {
      runs.push(
        await runOn('PostgreSQL', async () => {
          const postgres = await startTestPostgres()
          clusters.push(postgres)
          return postgres.url
        }),
      )
    } finally {
      for (const c of clusters) await c.drop()
    }
  }
}
const report = [
  `## Scale: ${shape.agencies} agencies × ${shape.audiences.toLocaleString('en')} audiences × ${shape.plans} plans`,
  '',
  `Each route ${seconds} s at ${connections} connections after a 1 s warm-up, signed in as a staff user of one agency, beside the same route on the demo store in the same run. ${machineLine()}.`,
  '',
  ...runs.map(table),
].join('\n\n')
console.log(`\n${report}`)
if (out) writeFileSync(out, `${report}\n`)
