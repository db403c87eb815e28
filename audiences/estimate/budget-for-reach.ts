import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { allocateCents } from './budget-allocation.js'
import { sainsburyReach } from './cross-channel-reach.js'
import type { BudgetForReachRequest, BudgetForReachResponse } from './estimate-schema.js'
import { lineReach } from './line-delivery.js'
import { centBounds } from './plan-bounds.js'
import { preparePlan, type PlanContext, type PlanOptions } from './plan-context.js'
import { lineObjective } from './plan-objective.js'
import { planAt } from './plan-result.js'

// Beyond a billion euros a target counts as out of reach.
const CEILING_CENTS = 1e11

type Point = { cents: number[]; reach: number }

function bestSplit(context: PlanContext, lo: readonly number[], hi: readonly number[], totalCents: number): Point {
  const value = lineObjective(context.lines, context.universe, 'reach')
  const cents = allocateCents({ totalCents, lo, hi: hi.map((h) => Math.min(h, totalCents)), value })
  const reach = sainsburyReach(
    context.universe,
    context.lines.map((l, i) => lineReach(l.setup, cents[i]! / 100)),
  )
  return { cents, reach }
}

/** POST /api/v1/budget-for-reach: the smallest total budget whose best split reaches the target, or why none does. */
export function budgetForReach(
  request: BudgetForReachRequest,
  taxonomy: Taxonomy,
  options: PlanOptions = {},
): BudgetForReachResponse {
  const context = preparePlan(request, taxonomy, options)
  const target = request.targetReach
  const { lo, hi } = centBounds(request.lines, CEILING_CENTS)
  const bounded = request.lines.every((l) => l.max !== undefined)
  const floor = lo.reduce((a, b) => a + b, 0)
  const ceiling = bounded ? hi.reduce((a, b) => a + b, 0) : CEILING_CENTS
  const audienceMax = sainsburyReach(
    context.universe,
    context.lines.map((l) => l.setup.pool),
  )
  const infeasible = (
    code: 'target_exceeds_audience' | 'target_exceeds_bounds',
    maxReach: number,
    reason: string,
  ): BudgetForReachResponse => ({
    feasible: false,
    code,
    reason,
    maxReach,
    assumptions: context.log.list(),
  })
  if (target >= audienceMax)
    return infeasible(
      'target_exceeds_audience',
      audienceMax,
      `the lines can reach at most ${Math.floor(audienceMax)} people of this audience`,
    )
  let low = Math.max(0, floor - 1)
  let high = Math.max(floor, 100)
  let found = bestSplit(context, lo, hi, high)
  while (found.reach < target) {
    if (high >= ceiling) {
      const why = bounded
        ? 'the line maximums stop the plan before the target'
        : 'the target needs more than a billion euros'
      return infeasible(bounded ? 'target_exceeds_bounds' : 'target_exceeds_audience', found.reach, why)
    }
    low = high
    high = Math.min(ceiling, high * 2)
    found = bestSplit(context, lo, hi, high)
  }
  while (high - low > Math.max(1, Math.floor(high * 1e-6))) {
    const mid = Math.floor((low + high) / 2)
    const point = bestSplit(context, lo, hi, mid)
    if (point.reach >= target) [high, found] = [mid, point]
    else low = mid
  }
  context.log.add(
    'budgetForReach',
    'bisection on the total budget in cents; each total split for the most unduplicated reach',
    'kohde method',
  )
  const plan = planAt(
    context.lines,
    found.cents.map((c) => c / 100),
    context.universe,
    request.flightDays,
  )
  return { feasible: true, totalBudget: high / 100, ...plan, assumptions: context.log.list() }
}
