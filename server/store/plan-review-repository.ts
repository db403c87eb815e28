import { recordAudit } from './audit-repository.js'
import { recordPlanEvent, type Who } from './plan-event-repository.js'
import { findPlan, type PlanStatus, type StoredPlan } from './plan-records.js'
import { newId } from './store-ids.js'
import { mapPage, pageBy } from './store-paging.js'
import type { Actor, PageQuery, Scope } from './store-types.js'
import type { Kysely } from 'kysely'
import type { Db, Tables } from './tables.js'

export type PlanComment = {
  id: string
  version: number
  authorId: string
  authorEmail: string
  body: string
  internal: boolean
  createdAt: string
  line: number | null
}
// A share link opens one plan with the scope of a client user of its client.
export type ShareLink = { id: string; planId: string; scope: Scope }
export type ApproveOutcome =
  { kind: 'ok'; value: StoredPlan } | { kind: 'not_found' } | { kind: 'conflict'; current: StoredPlan }
// A review request: the comment (and the line it points at) and who makes it.
export type ReviewRequest = { comment: string; line: number | null; who: Who }
// What a client may still answer: a shared version, or one they asked changes to (they may then approve it after all).
export const CLIENT_ANSWERABLE: PlanStatus[] = ['shared', 'changes_requested']
const fromClient = (scope: Scope) => scope.clientId !== null

/** Sharing, approval and comments: how a plan moves from draft to shared to approved, and who said what. */
export function planReviewRepository(db: Db) {
  /** A live share link (not revoked, not expired): its id and the plan and client scope it opens. */
  async function shareLink(tokenHash: string): Promise<ShareLink | null> {
    const link = await db
      .selectFrom('share_links')
      .innerJoin('plans', 'plans.id', 'share_links.plan_id')
      .select(['share_links.id as link_id', 'plans.agency_id', 'plans.client_id', 'plans.id'])
      .where('share_links.token_hash', '=', tokenHash)
      .where('share_links.revoked_at', 'is', null)
      .where('share_links.expires_at', '>', new Date().toISOString())
      .executeTakeFirst()
    return link
      ? { id: link.link_id, planId: link.id, scope: { agencyId: link.agency_id, clientId: link.client_id } }
      : null
  }

  return {
    shareLink,

    /**
     * Shares the current version: a draft becomes shared, and the client and every share link of the plan see this
     * version from now on (plans.shared_version); stores the new link's token hash.
     */
    async share(actor: Actor, scope: Scope, id: string, link: { tokenHash: string; expiresAt: string }) {
      return db.transaction().execute(async (trx) => {
        const plan = await findPlan(trx, scope, id)
        if (!plan) return null
        const now = new Date()
        await trx
          .updateTable('plan_versions')
          .set({ status: 'shared', shared_at: now.toISOString() })
          .where('plan_id', '=', id)
          .where('version', '=', plan.version)
          .where('status', 'in', ['draft', 'changes_requested'])
          .execute()
        await trx.updateTable('plans').set({ shared_version: plan.version }).where('id', '=', id).execute()
        await trx
          .insertInto('share_links')
          .values({
            id: newId(now.getTime()),
            token_hash: link.tokenHash,
            plan_id: id,
            created_by: actor.userId,
            created_at: now.toISOString(),
            expires_at: link.expiresAt,
            revoked_at: null,
          })
          .execute()
        const version = plan.version
        await recordAudit(trx, actor, actor.agencyId, { action: 'share', objectType: 'plan', objectId: id, version })
        const who = { name: null, email: actor.email }
        await recordPlanEvent(trx, actor, { planId: id, version, kind: 'shared', fromClient: false, who })
        return findPlan(trx, scope, id)
      })
    },

    async revokeShares(actor: Actor, scope: Scope, id: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        if (!(await findPlan(trx, scope, id))) return false
        await trx
          .updateTable('share_links')
          .set({ revoked_at: new Date().toISOString() })
          .where('plan_id', '=', id)
          .where('revoked_at', 'is', null)
          .execute()
        await recordAudit(trx, actor, actor.agencyId, { action: 'unshare', objectType: 'plan', objectId: id })
        return true
      })
    },

    /** The plan a live share link opens, as a client sees it (the newest shared or approved version). */
    async byShareToken(tokenHash: string): Promise<StoredPlan | null> {
      const link = await shareLink(tokenHash)
      return link ? findPlan(db, link.scope, link.planId) : null
    },

    /**
     * Approves `version` (default: the one the caller sees) when it is in one of `from`; an approved version is
     * frozen for good. A stale or already approved version is a conflict.
     */
    async approve(
      actor: Actor,
      scope: Scope,
      id: string,
      version: number | undefined,
      from: PlanStatus[],
      who: Who = { name: null, email: actor.email },
    ) {
      return db.transaction().execute(async (trx): Promise<ApproveOutcome> => {
        const plan = await findPlan(trx, scope, id)
        if (!plan) return { kind: 'not_found' }
        const target = version ?? plan.version
        const now = new Date().toISOString()
        const result = await trx
          .updateTable('plan_versions')
          .set({
            status: 'approved',
            approved_by: actor.userId,
            approved_at: now,
            approver_name: who.name,
            approver_email: who.email,
          })
          .where('plan_id', '=', id)
          .where('version', '=', target)
          .where('status', 'in', from)
          .where('version', '>=', plan.version)
          .executeTakeFirst()
        if (result.numUpdatedRows === 0n) return { kind: 'conflict', current: plan }
        // What is approved is what the client sees (an admin may approve a version not yet shared).
        await trx
          .updateTable('plans')
          .set({ shared_version: target })
          .where('id', '=', id)
          .where((eb) => eb.or([eb('shared_version', 'is', null), eb('shared_version', '<', target)]))
          .execute()
        await recordAudit(trx, actor, actor.agencyId, {
          action: 'approve',
          objectType: 'plan',
          objectId: id,
          version: target,
        })
        const event = { planId: id, version: target, kind: 'approved', fromClient: fromClient(scope), who } as const
        await recordPlanEvent(trx, actor, event)
        return { kind: 'ok', value: (await findPlan(trx, scope, id))! }
      })
    },

    /**
     * The client asks for changes to the version it sees (plans.shared_version): that version becomes
     * changes_requested, and the comment is kept with the plan's comments. An approved or never shared plan is a
     * conflict; staff answer by editing and sharing again.
     */
    async requestChanges(actor: Actor, scope: Scope, id: string, request: ReviewRequest) {
      return db.transaction().execute(async (trx): Promise<ApproveOutcome> => {
        const plan = await findPlan(trx, scope, id)
        if (!plan) return { kind: 'not_found' }
        const target = plan.sharedVersion
        if (target === null) return { kind: 'conflict', current: plan }
        const result = await trx
          .updateTable('plan_versions')
          .set({ status: 'changes_requested' })
          .where('plan_id', '=', id)
          .where('version', '=', target)
          .where('status', 'in', CLIENT_ANSWERABLE)
          .executeTakeFirst()
        if (result.numUpdatedRows === 0n) return { kind: 'conflict', current: plan }
        const { comment, line, who } = request
        await insertComment(trx, actor, id, target, { body: comment, internal: false, line, who })
        await recordAudit(trx, actor, actor.agencyId, {
          action: 'request_changes',
          objectType: 'plan',
          objectId: id,
          version: target,
        })
        const event = { planId: id, version: target, kind: 'changes_requested' as const, fromClient: fromClient(scope) }
        await recordPlanEvent(trx, actor, { ...event, who, comment, line } as const)
        return { kind: 'ok', value: (await findPlan(trx, scope, id))! }
      })
    },

    async comment(
      actor: Actor,
      scope: Scope,
      id: string,
      body: string,
      internal: boolean,
      options: { line?: number | null; who?: Who } = {},
    ) {
      const plan = await findPlan(db, scope, id)
      if (!plan) return null
      const line = options.line ?? null
      const who = options.who ?? { name: null, email: actor.email }
      return db.transaction().execute(async (trx) => {
        const comment = await insertComment(trx, actor, id, plan.version, { body, internal, line, who })
        // Internal notes stay out of the activity a webhook carries outside kohde.
        if (!internal) {
          const event = { planId: id, version: plan.version, kind: 'commented' as const, fromClient: fromClient(scope) }
          await recordPlanEvent(trx, actor, { ...event, who, comment: body, line } as const)
        }
        return comment
      })
    },

    // Internal notes never reach client users (product.md: clients must not see internal notes).
    async comments(scope: Scope, id: string, page: PageQuery) {
      if (!(await findPlan(db, scope, id))) return null
      let select = db.selectFrom('plan_comments').selectAll().where('plan_id', '=', id)
      if (scope.clientId !== null) select = select.where('internal', '=', 0)
      return mapPage(await pageBy(select, 'id', page, (r) => r.id), toComment)
    },
  }
}

type CommentInput = { body: string; internal: boolean; line: number | null; who: Who }

async function insertComment(trx: Kysely<Tables>, actor: Actor, planId: string, version: number, c: CommentInput) {
  const now = new Date()
  const comment = {
    id: newId(now.getTime()),
    plan_id: planId,
    version,
    author_id: actor.userId,
    author_email: actor.email,
    body: c.body,
    internal: c.internal ? 1 : 0,
    created_at: now.toISOString(),
    line: c.line,
  }
  await trx.insertInto('plan_comments').values(comment).execute()
  await recordAudit(trx, actor, actor.agencyId, { action: 'comment', objectType: 'plan', objectId: planId })
  return toComment(comment)
}

const toComment = (r: {
  id: string
  version: number
  author_id: string
  author_email: string
  body: string
  internal: number
  created_at: string
  line: number | null
}): PlanComment => ({
  id: r.id,
  version: r.version,
  authorId: r.author_id,
  authorEmail: r.author_email,
  body: r.body,
  internal: r.internal === 1,
  createdAt: r.created_at,
  line: r.line,
})
