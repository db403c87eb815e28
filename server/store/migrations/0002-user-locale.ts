import type { Kysely } from 'kysely'

// The language a user chose on the web pages (fi, sv or en); null until they choose one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('locale', 'text').execute()
}
