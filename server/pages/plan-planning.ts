import {
  budgetForReach,
  compareSegmentStrategies,
  optimizePlan,
  reachCurve,
  type PlanEstimate,
  type Objective,
  type PlanLine,
  type RateCard,
  type Taxonomy,
} from '../../audiences/index.js'
import { audiencesOf } from '../routes/plan-estimate.js'
import type { StoredPlan } from '../store/plan-records.js'
import type { Store } from '../store/store.js'
import type { Scope } from '../store/store-types.js'
import { contentOf, estimatesOf } from './plan-loading.js'

export const CURVE_POINTS = 11
export const CURVE_MAX_MULTIPLIER = 2
// The stateless planners take at most 20 lines (the plan up to 50).
export const PLANNER_MAX_LINES = 20

type Settings = { taxonomy: Taxonomy; rateCards: readonly RateCard[] }

const datesOf = (line: { startDate?: string | undefined; endDate?: string | undefined } | undefined) => ({
  ...(line?.startDate ? { startDate: line.startDate } : {}),
  ...(line?.endDate ? { endDate: line.endDate } : {}),
})

/**
 * The stored plan as the stateless planners take it: each line with the audience size and the rates its stored
 * estimate used, reach unduplicated over the estimate's universe. This is how estimateSegmentedPlan combines a
 * plan's lines, so the optimiser and the curves start from exactly the numbers the plan page shows.
 */
export function plannerInputOf(plan: StoredPlan) {
  const estimate: PlanEstimate = estimatesOf(plan).plan
  const content = contentOf(plan)
  const lines: PlanLine[] = estimate.lines.map((l, i) => ({
    channel: l.channel,
    pricing: l.pricing,
    ...(l.pricing === 'cpm' ? { cpm: l.cpm } : { cpc: l.cpc }),
    ctr: l.ctr,
    audienceSize: Math.round(l.audienceSize.value),
    ...(l.frequencyCap === null ? {} : { frequencyCap: l.frequencyCap }),
    ...datesOf(content.lines[i]),
  }))
  const reachModel = content.reachModel
  return {
    ...(content.guidance ? { guidance: content.guidance } : {}),
    lines,
    budgets: estimate.lines.map((l) => l.budget),
    totalBudget: estimate.total.budget,
    universe: Math.ceil(estimate.total.universe),
    ...(reachModel ? { reachModel } : {}),
  }
}

/** POST /api/v1/estimate/curves on the plan: every line scaled together from 0 to twice the plan. */
export function curvesOf(plan: StoredPlan, { taxonomy, rateCards }: Settings) {
  const { lines, budgets, universe, reachModel } = plannerInputOf(plan)
  const request = { universe, reachModel, lines: lines.map((l, i) => ({ ...l, budget: budgets[i]! })) }
  return reachCurve(request, taxonomy, { points: CURVE_POINTS, maxMultiplier: CURVE_MAX_MULTIPLIER, rateCards })
}

/** POST /api/v1/optimize on the plan: its own total budget split for the objective (k+ reach for k > 1). */
export function optimizeOf(
  plan: StoredPlan,
  objective: Objective,
  effectiveFrequency: number,
  { taxonomy, rateCards }: Settings,
) {
  const { budgets: _budgets, ...input } = plannerInputOf(plan)
  return optimizePlan({ ...input, objective, effectiveFrequency }, taxonomy, { rateCards })
}

/** POST /api/v1/budget-for-reach on the plan's lines: the cheapest budget reaching targetReach people k+ times. */
export function budgetForReachOf(
  plan: StoredPlan,
  targetReach: number,
  effectiveFrequency: number,
  { taxonomy, rateCards }: Settings,
) {
  const { budgets: _budgets, totalBudget: _total, ...input } = plannerInputOf(plan)
  return budgetForReach({ ...input, targetReach, effectiveFrequency }, taxonomy, { rateCards })
}

/** The plan's distinct audiences (live ones), in the order the lines first use them. */
export const segmentIdsOf = (plan: StoredPlan) => [...new Set(contentOf(plan).lines.map((l) => l.audienceId))]

/**
 * POST /api/v1/strategies/compare (seed 002) on the plan: its audiences as the segments, one line per channel at
 * the rates the plan's first line on that channel used, the plan's total budget.
 */
export async function strategiesOf(store: Store, scope: Scope, plan: StoredPlan, settings: Settings) {
  const content = contentOf(plan)
  const audiences = await audiencesOf(store, scope, plan.clientId, content.lines)
  const names = new Map<string, string>()
  for (const id of audiences.keys()) names.set(id, (await store.audiences.get(scope, id))?.audience.name ?? id)
  const { lines, totalBudget, reachModel } = plannerInputOf(plan)
  const channels = new Map<string, Omit<PlanLine, 'audienceSize'>>()
  for (const { audienceSize: _size, ...line } of lines)
    if (!channels.has(line.channel)) channels.set(line.channel, line)
  const segments = segmentIdsOf(plan).map((id) => ({ name: names.get(id)!, audience: audiences.get(id)! }))
  return compareSegmentStrategies(
    { segments, lines: [...channels.values()], totalBudget, reachModel, tailoredCtrLift: 1 },
    settings.taxonomy,
    { rateCards: settings.rateCards },
  )
}
