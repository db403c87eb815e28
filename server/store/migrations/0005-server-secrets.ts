import type { Kysely } from 'kysely'

// Issue 16: keys the server makes once and every process shares (the sign-in form's CSRF tokens are signed with one).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
}
