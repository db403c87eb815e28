import { sql, type Kysely } from 'kysely'
import { searchableName } from '../audience-records.js'

// Lists at scale. The audience name folded for search (searchableName), so the list page finds names in SQL on both databases:
// SQLite's LIKE and lower() fold only ASCII, and PostgreSQL's lower() under the C locale no letter beyond it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audiences').addColumn('search_name', 'text').execute()
  const rows = await sql<{ id: string; name: string }>`select id, name from audiences`.execute(db)
  for (const row of rows.rows)
    await sql`update audiences set search_name = ${searchableName(row.name)} where id = ${row.id}`.execute(db)
  // The lists page an agency's audiences and plans by id across its clients: without these SQLite sorted every
  // audience of the agency (joined with its definition) for each page of 25 (bench/scale.ts: 2,000 per agency).
  await db.schema.createIndex('audiences_agency_id').on('audiences').columns(['agency_id', 'id']).execute()
  await db.schema.createIndex('plans_agency_id').on('plans').columns(['agency_id', 'id']).execute()
}
