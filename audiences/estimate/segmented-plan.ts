import type { Audience } from '../model/audience-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { estimatePlan } from './estimate-plan.js'
import type { EstimateLine, EstimateResponse } from './estimate-schema.js'
import type { RateCard } from './rate-card.js'
import type { ReachModel } from './reach-model.js'

export type DatedLine = EstimateLine & { startDate?: string | undefined; endDate?: string | undefined }
export type SegmentSettings = { reachModel?: ReachModel | undefined; rateCards?: readonly RateCard[] | undefined }

const DAY_MS = 86_400_000

// The flight runs from the earliest start to the latest end when every line has both dates.
function flightDaysOf(lines: readonly DatedLine[]): number | undefined {
  if (!lines.every((l) => l.startDate && l.endDate)) return undefined
  const start = Math.min(...lines.map((l) => Date.parse(l.startDate!)))
  const end = Math.max(...lines.map((l) => Date.parse(l.endDate!)))
  return Math.round((end - start) / DAY_MS) + 1
}

/**
 * A plan whose lines name their audience (segment): one audience → estimatePlan as is; several → each line sized by
 * its own audience, reach unduplicated over the sum of the segments' populations (an assumption, listed).
 */
export function estimateSegmentedPlan<L extends DatedLine>(
  lines: readonly L[],
  segmentOf: (line: L) => string,
  audiences: ReadonlyMap<string, Audience>,
  taxonomy: Taxonomy,
  settings: SegmentSettings,
): EstimateResponse {
  const options = { rateCards: settings.rateCards }
  const flightDays = flightDaysOf(lines)
  const lineOf = ({ channel, budget, pricing, cpm, cpc, ctr, audienceSize, frequencyCap }: L): EstimateLine => ({
    channel,
    budget,
    ...{ pricing, cpm, cpc, ctr, audienceSize, frequencyCap },
  })
  const request = (audience: Audience | undefined, group: readonly L[]) => ({
    audience,
    reachModel: settings.reachModel,
    flightDays,
    lines: group.map(lineOf),
  })
  const segments = [...new Set(lines.map(segmentOf))]
  if (segments.length === 1) return estimatePlan(request(audiences.get(segments[0]!), lines), taxonomy, options)
  const sizes = new Map<L, number>()
  let universe = 0
  for (const segment of segments) {
    const group = lines.filter((l) => segmentOf(l) === segment)
    const estimate = estimatePlan(request(audiences.get(segment), group), taxonomy, options)
    // Whole people, as an estimate request takes them.
    group.forEach((line, i) => sizes.set(line, Math.round(estimate.lines[i]!.audienceSize.value)))
    universe += Math.ceil(estimate.total.universe)
  }
  const combined = estimatePlan(
    {
      reachModel: settings.reachModel,
      flightDays,
      universe,
      lines: lines.map((l) => ({ ...lineOf(l), audienceSize: sizes.get(l) })),
    },
    taxonomy,
    options,
  )
  const note = {
    factor: 'universe',
    value: universe,
    source:
      "kohde assumption: the plan's audiences are disjoint segments; the universe is the sum of their populations",
  }
  return { ...combined, assumptions: [note, ...combined.assumptions.filter((a) => a.factor !== 'universe')] }
}
