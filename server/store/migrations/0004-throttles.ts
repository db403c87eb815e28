import type { Kysely } from 'kysely'

// Issue 16: rate-limit rows say when they stop meaning anything (expires_at, indexed, so expired rows are pruned) and,
// for sign-in failures, until when the next attempt must wait (blocked_until). The old counters are a few minutes of
// state at most: dropped, not carried over.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limits').execute()
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('blocked_until', 'text')
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('rate_limits_expires').on('rate_limits').column('expires_at').execute()
}
