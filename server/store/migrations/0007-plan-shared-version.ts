import { sql, type Kysely } from 'kysely'

// Issue 16: the version a plan's client and its share links see is a pointer, moved only when staff share (or an
// admin approves): an edit of a shared or approved plan is a new draft they do not see. Until now clients saw the
// newest shared or approved version, so that is where the pointer starts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plans').addColumn('shared_version', 'integer').execute()
  await sql`
    update plans set shared_version = (
      select max(pv.version) from plan_versions pv
      where pv.plan_id = plans.id and pv.status in ('shared', 'approved')
    )`.execute(db)
}
