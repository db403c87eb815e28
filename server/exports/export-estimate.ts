import {
  estimateSizedPlan,
  estimateSegmentedPlan,
  guideEstimate,
  type Audience,
  type ChannelId,
  type Fee,
  type GuidedPlanEstimate,
  type LineResult,
  type Pricing,
  type RateCard,
  type ReachModel,
  type Taxonomy,
} from '../../audiences/index.js'

export type SourceLine = {
  audienceName: string
  channel: ChannelId
  budget: number
  pricing?: Pricing | undefined
  cpm?: number | undefined
  cpc?: number | undefined
  ctr?: number | undefined
  startDate?: string | undefined
  endDate?: string | undefined
  frequencyCap?: number | undefined
}
export type EstimateSettings = {
  reachModel?: ReachModel | undefined
  rateCards?: readonly RateCard[] | undefined
  // The plan's own fee (ADR 0010); else the rate cards' fees.
  fee?: Fee | undefined
}

/** The plan's estimate from its lines, each sized by its own audience and guided (as the plan routes compute it). */
export function estimateSourceLines(
  lines: readonly SourceLine[],
  audiences: ReadonlyMap<string, Audience>,
  taxonomy: Taxonomy,
  settings: EstimateSettings,
): GuidedPlanEstimate {
  const estimate = estimateSegmentedPlan(lines, (l) => l.audienceName, audiences, taxonomy, settings)
  const info = lines.map((l) => ({ segment: l.audienceName, startDate: l.startDate, endDate: l.endDate }))
  return guideEstimate(estimate, { reachModel: settings.reachModel, lines: info })
}

/** Reach of one line if its audience were at the low or the high end of its size band, at the same rates. */
export function reachRangeOf(
  line: LineResult,
  taxonomy: Taxonomy,
  settings: EstimateSettings,
): { low: number; high: number } {
  const at = (size: number) => {
    const { channel, budget, pricing, cpm, cpc, ctr } = line
    const frequencyCap = line.frequencyCap ?? undefined
    const rates = pricing === 'cpm' ? { cpm, ctr } : { cpc, ctr }
    const request = { reachModel: settings.reachModel, lines: [{ channel, budget, pricing, ...rates, frequencyCap }] }
    // Whole people, as the estimate request takes them; flooring keeps the range inside the size band.
    const audienceSize = Math.floor(size)
    if (audienceSize === 0) return 0
    return estimateSizedPlan({ ...request, lines: [{ ...request.lines[0]!, audienceSize }] }, taxonomy).lines[0]!.reach
  }
  // Flooring the band's ends can dip below the central estimate (made from an unrounded size): the range holds it.
  return {
    low: Math.min(at(line.audienceSize.low), line.reach),
    high: Math.max(at(line.audienceSize.high), line.reach),
  }
}
