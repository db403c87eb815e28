import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { allocateCents } from './budget-allocation.js'
import { pooledSainsbury } from './cross-channel-reach.js'
import type { BudgetForReachRequest, BudgetForReachResponse } from './estimate-schema.js'
import { lineReach } from './line-delivery.js'
import { centBounds } from './plan-bounds.js'
import { preparePlan, type PlanContext, type PlanOptions } from './plan-context.js'
import { lineObjective } from './plan-objective.js'
import { planAt } from './plan-result.js'

// Beyond a billion euros a target counts as out of reach.
const CEILING_CENTS = 1e11

type Point = { cents: number[]; reach: number }

// The plan's unduplicated reach when line i reaches reachOf(i), its platform pools shared.
const totalReach = (context: PlanContext, reachOf: (i: number) => number) =>
  pooledSainsbury(
    context.universe,
    context.lines.map((l, i) => ({ pool: l.pool, poolSize: l.setup.pool, reach: reachOf(i) })),
  )

function bestSplit(context: PlanContext, lo: readonly number[], hi: readonly number[], totalCents: number): Point {
  const objective = lineObjective(context.lines, context.universe, 'reach')
  const cents = allocateCents({ totalCents, lo, hi: hi.map((h) => Math.min(h, totalCents)), ...objective })
  return { cents, reach: totalReach(context, (i) => lineReach(context.lines[i]!.setup, cents[i]! / 100)) }
}

// Lines whose maximum stops them short of their audience, and the most the plan reaches with them held there.
function bounded(context: PlanContext, request: BudgetForReachRequest) {
  const max = request.lines.map((l) => l.max)
  const reachAtMax = (i: number) =>
    max[i] === undefined ? context.lines[i]!.setup.pool : lineReach(context.lines[i]!.setup, max[i])
  const limiting = request.lines.flatMap((l, i) =>
    l.max !== undefined && reachAtMax(i) < context.lines[i]!.setup.pool * (1 - 1e-9) ? [i] : [],
  )
  return { limiting, maxReach: totalReach(context, reachAtMax) }
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
  const allBounded = request.lines.every((l) => l.max !== undefined)
  const floor = lo.reduce((a, b) => a + b, 0)
  const ceiling = allBounded ? hi.reduce((a, b) => a + b, 0) : CEILING_CENTS
  const audienceMax = totalReach(context, (i) => context.lines[i]!.setup.pool)
  const infeasible = (
    code: 'target_exceeds_audience' | 'target_exceeds_bounds',
    maxReach: number,
    reason: string,
    lines?: number[],
  ): BudgetForReachResponse => ({
    feasible: false,
    code,
    reason,
    maxReach,
    ...(lines && { lines }),
    assumptions: context.log.list(),
  })
  if (target >= audienceMax)
    return infeasible(
      'target_exceeds_audience',
      audienceMax,
      `the lines can reach at most ${Math.floor(audienceMax)} people of this audience`,
    )
  // A maximum, not money, stops the plan: no budget helps until the line's maximum is raised.
  const caps = bounded(context, request)
  if (caps.limiting.length > 0 && target >= caps.maxReach) {
    const named = caps.limiting.map(
      (i) => `line ${i} (${context.lines[i]!.channel}, at most ${request.lines[i]!.max} €)`,
    )
    return infeasible(
      'target_exceeds_bounds',
      caps.maxReach,
      `${named.join(' and ')} stop${caps.limiting.length === 1 ? 's' : ''} at ${caps.limiting.length === 1 ? 'its' : 'their'} maximum: with the lines held there the plan reaches at most ${Math.floor(caps.maxReach)} people; raise the maximum`,
      caps.limiting,
    )
  }
  let low = Math.max(0, floor - 1)
  let high = Math.max(floor, 100)
  let found = bestSplit(context, lo, hi, high)
  while (found.reach < target) {
    if (high >= ceiling) {
      const why = allBounded
        ? 'the line maximums stop the plan before the target'
        : 'the target needs more than a billion euros'
      return infeasible(allBounded ? 'target_exceeds_bounds' : 'target_exceeds_audience', found.reach, why)
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
