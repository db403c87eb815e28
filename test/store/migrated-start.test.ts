import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../server/store/database.js'
import { startTestPostgres } from '../support/postgres.js'

// kysely's migration lock on PostgreSQL (node_modules/kysely/dist/esm/dialect/postgres/postgres-adapter.js).
const KYSELY_MIGRATION_LOCK = '3853314791062309107'

// A start on a database already at this build's migrations reads the migration table once and goes on: it takes no
// migration lock, so a process migrating (or stuck holding the lock) elsewhere does not hold it up.
describe('opening a PostgreSQL database that is already migrated', () => {
  it('when another session holds the migration lock, then the database still opens at once', async () => {
    const postgres = await startTestPostgres()
    const holder = new pg.Client({ connectionString: postgres.url })
    try {
      const first = await openDatabase({ dataDir: '', databaseUrl: postgres.url })
      await first.close()
      await holder.connect()
      await holder.query(`select pg_advisory_lock(${KYSELY_MIGRATION_LOCK})`)

      const opened = openDatabase({ dataDir: '', databaseUrl: postgres.url })
      const waited = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 5_000).unref())
      const outcome = await Promise.race([opened.then(() => 'opened' as const), waited])

      expect(outcome).toBe('opened')
      await (await opened).close()
    } finally {
      await holder.end()
      await postgres.drop()
    }
  }, 60_000)
})
