import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { costOf } from './agency-fee.js'
import type { EstimateRequest, EstimateResponse, PlanEstimate } from './estimate-schema.js'
import { lineFlightDays, type FlightDates } from './flight-calendar.js'
import { isSized, preparePlan, prepareLoosePlan, type PlanInput, type PlanOptions } from './plan-context.js'
import { guidePlan } from './plan-guidance.js'
import { planAt, unsizedPlanAt } from './plan-result.js'

/** Which audience each line targets (plans of several audiences); lines of one platform and one audience overlap. */
export type EstimateOptions = PlanOptions & { segments?: readonly string[] | undefined }

const UNGUIDED = { recommendedBudget: null, warnings: [], frequencyCapSuggestion: null }

/**
 * POST /api/v1/estimate: impressions, clicks and cost per line; reach, frequency and the guidance where every line
 * has an audience size (the guidance measures reach: with a line unsized there are no warnings and no recommendation).
 */
export function estimatePlan(
  request: EstimateRequest,
  taxonomy: Taxonomy,
  options: EstimateOptions = {},
): EstimateResponse {
  const context = prepareLoosePlan(request, taxonomy, options)
  const budgets = request.lines.map((l) => l.budget)
  const days = lineFlightDays(request.lines, request.flightDays)
  const cost = costOf(budgets, context.fees)
  if (!isSized(context)) {
    const { lines, total } = unsizedPlanAt(context.lines, budgets, context.universe, days)
    const unguided = lines.map((l) => ({ ...l, ...UNGUIDED }))
    return { lines: unguided, total, cost, warnings: [], recommendedBudget: null, assumptions: context.log.list() }
  }
  const { lines, total } = planAt(context.lines, budgets, context.universe, days)
  const guided = guidePlan({
    ...{ lines: context.lines, results: lines, total, universe: context.universe, flights: request.lines },
    ...{ segments: options.segments, settings: request.guidance, log: context.log },
  })
  const { warnings, recommendedBudget } = guided
  return { lines: guided.lines, total, cost, warnings, recommendedBudget, assumptions: context.log.list() }
}

/** As estimatePlan without the guidance, for use cases that need every line sized (plans, exports): throws audience_size_unknown otherwise. */
export function estimateSizedPlan(
  request: Omit<PlanInput, 'lines'> & {
    lines: readonly (PlanInput['lines'][number] & FlightDates & { budget: number })[]
    flightDays?: number | undefined
  },
  taxonomy: Taxonomy,
  options: PlanOptions = {},
): PlanEstimate {
  const context = preparePlan(request, taxonomy, options)
  const budgets = request.lines.map((l) => l.budget)
  const days = lineFlightDays(request.lines, request.flightDays)
  const { lines, total } = planAt(context.lines, budgets, context.universe, days)
  return { lines, total, cost: costOf(budgets, context.fees), assumptions: context.log.list() }
}
