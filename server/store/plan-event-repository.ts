import type { Kysely } from 'kysely'
import { newId } from './store-ids.js'
import { mapPage, pageBy } from './store-paging.js'
import type { Actor, PageQuery, Scope } from './store-types.js'
import type { Db, Tables } from './tables.js'

export const PLAN_EVENT_KINDS = ['shared', 'changes_requested', 'approved', 'commented', 'edited'] as const
export type PlanEventKind = (typeof PLAN_EVENT_KINDS)[number]

/** Who did it, as shown in the activity: a share link's visitor as they named themselves, else the user's email. */
export type Who = { name: string | null; email: string | null }

export type PlanEvent = {
  id: string
  planId: string
  planName: string
  version: number
  kind: PlanEventKind
  actorName: string | null
  actorEmail: string | null
  fromClient: boolean
  comment: string | null
  line: number | null
  at: string
}

export type NewPlanEvent = {
  planId: string
  version: number
  kind: PlanEventKind
  fromClient: boolean
  who: Who
  comment?: string | null
  line?: number | null
}

/**
 * Records one review event inside the caller's transaction and, when the agency has a webhook, its delivery in the
 * outbox (the same transaction: an event is never lost and never sent for a change that rolled back).
 */
export async function recordPlanEvent(trx: Kysely<Tables>, actor: Actor, event: NewPlanEvent): Promise<void> {
  const now = new Date()
  const at = now.toISOString()
  const id = newId(now.getTime())
  const row = {
    id,
    agency_id: actor.agencyId,
    plan_id: event.planId,
    version: event.version,
    kind: event.kind,
    actor_id: actor.userId,
    actor_name: event.who.name,
    actor_email: event.who.email,
    from_client: event.fromClient ? 1 : 0,
    comment: event.comment ?? null,
    line: event.line ?? null,
    at,
  }
  await trx.insertInto('plan_events').values(row).execute()
  const hook = await trx
    .selectFrom('agency_webhooks')
    .select('agency_id')
    .where('agency_id', '=', actor.agencyId)
    .executeTakeFirst()
  if (!hook) return
  const plan = await trx.selectFrom('plans').select(['name', 'client_id']).where('id', '=', event.planId).execute()
  const payload = webhookPayload(row, plan[0]?.name ?? '', plan[0]?.client_id ?? '')
  await trx
    .insertInto('webhook_outbox')
    .values({
      id,
      agency_id: actor.agencyId,
      payload: JSON.stringify(payload),
      attempts: 0,
      next_attempt_at: at,
      delivered_at: null,
      last_error: null,
      created_at: at,
    })
    .execute()
}

/** The JSON a webhook receives for one event (docs/webhooks.md). */
export function webhookPayload(row: Tables['plan_events'], planName: string, clientId: string) {
  return {
    id: row.id,
    type: `plan.${row.kind}`,
    occurredAt: row.at,
    agencyId: row.agency_id,
    plan: { id: row.plan_id, name: planName, clientId, version: row.version },
    actor: { name: row.actor_name, email: row.actor_email, fromClient: row.from_client === 1 },
    comment: row.comment,
    line: row.line,
  }
}

type EventRow = Tables['plan_events'] & { plan_name: string }

const toEvent = (r: EventRow): PlanEvent => ({
  id: r.id,
  planId: r.plan_id,
  planName: r.plan_name,
  version: r.version,
  kind: r.kind as PlanEventKind,
  actorName: r.actor_name,
  actorEmail: r.actor_email,
  fromClient: r.from_client === 1,
  comment: r.comment,
  line: r.line,
  at: r.at,
})

/** The activity of plans: per plan, and the agency's newest (the dashboard). Agency scopes only. */
export function planEventRepository(db: Db) {
  const events = (scope: Scope) =>
    db
      .selectFrom('plan_events')
      .innerJoin('plans', 'plans.id', 'plan_events.plan_id')
      .selectAll('plan_events')
      .select('plans.name as plan_name')
      .where('plan_events.agency_id', '=', scope.agencyId)
      .where('plans.deleted_at', 'is', null)
  return {
    /** One plan's activity, newest first. */
    async forPlan(scope: Scope, planId: string, page: PageQuery) {
      const select = events(scope).where('plan_events.plan_id', '=', planId)
      return mapPage(await pageBy(select, 'plan_events.id', page, (r) => r.id, 'desc'), toEvent)
    },
    /** One stored version's name and content (the staff's diff against the version the client saw). */
    async version(scope: Scope, planId: string, version: number) {
      const row = await db
        .selectFrom('plan_versions')
        .innerJoin('plans', 'plans.id', 'plan_versions.plan_id')
        .select(['plan_versions.name', 'plan_versions.content'])
        .where('plans.agency_id', '=', scope.agencyId)
        .where('plan_versions.plan_id', '=', planId)
        .where('plan_versions.version', '=', version)
        .executeTakeFirst()
      return row ? { name: row.name, content: JSON.parse(row.content) as unknown } : null
    },

    /** The agency's newest answers from clients (client users and share links), newest first: the dashboard. */
    async clientResponses(scope: Scope, limit: number): Promise<PlanEvent[]> {
      const rows = await events(scope)
        .where('plan_events.from_client', '=', 1)
        .orderBy('plan_events.id', 'desc')
        .limit(limit)
        .execute()
      return rows.map(toEvent)
    },
  }
}
