import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { EstimateRequest, EstimateResponse, PlanEstimate } from './estimate-schema.js'
import { isSized, preparePlan, prepareLoosePlan, type PlanInput, type PlanOptions } from './plan-context.js'
import { planAt, unsizedPlanAt } from './plan-result.js'

/** POST /api/v1/estimate: impressions, clicks and cost per line; reach and frequency where an audience size exists. */
export function estimatePlan(
  request: EstimateRequest,
  taxonomy: Taxonomy,
  options: PlanOptions = {},
): EstimateResponse {
  const context = prepareLoosePlan(request, taxonomy, options)
  const budgets = request.lines.map((l) => l.budget)
  if (isSized(context)) {
    const { lines, total } = planAt(context.lines, budgets, context.universe, request.flightDays)
    return { lines, total, assumptions: context.log.list() }
  }
  const { lines, total } = unsizedPlanAt(context.lines, budgets, context.universe, request.flightDays)
  return { lines, total, assumptions: context.log.list() }
}

/** As estimatePlan, for use cases that need every line sized (plans, exports): throws audience_size_unknown otherwise. */
export function estimateSizedPlan(
  request: Omit<PlanInput, 'lines'> & {
    lines: readonly (PlanInput['lines'][number] & { budget: number })[]
    flightDays?: number | undefined
  },
  taxonomy: Taxonomy,
  options: PlanOptions = {},
): PlanEstimate {
  const context = preparePlan(request, taxonomy, options)
  const { lines, total } = planAt(
    context.lines,
    request.lines.map((l) => l.budget),
    context.universe,
    request.flightDays,
  )
  return { lines, total, assumptions: context.log.list() }
}
