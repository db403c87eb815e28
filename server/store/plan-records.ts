import type { Kysely } from 'kysely'
import type { Scope } from './store-types.js'
import type { Tables } from './tables.js'

export const PLAN_STATUSES = ['draft', 'shared', 'changes_requested', 'approved'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]
// What a client user (or a share link) may see: versions the agency has shared (the client may have asked for
// changes to one) or the client has approved.
export const CLIENT_VISIBLE: PlanStatus[] = ['shared', 'changes_requested', 'approved']

export type StoredPlan = {
  id: string
  clientId: string
  name: string
  version: number
  latestVersion: number
  status: PlanStatus
  content: unknown
  estimate: unknown
  createdAt: string
  createdBy: string
  updatedAt: string
  updatedBy: string
  sharedAt: string | null
  approvedAt: string | null
  approvedBy: string | null
  // Who approved as they gave it: a share link's visitor's name and email, a signed-in user's email (issue 17).
  approverName: string | null
  approverEmail: string | null
  // The version the client and share links see, and its status (null until first shared or approved).
  sharedVersion: number | null
  sharedStatus: PlanStatus | null
}

type Row = Tables['plans'] &
  Omit<Tables['plan_versions'], 'plan_id' | 'author_id' | 'created_at' | 'name'> & {
    v_version: number
    v_name: string
    shared_status: string | null
  }

export const toPlan = (r: Row): StoredPlan => ({
  id: r.id,
  clientId: r.client_id,
  name: r.v_name,
  version: r.v_version,
  latestVersion: r.version,
  status: r.status as PlanStatus,
  content: JSON.parse(r.content),
  estimate: JSON.parse(r.estimate),
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
  sharedAt: r.shared_at,
  approvedAt: r.approved_at,
  approvedBy: r.approved_by,
  approverName: r.approver_name,
  approverEmail: r.approver_email,
  sharedVersion: r.shared_version,
  sharedStatus: r.shared_status as PlanStatus | null,
})

export const isClientScope = (scope: Scope) => scope.clientId !== null

/**
 * Live plans of the scope joined with the version the caller sees: the current one for agency users, the shared one
 * (plans.shared_version) for client users and share links, so a draft made after sharing stays the agency's until
 * it is shared; a plan never shared is invisible to clients.
 */
export function visiblePlans(q: Kysely<Tables>, scope: Scope) {
  const query = q
    .selectFrom('plans')
    .innerJoin('plan_versions as v', 'v.plan_id', 'plans.id')
    .innerJoin('clients', 'clients.id', 'plans.client_id')
    .leftJoin('plan_versions as sv', (join) =>
      join.onRef('sv.plan_id', '=', 'plans.id').onRef('sv.version', '=', 'plans.shared_version'),
    )
    .selectAll('plans')
    .select('sv.status as shared_status')
    .select([
      'v.version as v_version',
      'v.status',
      'v.name as v_name',
      'v.content',
      'v.estimate',
      'v.shared_at',
      'v.approved_by',
      'v.approved_at',
      'v.approver_name',
      'v.approver_email',
    ])
    .where('plans.agency_id', '=', scope.agencyId)
    .where('plans.deleted_at', 'is', null)
    .where('clients.deleted_at', 'is', null)
  if (!isClientScope(scope)) return query.whereRef('v.version', '=', 'plans.version')
  return query.where('plans.client_id', '=', scope.clientId!).whereRef('v.version', '=', 'plans.shared_version')
}

export async function findPlan(q: Kysely<Tables>, scope: Scope, id: string): Promise<StoredPlan | null> {
  const row = await visiblePlans(q, scope).where('plans.id', '=', id).executeTakeFirst()
  return row ? toPlan(row as Row) : null
}
