import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { EstimateRequest, EstimateResponse } from './estimate-schema.js'
import { lineFlightDays } from './flight-calendar.js'
import { preparePlan, type PlanOptions } from './plan-context.js'
import { guidePlan } from './plan-guidance.js'
import { planAt } from './plan-result.js'

/** Which audience each line targets (plans of several audiences); lines of one platform and one audience overlap. */
export type EstimateOptions = PlanOptions & { segments?: readonly string[] | undefined }

/** POST /api/v1/estimate: impressions, clicks, reach and frequency per line and unduplicated in total, with guidance. */
export function estimatePlan(
  request: EstimateRequest,
  taxonomy: Taxonomy,
  options: EstimateOptions = {},
): EstimateResponse {
  const context = preparePlan(request, taxonomy, options)
  const budgets = request.lines.map((l) => l.budget)
  const days = lineFlightDays(request.lines, request.flightDays)
  const { lines, total } = planAt(context.lines, budgets, context.universe, days)
  const guided = guidePlan({
    ...{ lines: context.lines, results: lines, total, universe: context.universe, flights: request.lines },
    ...{ segments: options.segments, settings: request.guidance, log: context.log },
  })
  const { warnings, recommendedBudget } = guided
  return { lines: guided.lines, total, warnings, recommendedBudget, assumptions: context.log.list() }
}
