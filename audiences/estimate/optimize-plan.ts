import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { allocateCents, evenSplit } from './budget-allocation.js'
import { allocateForScore, effectiveReachScore } from './effective-reach-allocation.js'
import type { LineResult, Objective, OptimizeRequest, OptimizeResponse, PlanTotal } from './estimate-schema.js'
import { lineFlightDays } from './flight-calendar.js'
import { assertSplittable, centBounds, type LineBounds } from './plan-bounds.js'
import { preparePlan, type PlanContext, type PlanOptions } from './plan-context.js'
import { guidePlan } from './plan-guidance.js'
import { lineObjective } from './plan-objective.js'
import { planAt } from './plan-result.js'

// k+ reach for the reach objective (k = 1 is plain reach), clicks otherwise.
const score = (total: PlanTotal, objective: Objective, k: number) =>
  objective === 'reach' ? total.reachAtLeast[k - 1]! : total.clicks

/** Budgets in euros that add up to the total: whole cents, plus any sub-cent remainder on a line with room for it. */
function toEuros(cents: readonly number[], total: number, min: readonly number[], max: readonly number[]): number[] {
  const budgets = cents.map((c) => c / 100)
  const remainder = total - budgets.reduce((a, b) => a + b, 0)
  const k = budgets.findIndex((b, i) => b + remainder >= min[i]! && b + remainder <= max[i]!)
  if (k >= 0) budgets[k] = budgets[k]! + remainder
  return budgets
}

type Split = { lines: LineResult[]; total: PlanTotal }
export type SplitOptions = { flightDays?: readonly (number | undefined)[]; effectiveFrequency?: number }

/** The best split of a total budget within per-line bounds, and the even split beside it. */
export function optimizeContext(
  context: PlanContext,
  lines: readonly LineBounds[],
  totalBudget: number,
  objective: Objective,
  options: SplitOptions = {},
): { best: Split; even: Split } {
  const k = objective === 'reach' ? (options.effectiveFrequency ?? 1) : 1
  const totalCents = Math.round(totalBudget * 100)
  const bounds = centBounds(lines, totalCents)
  assertSplittable(totalCents, bounds)
  const min = lines.map((l) => l.min ?? 0)
  const max = lines.map((l) => l.max ?? totalBudget)
  const cents =
    k > 1
      ? allocateForScore({ totalCents, ...bounds, score: effectiveReachScore(context.lines, context.universe, k) })
      : allocateCents({ totalCents, ...bounds, ...lineObjective(context.lines, context.universe, objective) })
  const days = options.flightDays
  const optimum = planAt(context.lines, toEuros(cents, totalBudget, min, max), context.universe, days)
  const even = planAt(context.lines, evenSplit(totalBudget, min, max), context.universe, days)
  context.log.add(
    'optimizer',
    k > 1
      ? `greedy 1/128 increments and one start per line filled first, each refined by pairwise exchanges down to 1 cent, scoring the unduplicated ${k}+ reach of the whole split; the best is kept`
      : 'greedy 1/256 increments to the best marginal return and one start per line filled first, each refined by pairwise exchanges down to 1 cent; the best is kept',
    'planning-science.md: budget allocation with diminishing returns (KKT)',
  )
  const better = score(even.total, objective, k) > score(optimum.total, objective, k)
  return { best: better ? even : optimum, even }
}

/** POST /api/v1/optimize: the split of a total budget that maximises unduplicated (k+) reach or clicks, beside the even split. */
export function optimizePlan(
  request: OptimizeRequest,
  taxonomy: Taxonomy,
  options: PlanOptions = {},
): OptimizeResponse {
  const context = preparePlan(request, taxonomy, options)
  const flightDays = lineFlightDays(request.lines, request.flightDays)
  const { effectiveFrequency } = request
  const { best, even } = optimizeContext(context, request.lines, request.totalBudget, request.objective, {
    flightDays,
    effectiveFrequency,
  })
  const guided = guidePlan({
    ...{ lines: context.lines, results: best.lines, total: best.total, universe: context.universe },
    ...{ flights: request.lines, settings: request.guidance, log: context.log },
  })
  return {
    objective: request.objective,
    effectiveFrequency: request.objective === 'reach' ? effectiveFrequency : 1,
    lines: guided.lines,
    total: best.total,
    warnings: guided.warnings,
    recommendedBudget: guided.recommendedBudget,
    evenSplit: even,
    assumptions: context.log.list(),
  }
}
