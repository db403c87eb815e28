import type { PlanEstimate, Taxonomy } from '../../audiences/index.js'
import type { StoredPlan } from '../store/plan-records.js'
import type { Store } from '../store/store.js'
import type { Actor, Scope } from '../store/store-types.js'
import { audiencesOf, estimateLines } from './plan-estimate.js'
import type { CreatePlanSchema, PlanContent } from './plan-schemas.js'
import type { z } from 'zod'
import { assertStorableText } from './stored-objects.js'

type PlanBody = Omit<z.output<typeof CreatePlanSchema>, 'clientId'>
type PlanEstimates = { plan: PlanEstimate; scenarios: PlanEstimate[] }

/** What a plan version stores: its lines and scenarios, and their estimates with the agency's rate cards. */
export async function planWriteOf(
  store: Store,
  taxonomy: Taxonomy,
  actor: Actor,
  scope: Scope,
  clientId: string,
  body: PlanBody,
) {
  assertStorableText(body)
  const allLines = [...body.lines, ...body.scenarios.flatMap((s) => s.lines)]
  const audiences = await audiencesOf(store, scope, clientId, allLines)
  const rateCards = await store.rateCards.all(actor.agencyId)
  const estimate: PlanEstimates = {
    plan: estimateLines(body.lines, body.reachModel, audiences, taxonomy, rateCards),
    scenarios: body.scenarios.map((s) => estimateLines(s.lines, s.reachModel, audiences, taxonomy, rateCards)),
  }
  const content: PlanContent = { lines: body.lines, reachModel: body.reachModel, scenarios: body.scenarios }
  return { name: body.name, content, estimate }
}

export function presentPlan(plan: StoredPlan) {
  const content = plan.content as PlanContent
  const estimate = plan.estimate as PlanEstimates
  return {
    id: plan.id,
    clientId: plan.clientId,
    name: plan.name,
    version: plan.version,
    status: plan.status,
    lines: content.lines,
    reachModel: content.reachModel ?? null,
    scenarios: content.scenarios.map((s, i) => ({ ...s, estimate: estimate.scenarios[i]! })),
    estimate: estimate.plan,
    createdAt: plan.createdAt,
    createdBy: plan.createdBy,
    updatedAt: plan.updatedAt,
    updatedBy: plan.updatedBy,
    sharedAt: plan.sharedAt,
    approvedAt: plan.approvedAt,
    approvedBy: plan.approvedBy,
    sharedVersion: plan.sharedVersion,
    sharedStatus: plan.sharedStatus,
  }
}
