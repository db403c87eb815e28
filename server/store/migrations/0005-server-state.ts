import type { Kysely } from 'kysely'

// Issue 16: what the server makes once and every process shares: the key that signs the sign-in form's CSRF tokens,
// and the claim of the process that runs the first start (with emails unique per agency, two processes starting on
// one empty database could each create a first admin).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('server_state')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
}
