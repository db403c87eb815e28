// Bulk loading for bench/scale.ts: rows go straight to the driver in large batches (one prepared statement and one
// transaction per batch on SQLite, one INSERT … SELECT FROM unnest(…) per batch on PostgreSQL), hundreds of times
// faster than the repositories' one transaction per object. Only for generated bench data: no checks, no audit.
import { join } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import pg from 'pg'
import { SQLITE_FILE } from '../server/store/database.js'
import type { Tables } from '../server/store/tables.js'

export type Row = Record<string, string | number | null>
export type TableName = keyof Tables

export type BulkWriter = {
  /** Inserts the rows (their keys are the columns, the same in every row), in batches. */
  insert(table: TableName, rows: readonly Row[]): Promise<void>
  /** PostgreSQL: the planner's statistics, as autovacuum keeps them in a database in use. SQLite: nothing. */
  analyze(): Promise<void>
  close(): Promise<void>
}

// Every other column kohde stores is text (portable types only, migrations/0001-initial.ts).
const INTEGER_COLUMNS = new Set(['version', 'count', 'internal', 'stored'])
const BATCH_ROWS = 2_000

const columnsOf = (rows: readonly Row[]) => Object.keys(rows[0] ?? {})

function sqliteWriter(dataDir: string): BulkWriter {
  const db = new SqliteDatabase(join(dataDir, SQLITE_FILE))
  // Generated data: a crash during the load means generating again, so no fsync per batch.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  return {
    insert(table, rows) {
      const columns = columnsOf(rows)
      if (columns.length === 0) return Promise.resolve()
      const statement = db.prepare(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      )
      const load = db.transaction((batch: readonly Row[]) => {
        for (const row of batch) statement.run(columns.map((c) => row[c]))
      })
      for (let i = 0; i < rows.length; i += BATCH_ROWS) load(rows.slice(i, i + BATCH_ROWS))
      return Promise.resolve()
    },
    // kohde never runs ANALYZE on SQLite, so neither does the bench: the planner works as it does in production.
    analyze: () => Promise.resolve(),
    close: () => {
      db.pragma('wal_checkpoint(TRUNCATE)')
      db.close()
      return Promise.resolve()
    },
  }
}

async function postgresWriter(url: string): Promise<BulkWriter> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query('set synchronous_commit = off')
  return {
    async insert(table, rows) {
      const columns = columnsOf(rows)
      if (columns.length === 0) return
      const arrays = columns.map((c) => `$${columns.indexOf(c) + 1}::${INTEGER_COLUMNS.has(c) ? 'int' : 'text'}[]`)
      const text = `insert into ${table} (${columns.join(', ')}) select * from unnest(${arrays.join(', ')})`
      for (let i = 0; i < rows.length; i += BATCH_ROWS) {
        const batch = rows.slice(i, i + BATCH_ROWS)
        await client.query(
          text,
          columns.map((c) => batch.map((row) => row[c])),
        )
      }
    },
    analyze: async () => void (await client.query('analyze')),
    close: () => client.end(),
  }
}

/** A bulk writer into the migrated database the options name (PostgreSQL when a URL is given, else SQLite). */
export const openBulkWriter = (options: { dataDir: string; databaseUrl?: string | undefined }) =>
  options.databaseUrl ? postgresWriter(options.databaseUrl) : Promise.resolve(sqliteWriter(options.dataDir))
