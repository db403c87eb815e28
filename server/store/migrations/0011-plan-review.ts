import type { Kysely } from 'kysely'

// Issue 17: the review workflow. A version can be `changes_requested`; an approval records who approved (a share
// link's visitor gives a name and email); comments can point at a line; plan_events is the activity list (per plan and
// on the dashboard); webhook_outbox holds each event for the agency's webhook, written in the event's transaction and
// delivered in the background, so a slow or failing receiver never blocks a request and nothing is lost on restart.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan_versions').addColumn('approver_name', 'text').execute()
  await db.schema.alterTable('plan_versions').addColumn('approver_email', 'text').execute()
  await db.schema.alterTable('plan_comments').addColumn('line', 'integer').execute()
  await db.schema
    .createTable('plan_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text')
    .addColumn('actor_email', 'text')
    .addColumn('from_client', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('line', 'integer')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('plan_events_plan').on('plan_events').columns(['plan_id', 'id']).execute()
  await db.schema.createIndex('plan_events_agency').on('plan_events').columns(['agency_id', 'id']).execute()
  await db.schema
    .createTable('agency_webhooks')
    .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('webhook_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('webhook_outbox_due').on('webhook_outbox').column('next_attempt_at').execute()
}
