import {
  estimatePlan,
  type Audience,
  type ChannelId,
  type EstimateLine,
  type EstimateResponse,
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
export type EstimateSettings = { reachModel?: ReachModel | undefined; rateCards?: readonly RateCard[] | undefined }

const DAY_MS = 86_400_000

// The flight runs from the earliest start to the latest end when every line has both dates (as the plan routes do).
export function flightDaysOf(lines: readonly SourceLine[]): number | undefined {
  if (!lines.every((l) => l.startDate && l.endDate)) return undefined
  const start = Math.min(...lines.map((l) => Date.parse(l.startDate!)))
  const end = Math.max(...lines.map((l) => Date.parse(l.endDate!)))
  return Math.round((end - start) / DAY_MS) + 1
}

const estimateLineOf = ({ audienceName: _a, startDate: _s, endDate: _e, ...line }: SourceLine): EstimateLine => line

/**
 * One audience → estimatePlan as is; several (one segment per audience) → each line sized by its own audience and
 * reach unduplicated over the sum of the segments' populations, as server/routes/plan-estimate.ts does.
 */
export function estimateSourceLines(
  lines: readonly SourceLine[],
  audiences: ReadonlyMap<string, Audience>,
  taxonomy: Taxonomy,
  settings: EstimateSettings,
): EstimateResponse {
  const options = { rateCards: settings.rateCards }
  const flightDays = flightDaysOf(lines)
  const names = [...new Set(lines.map((l) => l.audienceName))]
  const request = (audience: Audience | undefined, group: readonly SourceLine[]) => ({
    audience,
    reachModel: settings.reachModel,
    flightDays,
    lines: group.map(estimateLineOf),
  })
  if (names.length === 1) return estimatePlan(request(audiences.get(names[0]!), lines), taxonomy, options)
  const sizes = new Map<SourceLine, number>()
  let universe = 0
  for (const name of names) {
    const group = lines.filter((l) => l.audienceName === name)
    const estimate = estimatePlan(request(audiences.get(name), group), taxonomy, options)
    group.forEach((line, i) => sizes.set(line, Math.round(estimate.lines[i]!.audienceSize.value)))
    universe += Math.ceil(estimate.total.universe)
  }
  const lineRequests = lines.map((l) => ({ ...estimateLineOf(l), audienceSize: sizes.get(l) }))
  const combined = estimatePlan(
    { reachModel: settings.reachModel, flightDays, universe, lines: lineRequests },
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
    return estimatePlan({ ...request, lines: [{ ...request.lines[0]!, audienceSize }] }, taxonomy).lines[0]!.reach
  }
  // Flooring the band's ends can dip below the central estimate (made from an unrounded size): the range holds it.
  return {
    low: Math.min(at(line.audienceSize.low), line.reach),
    high: Math.max(at(line.audienceSize.high), line.reach),
  }
}
