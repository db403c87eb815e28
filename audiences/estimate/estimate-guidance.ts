import { costOf, type PlanCost } from './agency-fee.js'
import { AssumptionLog } from './assumption-log.js'
import { PLATFORMS_OF, type EstimatedLine, type GuidedPlanEstimate, type LineResult } from './estimate-schema.js'
import type { FlightDates } from './flight-calendar.js'
import type { GuidanceSettings } from './guidance-schema.js'
import type { LineSetup } from './line-delivery.js'
import { lineSetupOf, type PlannedLine } from './plan-context.js'
import { guidePlan } from './plan-guidance.js'
import type { ReachModel } from './reach-model.js'

/** An estimate without its guidance: a stored one, perhaps from before guidance existed. */
export type CoreEstimate = Omit<GuidedPlanEstimate, 'lines' | 'warnings' | 'recommendedBudget' | 'cost'> & {
  lines: (LineResult & Partial<Omit<EstimatedLine, keyof LineResult>>)[]
  // Absent in estimates stored before fees: net media alone.
  cost?: PlanCost | undefined
}
export type EstimateGuidanceInfo = {
  reachModel?: ReachModel | null | undefined
  settings?: GuidanceSettings | null | undefined
  /** Per line: its audience (segment) and flight dates. */
  lines: readonly (FlightDates & { segment: string })[]
}

const coreOf = (line: CoreEstimate['lines'][number]): LineResult => {
  const { recommendedBudget: _r, warnings: _w, frequencyCapSuggestion: _f, ...core } = line
  return core
}

/** The curves an estimate's lines were estimated on, rebuilt from its own numbers. */
export function estimateSetups(estimate: Pick<CoreEstimate, 'lines'>, reachModel?: ReachModel | null): LineSetup[] {
  const model = reachModel ?? { kind: 'poisson' }
  // The calibration's notes were logged when the estimate was made.
  const log = new AssumptionLog()
  return estimate.lines.map((l, i) =>
    lineSetupOf(
      { pricing: l.pricing, cpm: l.cpm, cpc: l.cpc, ctr: l.ctr },
      l.audienceSize.value,
      model,
      l.frequencyCap,
      i,
      log,
    ),
  )
}

/**
 * The guidance of an estimate made earlier, from its own numbers: each line's audience size, rates and cap rebuild
 * the curve it was estimated on, so a stored plan is guided by the settings and rules of today.
 */
export function guideEstimate(estimate: CoreEstimate, info: EstimateGuidanceInfo): GuidedPlanEstimate {
  const results = estimate.lines.map(coreOf)
  const setups = estimateSetups(estimate, info.reachModel)
  const lines = results.map((l, i): PlannedLine => ({
    channel: l.channel,
    rates: { pricing: l.pricing, cpm: l.cpm, cpc: l.cpc, ctr: l.ctr },
    audienceSize: l.audienceSize,
    idealAudienceSize: l.idealAudienceSize ?? null,
    sizeReason: l.sizeReason ?? null,
    pool: `${PLATFORMS_OF[l.channel]}:${info.lines[i]?.segment ?? ''}`,
    setup: setups[i]!,
  }))
  const log = new AssumptionLog()
  const guided = guidePlan({
    ...{ lines, results, total: estimate.total, universe: estimate.total.universe, log },
    ...{ flights: info.lines, segments: info.lines.map((l) => l.segment), settings: info.settings ?? undefined },
  })
  const kept = estimate.assumptions.filter((a) => !a.factor.startsWith('guidance.'))
  return {
    lines: guided.lines,
    total: estimate.total,
    cost:
      estimate.cost ??
      costOf(
        results.map((l) => l.budget),
        results.map(() => null),
      ),
    warnings: guided.warnings,
    recommendedBudget: guided.recommendedBudget,
    assumptions: [...kept, ...log.list()],
  }
}
