import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { SQLITE_FILE } from '../../../server/store/database.js'
import { MIGRATIONS } from '../../../server/store/migrations/index.js'
import { openStore, type Store } from '../../../server/store/store.js'
import type { Tables } from '../../../server/store/tables.js'
import { startTestPostgres } from '../../support/postgres.js'
import type { StoreKind } from './test-stores.js'

/**
 * A database as an older kohde left it: migrated only up to `migration` and filled by `seed` (raw rows, since today's
 * repositories expect today's schema). `open()` opens it as kohde starts, migrating it to the newest schema.
 */
export async function databaseAt(
  kind: StoreKind,
  migration: string,
  seed: (db: Kysely<Tables>) => Promise<void>,
): Promise<{ open(): Promise<Store>; dispose(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kohde-old-'))
  const postgres = kind === 'postgres' ? await startTestPostgres() : undefined
  const db = new Kysely<Tables>({
    dialect: postgres
      ? new PostgresDialect({ pool: new pg.Pool({ connectionString: postgres.url, max: 1 }) })
      : new SqliteDialect({ database: new SqliteDatabase(join(dataDir, SQLITE_FILE)) }),
  })
  try {
    const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } })
    const { error } = await migrator.migrateTo(migration)
    if (error) throw error
    await seed(db)
  } finally {
    await db.destroy()
  }
  return {
    open: () => openStore({ dataDir, databaseUrl: postgres?.url }),
    dispose: async () => {
      await postgres?.drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
