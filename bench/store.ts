// Audience writes and reads per second through the repositories, on SQLite and PostgreSQL: `npx tsx bench/store.ts`.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TEMPLATES } from '../audiences/index.js'
import { openStore, type Store } from '../server/store/store.js'
import type { Actor, Scope } from '../server/store/store-types.js'
import { startTestPostgres } from '../test/support/postgres.js'
import { machineLine } from './bench-loop.js'
import { killChildrenOnExit } from './child-processes.js'

const SECONDS = 3
const audience = TEMPLATES.find((t) => t.id === 'luxury-villa-buyers')!.audience

// Runs `op` from `inFlight` concurrent loops for SECONDS; returns operations per second.
async function rate(inFlight: number, op: (i: number) => Promise<unknown>): Promise<number> {
  let n = 0
  const stop = performance.now() + SECONDS * 1000
  const start = performance.now()
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < stop) await op(n++)
    }),
  )
  return n / ((performance.now() - start) / 1000)
}

async function measureStore(store: Store) {
  const agency = await store.agencies.create('Bench agency')
  const user = await store.users.create(null, agency.id, {
    email: `bench-${Date.now()}@bench.test`,
    passwordHash: 'x',
    role: 'admin',
    clientId: null,
  })
  if (user.kind !== 'ok') throw new Error(user.kind)
  const actor: Actor = { userId: user.value.id, email: user.value.email, agencyId: agency.id }
  const scope: Scope = { agencyId: agency.id, clientId: null }
  const client = await store.clients.create(actor, 'Talotehdas Oy')
  const ids: string[] = []
  const write = async (i: number) => {
    const created = await store.audiences.create(actor, scope, {
      clientId: client.id,
      parentId: null,
      audience: { ...audience, name: `a${i}` },
    })
    if (typeof created !== 'string') ids.push(created.id)
  }
  const read = (i: number) => store.audiences.get(scope, ids[(i * 7919) % ids.length]!)
  return {
    'writes/s, 1 in flight': await rate(1, write),
    'writes/s, 8 in flight': await rate(8, write),
    'reads/s, 1 in flight': await rate(1, read),
    'reads/s, 8 in flight': await rate(8, read),
  }
}

// Ctrl-C or a SIGTERM from run-all.ts exits through the 'exit' handlers, which stop the throwaway cluster.
killChildrenOnExit()
const dataDir = mkdtempSync(join(tmpdir(), 'kohde-bench-'))
process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }))
const postgres = await startTestPostgres()
try {
  const sqlite = await openStore({ dataDir })
  const pg = await openStore({ dataDir, databaseUrl: postgres.url })
  const results = { sqlite: await measureStore(sqlite), postgres: await measureStore(pg) }
  await Promise.all([sqlite.close(), pg.close()])
  console.log(`kohde bench/store — ${machineLine()}`)
  console.log(
    `Audience create (one transaction: row, version, tags, audit) and read by id (joined with its version and client), ${SECONDS} s each; SQLite in WAL with synchronous=FULL, PostgreSQL ${process.env.KOHDE_TEST_DATABASE_URL ? 'as given' : 'a local throwaway cluster (fsync on)'}, pool of 10.`,
  )
  console.log('| measurement | SQLite | PostgreSQL |')
  console.log('|---|---:|---:|')
  for (const name of Object.keys(results.sqlite) as (keyof typeof results.sqlite)[])
    console.log(
      `| ${name} | ${Math.round(results.sqlite[name]).toLocaleString('en')} | ${Math.round(results.postgres[name]).toLocaleString('en')} |`,
    )
} finally {
  await postgres.drop()
  rmSync(dataDir, { recursive: true, force: true })
}
