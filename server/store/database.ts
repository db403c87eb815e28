import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import {
  DEFAULT_MIGRATION_TABLE,
  Kysely,
  Migrator,
  PostgresDialect,
  sql,
  SqliteDialect,
  type MigrationProvider,
} from 'kysely'
import pg from 'pg'
import { MIGRATIONS } from './migrations/index.js'
import { ensurePostgresDatabase } from './postgres-database.js'
import { withStatementCache } from './sqlite-statement-cache.js'
import type { Db, Tables } from './tables.js'

export type DatabaseKind = 'sqlite' | 'postgres'
export type DatabaseOptions = { dataDir: string; databaseUrl?: string | undefined; poolSize?: number }
export type Database = { db: Db; kind: DatabaseKind; close(): Promise<void> }

export const SQLITE_FILE = 'kohde.sqlite'

// COUNT(*) and other int8 results come back as strings from pg; every integer kohde stores fits a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))

function openSqlite(file: string): Db {
  const sqlite = new SqliteDatabase(file)
  // WAL: readers do not block the writer; synchronous=FULL: a commit is on disk before it is acknowledged.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  return new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
}

function openPostgres(url: string, poolSize: number): Db {
  const pool = new pg.Pool({ connectionString: url, max: poolSize })
  // An idle connection the server drops (a restart, a failover) must not crash the process: the pool discards it
  // and the next query opens a new one.
  pool.on('error', () => undefined)
  return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) })
}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) }

// Whether the database has run exactly this build's migrations. The Migrator's own check introspects every table
// and takes the migration lock at each start; one read of its table answers the usual case, an existing database
// already migrated. Any other answer (no table yet, a migration missing or unknown) goes to the Migrator as before.
async function migrated(db: Db): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)}`.execute(db)
    const names = new Set(rows.map((row) => row.name))
    const wanted = Object.keys(MIGRATIONS)
    return names.size === wanted.length && wanted.every((name) => names.has(name))
  } catch {
    return false
  }
}

/** Brings the schema up to the newest migration; safe when several processes start at once (migration lock). */
export async function migrateToLatest(db: Db): Promise<void> {
  if (await migrated(db)) return
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error) throw new Error(`migration ${failed?.migrationName ?? ''} failed`, { cause: error })
}

/** Opens PostgreSQL when a URL is given, else SQLite in the data directory, and migrates it. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const kind: DatabaseKind = options.databaseUrl ? 'postgres' : 'sqlite'
  let db: Db
  if (options.databaseUrl) {
    await ensurePostgresDatabase(options.databaseUrl)
    db = openPostgres(options.databaseUrl, options.poolSize ?? 10)
  } else if (options.dataDir === ':memory:') db = openSqlite(':memory:')
  else {
    mkdirSync(options.dataDir, { recursive: true })
    db = openSqlite(join(options.dataDir, SQLITE_FILE))
  }
  try {
    await migrateToLatest(db)
  } catch (error) {
    await db.destroy()
    throw error
  }
  return { db, kind, close: () => db.destroy() }
}
