import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { EstimateRequest, EstimateResponse } from './estimate-schema.js'
import { preparePlan, type PlanOptions } from './plan-context.js'
import { planAt } from './plan-result.js'

/** POST /api/v1/estimate: impressions, clicks, reach and frequency per line and unduplicated in total. */
export function estimatePlan(
  request: EstimateRequest,
  taxonomy: Taxonomy,
  options: PlanOptions = {},
): EstimateResponse {
  const context = preparePlan(request, taxonomy, options)
  const budgets = request.lines.map((l) => l.budget)
  const { lines, total } = planAt(context.lines, budgets, context.universe, request.flightDays)
  return { lines, total, assumptions: context.log.list() }
}
