import type { Kysely } from 'kysely'
import { recordAudit } from './audit-repository.js'
import { CLIENT_VISIBLE, findPlan, toPlan, visiblePlans, type PlanStatus, type StoredPlan } from './plan-records.js'
import { recordPlanEvent } from './plan-event-repository.js'
import { isUniqueViolation } from './store-errors.js'
import { newId } from './store-ids.js'
import { mapPage, pageBy } from './store-paging.js'
import type { Actor, PageQuery, Scope, Versioned } from './store-types.js'
import type { Db, Tables } from './tables.js'

export type PlanWrite = { name: string; content: unknown; estimate: unknown }
export type PlanListQuery = PageQuery & {
  clientId?: string | undefined
  status?: PlanStatus | undefined
  newestFirst?: boolean | undefined
}

async function insertVersion(
  trx: Kysely<Tables>,
  actor: Actor,
  id: string,
  version: number,
  status: PlanStatus,
  write: PlanWrite,
) {
  const now = new Date().toISOString()
  await trx
    .insertInto('plan_versions')
    .values({
      plan_id: id,
      version,
      status,
      name: write.name,
      content: JSON.stringify(write.content),
      estimate: JSON.stringify(write.estimate),
      author_id: actor.userId,
      created_at: now,
      shared_at: status === 'shared' ? now : null,
      approved_by: null,
      approved_at: null,
      approver_name: null,
      approver_email: null,
    })
    .execute()
  const action = version === 1 ? 'create' : 'update'
  await recordAudit(trx, actor, actor.agencyId, { action, objectType: 'plan', objectId: id, version })
}

export function planRepository(db: Db) {
  return {
    get: (scope: Scope, id: string) => findPlan(db, scope, id),

    async create(actor: Actor, clientId: string, write: PlanWrite): Promise<StoredPlan | null> {
      const now = new Date()
      const id = newId(now.getTime())
      const created = await db.transaction().execute(async (trx) => {
        const client = await trx
          .selectFrom('clients')
          .select('id')
          .where('id', '=', clientId)
          .where('agency_id', '=', actor.agencyId)
          .where('deleted_at', 'is', null)
          .executeTakeFirst()
        if (!client) return false
        const at = now.toISOString()
        await trx
          .insertInto('plans')
          .values({
            id,
            agency_id: actor.agencyId,
            client_id: clientId,
            name: write.name,
            version: 1,
            shared_version: null,
            created_by: actor.userId,
            created_at: at,
            updated_by: actor.userId,
            updated_at: at,
            deleted_at: null,
          })
          .execute()
        await insertVersion(trx, actor, id, 1, 'draft', write)
        return true
      })
      return created ? findPlan(db, { agencyId: actor.agencyId, clientId: null }, id) : null
    },

    /**
     * A change makes a new version, always a draft: a shared or approved version stays as it was, and the client and
     * share links keep seeing it (plans.shared_version) until staff share the new one.
     */
    async update(
      actor: Actor,
      scope: Scope,
      id: string,
      version: number,
      write: PlanWrite,
    ): Promise<Versioned<StoredPlan>> {
      try {
        const outcome = await db.transaction().execute(async (trx) => {
          const current = await findPlan(trx, scope, id)
          if (!current) return 'not_found' as const
          const bumped = await trx
            .updateTable('plans')
            .set({
              version: version + 1,
              name: write.name,
              updated_by: actor.userId,
              updated_at: new Date().toISOString(),
            })
            .where('id', '=', id)
            .where('version', '=', version)
            .where('deleted_at', 'is', null)
            .executeTakeFirst()
          if (bumped.numUpdatedRows === 0n) return 'stale' as const
          await insertVersion(trx, actor, id, version + 1, 'draft', write)
          // Once the client has seen the plan, an edit is part of its review's activity (issue 17).
          if (current.sharedVersion !== null) {
            const who = { name: null, email: actor.email }
            await recordPlanEvent(trx, actor, {
              planId: id,
              version: version + 1,
              kind: 'edited',
              fromClient: false,
              who,
            })
          }
          return 'ok' as const
        })
        if (outcome === 'not_found') return { kind: 'not_found' }
        const current = (await findPlan(db, scope, id))!
        return outcome === 'ok' ? { kind: 'ok', value: current } : { kind: 'conflict', current }
      } catch (error) {
        if (!isUniqueViolation(error)) throw error
        const current = await findPlan(db, scope, id)
        return current ? { kind: 'conflict', current } : { kind: 'not_found' }
      }
    },

    async list(scope: Scope, query: PlanListQuery) {
      let select = visiblePlans(db, scope)
      if (query.clientId) select = select.where('plans.client_id', '=', query.clientId)
      if (query.status) select = select.where('v.status', '=', query.status)
      const order = query.newestFirst ? 'desc' : 'asc'
      return mapPage(await pageBy(select, 'plans.id', query, (r) => r.id, order), (r) => toPlan(r as never))
    },

    async versions(scope: Scope, id: string, page: PageQuery) {
      const plan = await findPlan(db, scope, id)
      if (!plan) return null
      // findPlan checked the scope; the history lists every version, or only the shared and approved ones for clients.
      let select = db
        .selectFrom('plans')
        .innerJoin('plan_versions as v', 'v.plan_id', 'plans.id')
        .leftJoin('plan_versions as sv', (join) =>
          join.onRef('sv.plan_id', '=', 'plans.id').onRef('sv.version', '=', 'plans.shared_version'),
        )
        .selectAll('plans')
        .select('sv.status as shared_status')
        .select(['v.version as v_version', 'v.status', 'v.name as v_name', 'v.content', 'v.estimate'])
        .select(['v.shared_at', 'v.approved_by', 'v.approved_at', 'v.approver_name', 'v.approver_email'])
        .where('plans.id', '=', id)
      if (scope.clientId !== null)
        select = select.where('v.status', 'in', CLIENT_VISIBLE).where('v.version', '<=', plan.version)
      const rows = await pageBy(select, 'v.version', page, (r) => r.v_version, 'desc')
      return mapPage(rows, (r) => toPlan(r as never))
    },

    async remove(actor: Actor, scope: Scope, id: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        if (!(await findPlan(trx, scope, id))) return false
        await trx.updateTable('plans').set({ deleted_at: new Date().toISOString() }).where('id', '=', id).execute()
        await trx
          .updateTable('share_links')
          .set({ revoked_at: new Date().toISOString() })
          .where('plan_id', '=', id)
          .where('revoked_at', 'is', null)
          .execute()
        await recordAudit(trx, actor, actor.agencyId, { action: 'delete', objectType: 'plan', objectId: id })
        return true
      })
    },
  }
}
