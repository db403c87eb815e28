import type { Audience, GuidedPlanEstimate } from '../../audiences/index.js'
import type { PlanContent } from '../routes/plan-schemas.js'
import { guidedEstimatesOf } from '../routes/plan-write.js'
import { found, idOf } from '../routes/stored-objects.js'
import type { StoredPlan } from '../store/plan-records.js'
import type { Store } from '../store/store.js'
import type { Scope } from '../store/store-types.js'

export type PlanEstimates = { plan: GuidedPlanEstimate; scenarios: GuidedPlanEstimate[] }

export const contentOf = (plan: StoredPlan) => plan.content as PlanContent
/** The plan's and its scenarios' estimates, with today's guidance. */
export const estimatesOf = (plan: StoredPlan): PlanEstimates => guidedEstimatesOf(plan)

/** The plan of the path's :id in the caller's scope, or 404. */
export async function planOfPath(store: Store, scope: Scope, params: Record<string, string>) {
  return found(await store.plans.get(scope, idOf(params)), 'plan')
}

/** Names of the plan's audiences by id; an audience deleted since reads as null. */
export async function audienceNamesOf(store: Store, scope: Scope, ids: readonly string[]) {
  const names = new Map<string, string | null>()
  for (const id of new Set(ids)) names.set(id, (await store.audiences.get(scope, id))?.audience.name ?? null)
  return names
}

/** The plan's audiences by id with their parents inlined (the criteria the size notes name); deleted ones are absent. */
export async function audiencesOf(store: Store, scope: Scope, ids: readonly string[]) {
  const audiences = new Map<string, Audience>()
  for (const id of new Set(ids)) {
    const audience = await store.audiences.resolved(scope, id)
    if (audience) audiences.set(id, audience)
  }
  return audiences
}
