import type { Kysely } from 'kysely'

// Issue 7: what an agency's live connectors found and how they sign in. Portable types only (text, integer).
export async function up(db: Kysely<unknown>): Promise<void> {
  // One identifier per agency, taxonomy key and platform; a row is only ever inserted, never overwritten.
  await db.schema
    .createTable('platform_mappings')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('taxonomy_key', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('platform_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('confirmed', 'text', (c) => c.notNull())
    .addColumn('fallback', 'text')
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('platform_mappings_pk', ['agency_id', 'taxonomy_key', 'platform'])
    .execute()

  // Bumped in the same transaction as every mappings write: the per-agency taxonomy cache reads only this row.
  await db.schema
    .createTable('platform_mapping_versions')
    .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  // sealed: AES-256-GCM under KOHDE_SECRET_KEY (server/connectors/secret-box.ts); never plain text.
  await db.schema
    .createTable('platform_credentials')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('platform_credentials_pk', ['agency_id', 'platform'])
    .execute()

  // The last resolve per agency and platform, for the connectors' status.
  await db.schema
    .createTable('platform_resolve_runs')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_email', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('stored', 'integer', (c) => c.notNull())
    .addColumn('message', 'text')
    .addPrimaryKeyConstraint('platform_resolve_runs_pk', ['agency_id', 'platform'])
    .execute()
}
