import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { allocateCents } from './budget-allocation.js'
import { pooledSainsbury } from './cross-channel-reach.js'
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

// The plan's unduplicated reach when line i reaches reachOf(i), its platform pools shared.
const totalReach = (context: PlanContext, reachOf: (i: number) => number) =>
  pooledSainsbury(
    context.universe,
    context.lines.map((l, i) => ({ pool: l.pool, poolSize: l.setup.pool, reach: reachOf(i) })),
  )

// The best split of a total for reach at least k times (k = 1: separable, the pooled Sainsbury reach).
function splitter(context: PlanContext, lo: readonly number[], hi: readonly number[], k: number) {
  if (k > 1) {
    const score = effectiveReachScore(context.lines, context.universe, k)
    return (totalCents: number): Point => {
      const cents = allocateForScore({ totalCents, lo, hi: hi.map((h) => Math.min(h, totalCents)), score })
      return { cents, reach: score(cents) }
    }
  }
  const objective = lineObjective(context.lines, context.universe, 'reach')
  return (totalCents: number): Point => {
    const cents = allocateCents({ totalCents, lo, hi: hi.map((h) => Math.min(h, totalCents)), ...objective })
    return { cents, reach: totalReach(context, (i) => lineReach(context.lines[i]!.setup, cents[i]! / 100)) }
  }
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

/** POST /api/v1/budget-for-reach: the smallest total budget whose best split reaches the target (k+ times), or why none does. */
export function budgetForReach(
  request: BudgetForReachRequest,
  taxonomy: Taxonomy,
  options: PlanOptions = {},
): BudgetForReachResponse {
  const context = preparePlan(request, taxonomy, options)
  const { targetReach: target, effectiveFrequency: k } = request
  const { lo, hi } = centBounds(request.lines, CEILING_CENTS)
  const allBounded = request.lines.every((l) => l.max !== undefined)
  const floor = lo.reduce((a, b) => a + b, 0)
  const ceiling = allBounded ? hi.reduce((a, b) => a + b, 0) : CEILING_CENTS
  const audienceMax =
    k > 1
      ? effectiveReachCeiling(context.lines, context.universe, k)
      : totalReach(context, (i) => context.lines[i]!.setup.pool)
  const infeasible = (
    code: 'target_exceeds_audience' | 'target_exceeds_bounds',
    maxReach: number,
    reason: string,
    lines?: number[],
  ): BudgetForReachResponse => ({
    feasible: false,
    code,
    reason,
    effectiveFrequency: k,
    maxReach,
    ...(lines && { lines }),
    assumptions: context.log.list(),
  })
  const times = k > 1 ? ` at least ${k} times` : ''
  if (target >= audienceMax)
    return infeasible(
      'target_exceeds_audience',
      audienceMax,
      `the lines can reach at most ${Math.floor(audienceMax)} people of this audience${times}`,
    )
  // A maximum, not money, stops the plan: no budget helps until the line's maximum is raised (1+ reach; k+ bisects).
  const caps = k === 1 ? bounded(context, request) : { limiting: [], maxReach: Number.POSITIVE_INFINITY }
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
  const bestSplit = splitter(context, lo, hi, k)
  let low = Math.max(0, floor - 1)
  let high = Math.max(floor, 100)
  let found = bestSplit(high)
  while (found.reach < target) {
    if (high >= ceiling) {
      const why = allBounded
        ? 'the line maximums stop the plan before the target'
        : 'the target needs more than a billion euros'
      return infeasible(allBounded ? 'target_exceeds_bounds' : 'target_exceeds_audience', found.reach, why)
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
