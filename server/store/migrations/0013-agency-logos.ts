import type { Kysely } from 'kysely'

// Issue 18: the agency's logo for the client page and the client PDF, one per agency, uploaded by its admin. The
// image is base64 text: one representation on SQLite and PostgreSQL (as JSON documents are text, ADR 0004); the
// upload's limit (agency-logo.ts) keeps a row small.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agency_logos')
    .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
}
