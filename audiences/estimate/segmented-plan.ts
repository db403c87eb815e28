import type { Audience } from '../model/audience-schema.js'
import type { Fee } from './agency-fee.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { estimateSizedPlan } from './estimate-plan.js'
import type { EstimateLine, LineResult, PlanEstimate } from './estimate-schema.js'
import type { RateCard } from './rate-card.js'
import type { ReachModel } from './reach-model.js'

export type DatedLine = EstimateLine
export type SegmentSettings = {
  reachModel?: ReachModel | undefined
  rateCards?: readonly RateCard[] | undefined
  fee?: Fee | undefined
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
): PlanEstimate {
  const options = { rateCards: settings.rateCards }
  const lineOf = (l: L): EstimateLine => {
    const { channel, budget, pricing, cpm, cpc, ctr, audienceSize, frequencyCap, startDate, endDate } = l
    return { channel, budget, ...{ pricing, cpm, cpc, ctr, audienceSize, frequencyCap, startDate, endDate } }
  }
  const request = (audience: Audience | undefined, group: readonly L[]) => ({
    audience,
    reachModel: settings.reachModel,
    fee: settings.fee,
    lines: group.map(lineOf),
  })
  const segments = [...new Set(lines.map(segmentOf))]
  if (segments.length === 1) return estimateSizedPlan(request(audiences.get(segments[0]!), lines), taxonomy, options)
  const alone = new Map<L, LineResult>()
  let universe = 0
  for (const segment of segments) {
    const group = lines.filter((l) => segmentOf(l) === segment)
    const estimate = estimateSizedPlan(request(audiences.get(segment), group), taxonomy, options)
    group.forEach((line, i) => alone.set(line, estimate.lines[i]!))
    universe += Math.ceil(estimate.total.universe)
  }
  const combined = estimateSizedPlan(
    {
      reachModel: settings.reachModel,
      fee: settings.fee,
      universe,
      // Whole people, as an estimate request takes them; a platform's pool is shared within a segment only.
      lines: lines.map((l) => ({
        ...lineOf(l),
        audienceSize: Math.round(alone.get(l)!.audienceSize.value),
        segment: segmentOf(l),
      })),
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
  // The combined estimate takes each size as a given number, which has no band; each line keeps the band its
  // audience's own estimate had (around the whole-people value), so reach ranges stay ranges.
  const withBands = combined.lines.map((line, i) => {
    const own = alone.get(lines[i]!)!
    const band = own.audienceSize
    const { value } = line.audienceSize
    return {
      ...line,
      audienceSize: { low: Math.min(band.low, value), value, high: Math.max(band.high, value) },
      idealAudienceSize: own.idealAudienceSize ?? null,
      sizeReason: own.sizeReason ?? null,
    }
  })
  return {
    ...combined,
    lines: withBands,
    assumptions: [note, ...combined.assumptions.filter((a) => a.factor !== 'universe')],
  }
}
