import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { allocateCents } from './budget-allocation.js'
import { sainsburyReach } from './cross-channel-reach.js'
import { allocateForScore, effectiveReachCeiling, effectiveReachScore } from './effective-reach-allocation.js'
import type { BudgetForReachRequest, BudgetForReachResponse } from './estimate-schema.js'
import { lineFlightDays } from './flight-calendar.js'
import { lineReach } from './line-delivery.js'
import { centBounds } from './plan-bounds.js'
import { preparePlan, type PlanContext, type PlanOptions } from './plan-context.js'
import { guidePlan } from './plan-guidance.js'
import { lineObjective } from './plan-objective.js'
import { planAt } from './plan-result.js'

// Beyond a billion euros a target counts as out of reach.
const CEILING_CENTS = 1e11

type Point = { cents: number[]; reach: number }

// The best split of a total for reach at least k times (k = 1: separable, the Sainsbury reach).
function splitter(context: PlanContext, lo: readonly number[], hi: readonly number[], k: number) {
  if (k > 1) {
    const score = effectiveReachScore(context.lines, context.universe, k)
    return (totalCents: number): Point => {
      const cents = allocateForScore({ totalCents, lo, hi: hi.map((h) => Math.min(h, totalCents)), score })
      return { cents, reach: score(cents) }
    }
  }
  const value = lineObjective(context.lines, context.universe, 'reach')
  return (totalCents: number): Point => {
    const cents = allocateCents({ totalCents, lo, hi: hi.map((h) => Math.min(h, totalCents)), value })
    const reaches = context.lines.map((l, i) => lineReach(l.setup, cents[i]! / 100))
    return { cents, reach: sainsburyReach(context.universe, reaches) }
  }
}

/** POST /api/v1/budget-for-reach: the smallest total budget whose best split reaches the target (k+ times), or why none does. */
export function budgetForReach(
  request: BudgetForReachRequest,
  taxonomy: Taxonomy,
  options: PlanOptions = {},
): BudgetForReachResponse {
  const context = preparePlan(request, taxonomy, options)
  const { targetReach: target, effectiveFrequency: k } = request
  const { lo, hi } = centBounds(request.lines, CEILING_CENTS)
  const bounded = request.lines.every((l) => l.max !== undefined)
  const floor = lo.reduce((a, b) => a + b, 0)
  const ceiling = bounded ? hi.reduce((a, b) => a + b, 0) : CEILING_CENTS
  const audienceMax = effectiveReachCeiling(context.lines, context.universe, k)
  const infeasible = (
    code: 'target_exceeds_audience' | 'target_exceeds_bounds',
    maxReach: number,
    reason: string,
  ): BudgetForReachResponse => ({
    feasible: false,
    code,
    reason,
    effectiveFrequency: k,
    maxReach,
    assumptions: context.log.list(),
  })
  const times = k > 1 ? ` at least ${k} times` : ''
  if (target >= audienceMax)
    return infeasible(
      'target_exceeds_audience',
      audienceMax,
      `the lines can reach at most ${Math.floor(audienceMax)} people of this audience${times}`,
    )
  const bestSplit = splitter(context, lo, hi, k)
  let low = Math.max(0, floor - 1)
  let high = Math.max(floor, 100)
  let found = bestSplit(high)
  while (found.reach < target) {
    if (high >= ceiling) {
      const why = bounded
        ? 'the line maximums stop the plan before the target'
        : 'the target needs more than a billion euros'
      return infeasible(bounded ? 'target_exceeds_bounds' : 'target_exceeds_audience', found.reach, why)
    }
    low = high
    high = Math.min(ceiling, high * 2)
    found = bestSplit(high)
  }
  while (high - low > Math.max(1, Math.floor(high * 1e-6))) {
    const mid = Math.floor((low + high) / 2)
    const point = bestSplit(mid)
    if (point.reach >= target) [high, found] = [mid, point]
    else low = mid
  }
  context.log.add(
    'budgetForReach',
    `bisection on the total budget in cents; each total split for the most unduplicated ${k > 1 ? `${k}+ ` : ''}reach`,
    'kohde method',
  )
  const days = lineFlightDays(request.lines, request.flightDays)
  const plan = planAt(
    context.lines,
    found.cents.map((c) => c / 100),
    context.universe,
    days,
  )
  const guided = guidePlan({
    ...{ lines: context.lines, results: plan.lines, total: plan.total, universe: context.universe },
    ...{ flights: request.lines, settings: request.guidance, log: context.log },
  })
  const { warnings, recommendedBudget } = guided
  return {
    feasible: true,
    totalBudget: high / 100,
    effectiveFrequency: k,
    lines: guided.lines,
    total: plan.total,
    warnings,
    recommendedBudget,
    assumptions: context.log.list(),
  }
}
