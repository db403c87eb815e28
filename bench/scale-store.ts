// Generates the scale store (bench/scale-data.ts) into a migrated database with bulk inserts, and says how long it took.
import { statSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { SQLITE_FILE } from '../server/store/database.js'
import { openStore } from '../server/store/store.js'
import { openBulkWriter, type TableName } from './bulk-insert.js'
import { agencyRows, type ScaleShape, type ScaleTargets } from './scale-data.js'

export type Generated = {
  targets: ScaleTargets
  seconds: number
  rows: Partial<Record<TableName, number>>
  // The database's size on disk (SQLite file) or as PostgreSQL counts it (pg_database_size).
  megabytes: number
}

// Parents before children: PostgreSQL checks each foreign key as the row arrives.
const ORDER: TableName[] = [
  'agencies',
  'clients',
  'users',
  'audiences',
  'audience_versions',
  'audience_tags',
  'plans',
  'plan_versions',
  'plan_comments',
  'share_links',
  'audit_log',
]

const YEAR_MS = 365 * 86_400_000

// Ever later timestamps over the two years before now: the store looks two years old, its newest object recent.
function twoYearClock(calls: number) {
  const start = Date.now() - 2 * YEAR_MS
  const step = (2 * YEAR_MS) / calls
  let n = 0
  return () => new Date(start + step * n++).toISOString()
}

async function databaseMegabytes(options: { dataDir: string; databaseUrl?: string | undefined }) {
  if (!options.databaseUrl) return statSync(join(options.dataDir, SQLITE_FILE)).size / 2 ** 20
  const client = new pg.Client({ connectionString: options.databaseUrl })
  await client.connect()
  try {
    const result = await client.query<{ size: string }>('select pg_database_size(current_database()) as size')
    return Number(result.rows[0]!.size) / 2 ** 20
  } finally {
    await client.end()
  }
}

/** Migrates the database, then loads every agency of the shape; the targets are the first agency's. */
export async function generateScaleStore(
  options: { dataDir: string; databaseUrl?: string | undefined },
  shape: ScaleShape,
  progress: (line: string) => void = () => undefined,
): Promise<Generated> {
  await (await openStore(options)).close()
  const started = performance.now()
  const writer = await openBulkWriter(options)
  const counts: Partial<Record<TableName, number>> = {}
  // About seven timestamps an audience and eight a plan; a generous estimate keeps the newest ones in the past.
  const clock = twoYearClock(shape.agencies * (shape.audiences * 7 + shape.plans * 10 + 100))
  let targets: ScaleTargets | undefined
  try {
    for (let a = 0; a < shape.agencies; a++) {
      const agency = agencyRows(a, shape, clock)
      targets ??= agency.targets
      for (const table of ORDER) {
        const rows = agency.rows[table] ?? []
        await writer.insert(table, rows)
        counts[table] = (counts[table] ?? 0) + rows.length
      }
      if ((a + 1) % 10 === 0 || a + 1 === shape.agencies)
        progress(`  ${a + 1} / ${shape.agencies} agencies, ${Math.round(performance.now() - started)} ms`)
    }
    await writer.analyze()
  } finally {
    await writer.close()
  }
  const seconds = (performance.now() - started) / 1000
  return { targets: targets!, seconds, rows: counts, megabytes: await databaseMegabytes(options) }
}
