import {
  guideEstimate,
  type CoreEstimate,
  type GuidedPlanEstimate,
  type PlanEstimate,
  type Taxonomy,
} from '../../audiences/index.js'
import type { StoredPlan } from '../store/plan-records.js'
import type { Store } from '../store/store.js'
import type { Actor, Scope } from '../store/store-types.js'
import { audiencesOf, estimateLines } from './plan-estimate.js'
import type { CreatePlanSchema, PlanContent } from './plan-schemas.js'
import type { z } from 'zod'
import { assertStorableText } from './stored-objects.js'

type PlanBody = Omit<z.output<typeof CreatePlanSchema>, 'clientId'>
type PlanEstimates = { plan: GuidedPlanEstimate; scenarios: GuidedPlanEstimate[] }

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
  // The store keeps the estimate itself; its guidance is derived on read (guidedEstimatesOf).
  const estimate: { plan: PlanEstimate; scenarios: PlanEstimate[] } = {
    plan: estimateLines(body.lines, body.reachModel, audiences, taxonomy, rateCards, body.fee),
    scenarios: body.scenarios.map((s) =>
      estimateLines(s.lines, s.reachModel, audiences, taxonomy, rateCards, body.fee),
    ),
  }
  const content: PlanContent = {
    lines: body.lines,
    reachModel: body.reachModel,
    ...(body.guidance ? { guidance: body.guidance } : {}),
    ...(body.fee ? { fee: body.fee } : {}),
    scenarios: body.scenarios,
  }
  return { name: body.name, content, estimate }
}

type StoredLine = { audienceId: string; startDate?: string | undefined; endDate?: string | undefined }

/** A stored estimate with the guidance of today's rules (guidance is derived on read, so older plans have it too). */
export function guidedEstimate(
  estimate: CoreEstimate,
  lines: readonly StoredLine[],
  content: Pick<PlanContent, 'reachModel' | 'guidance'>,
): GuidedPlanEstimate {
  const info = lines.map((l) => ({ segment: l.audienceId, startDate: l.startDate, endDate: l.endDate }))
  return guideEstimate(estimate, { reachModel: content.reachModel, settings: content.guidance, lines: info })
}

/** The plan's and its scenarios' estimates, guided. */
export function guidedEstimatesOf(plan: StoredPlan): PlanEstimates {
  const content = plan.content as PlanContent
  const stored = plan.estimate as { plan: CoreEstimate; scenarios: CoreEstimate[] }
  return {
    plan: guidedEstimate(stored.plan, content.lines, content),
    scenarios: content.scenarios.map((s, i) =>
      guidedEstimate(stored.scenarios[i]!, s.lines, { reachModel: s.reachModel, guidance: content.guidance }),
    ),
  }
}

/** Who approved, as recorded (issue 17): null until approved, and for versions approved before names were kept. */
export const approverOf = (plan: StoredPlan) =>
  plan.approverName === null && plan.approverEmail === null
    ? null
    : { name: plan.approverName, email: plan.approverEmail }

export function presentPlan(plan: StoredPlan) {
  const content = plan.content as PlanContent
  const estimate = guidedEstimatesOf(plan)
  return {
    id: plan.id,
    clientId: plan.clientId,
    name: plan.name,
    version: plan.version,
    status: plan.status,
    lines: content.lines,
    reachModel: content.reachModel ?? null,
    guidance: content.guidance ?? null,
    fee: content.fee ?? null,
    scenarios: content.scenarios.map((s, i) => ({ ...s, estimate: estimate.scenarios[i]! })),
    estimate: estimate.plan,
    createdAt: plan.createdAt,
    createdBy: plan.createdBy,
    updatedAt: plan.updatedAt,
    updatedBy: plan.updatedBy,
    sharedAt: plan.sharedAt,
    approvedAt: plan.approvedAt,
    approvedBy: plan.approvedBy,
    approver: approverOf(plan),
    sharedVersion: plan.sharedVersion,
    sharedStatus: plan.sharedStatus,
  }
}
