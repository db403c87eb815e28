import type { Kysely } from 'kysely'

// Issue 17 (ADR 0010): a rate card's own fee (JSON, AgencyFee) and staff notes; channel fees live in `rates`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('rate_cards').addColumn('fee', 'text').execute()
  await db.schema.alterTable('rate_cards').addColumn('notes', 'text').execute()
}
