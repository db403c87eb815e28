import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { allocateCents, evenSplit } from './budget-allocation.js'
import type { LineResult, Objective, OptimizeRequest, OptimizeResponse, PlanTotal } from './estimate-schema.js'
import { assertSplittable, centBounds, type LineBounds } from './plan-bounds.js'
import { preparePlan, type PlanContext, type PlanOptions } from './plan-context.js'
import { lineObjective } from './plan-objective.js'
import { planAt } from './plan-result.js'

const score = (total: PlanTotal, objective: Objective) => (objective === 'reach' ? total.reach : total.clicks)

/** Budgets in euros that add up to the total: whole cents, plus any sub-cent remainder on a line with room for it. */
function toEuros(cents: readonly number[], total: number, min: readonly number[], max: readonly number[]): number[] {
  const budgets = cents.map((c) => c / 100)
  const remainder = total - budgets.reduce((a, b) => a + b, 0)
  const k = budgets.findIndex((b, i) => b + remainder >= min[i]! && b + remainder <= max[i]!)
  if (k >= 0) budgets[k] = budgets[k]! + remainder
  return budgets
}

type Split = { lines: LineResult[]; total: PlanTotal }

/** The best split of a total budget within per-line bounds, and the even split beside it. */
export function optimizeContext(
  context: PlanContext,
  lines: readonly LineBounds[],
  totalBudget: number,
  objective: Objective,
  flightDays?: number,
): { best: Split; even: Split } {
  const totalCents = Math.round(totalBudget * 100)
  const bounds = centBounds(lines, totalCents)
  assertSplittable(totalCents, bounds)
  const min = lines.map((l) => l.min ?? 0)
  const max = lines.map((l) => l.max ?? totalBudget)
  const cents = allocateCents({
    totalCents,
    ...bounds,
    ...lineObjective(context.lines, context.universe, objective),
  })
  const optimum = planAt(context.lines, toEuros(cents, totalBudget, min, max), context.universe, flightDays)
  const even = planAt(context.lines, evenSplit(totalBudget, min, max), context.universe, flightDays)
  context.log.add(
    'optimizer',
    'greedy 1/256 increments to the best marginal return and one start per line filled first, each refined by pairwise exchanges down to 1 cent; the best is kept',
    'planning-science.md: budget allocation with diminishing returns (KKT)',
  )
  return { best: score(even.total, objective) > score(optimum.total, objective) ? even : optimum, even }
}

/** POST /api/v1/optimize: the split of a total budget that maximises unduplicated reach or clicks, beside the even split. */
export function optimizePlan(
  request: OptimizeRequest,
  taxonomy: Taxonomy,
  options: PlanOptions = {},
): OptimizeResponse {
  const context = preparePlan(request, taxonomy, options)
  const { best, even } = optimizeContext(
    context,
    request.lines,
    request.totalBudget,
    request.objective,
    request.flightDays,
  )
  return {
    objective: request.objective,
    lines: best.lines,
    total: best.total,
    evenSplit: even,
    assumptions: context.log.list(),
  }
}
