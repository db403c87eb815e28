import { pooledReach } from './cross-channel-reach.js'
import {
  PLATFORMS_OF,
  type EstimateLineResult,
  type EstimateTotal,
  type LineResult,
  type PlanTotal,
} from './estimate-schema.js'
import { boughtImpressions, deliverLine, type LineDelivery } from './line-delivery.js'
import type { LoosePlannedLine, PlannedLine } from './plan-context.js'

const common = (line: LoosePlannedLine, budget: number, flightDays?: number) => ({
  channel: line.channel,
  budget,
  dailyBudget: flightDays ? budget / flightDays : null,
  pricing: line.rates.pricing,
  cpm: line.rates.cpm,
  cpc: line.rates.cpc,
  ctr: line.rates.ctr,
  frequencyCap: line.setup.frequencyCap,
})

/** One line of a response: the delivery at its budget beside its rates and audience sizes. */
export function lineResult(
  line: PlannedLine,
  budget: number,
  flightDays?: number | undefined,
): LineResult & { delivery: LineDelivery } {
  const d = deliverLine(line.setup, budget)
  return {
    ...common(line, budget, flightDays),
    spend: d.spend,
    impressions: d.impressions,
    clicks: d.clicks,
    reach: d.reach,
    frequency: d.frequency,
    reachAtLeast: d.reachAtLeast,
    audienceSize: { ...line.audienceSize },
    idealAudienceSize: line.idealAudienceSize && { ...line.idealAudienceSize },
    sizeReason: line.sizeReason,
    delivery: d,
  }
}

/** The plan's total: sums, unduplicated reach and k+ reach over the universe, and reach per platform pool. */
export function planTotal(
  universe: number,
  lines: readonly LineResult[],
  planned: readonly Pick<PlannedLine, 'pool' | 'setup'>[],
): PlanTotal {
  const sum = (pick: (l: LineResult) => number) => lines.reduce((t, l) => t + pick(l), 0)
  const pooled = pooledReach(
    universe,
    lines.map((l, i) => ({ pool: planned[i]!.pool, poolSize: planned[i]!.setup.pool, ...l })),
  )
  const impressions = sum((l) => l.impressions)
  const platforms = pooled.pools.map((p) => {
    const members = lines.filter((_, i) => planned[i]!.pool === p.pool)
    return {
      platform: PLATFORMS_OF[members[0]!.channel],
      channels: [...new Set(members.map((m) => m.channel))],
      pool: p.size,
      reach: p.reach,
    }
  })
  return {
    budget: sum((l) => l.budget),
    spend: sum((l) => l.spend),
    impressions,
    clicks: sum((l) => l.clicks),
    reach: pooled.reach,
    frequency: pooled.reach > 0 ? impressions / pooled.reach : 0,
    grp: universe > 0 ? (100 * impressions) / universe : 0,
    reachAtLeast: pooled.reachAtLeast,
    universe,
    platforms,
  }
}

/** Lines and total of a plan at the given budgets (each line's daily budget over its flight days), without the internal delivery records. */
export function planAt(
  lines: readonly PlannedLine[],
  budgets: readonly number[],
  universe: number,
  flightDays: readonly (number | undefined)[] = [],
): { lines: LineResult[]; total: PlanTotal } {
  const results = lines.map((line, i) => {
    const { delivery: _delivery, ...result } = lineResult(line, budgets[i]!, flightDays[i])
    return result
  })
  return { lines: results, total: planTotal(universe, results, lines) }
}

const UNSIZED = {
  code: 'audience_size_missing',
  message:
    'reach and frequency need an audience or an audienceSize: impressions, clicks and cost come from budget and rates alone',
}

// /estimate adds each line's guidance to these (none when a line is unsized).
type DeliveredLine = Omit<EstimateLineResult, 'recommendedBudget' | 'warnings' | 'frequencyCapSuggestion'>

/** A plan some of whose lines nothing sizes: every line's delivery from budget and rates, reach only where sized. */
export function unsizedPlanAt(
  lines: readonly LoosePlannedLine[],
  budgets: readonly number[],
  universe: number | null,
  flightDays: readonly (number | undefined)[] = [],
): { lines: DeliveredLine[]; total: EstimateTotal } {
  const results = lines.map((line, i): DeliveredLine => {
    const budget = budgets[i]!
    if (line.audienceSize !== null) {
      const { delivery: _delivery, ...sized } = lineResult(
        { ...line, audienceSize: line.audienceSize },
        budget,
        flightDays[i],
      )
      return { ...sized, reachUnavailable: null }
    }
    const impressions = boughtImpressions(line.setup, budget)
    const clicks = line.setup.pricing === 'cpc' ? budget / line.setup.cpc : impressions * line.setup.ctr
    return {
      ...common(line, budget, flightDays[i]),
      spend: budget,
      impressions,
      clicks,
      reach: null,
      frequency: null,
      reachAtLeast: null,
      audienceSize: null,
      idealAudienceSize: null,
      sizeReason: null,
      reachUnavailable: UNSIZED,
    }
  })
  const sum = (pick: (l: DeliveredLine) => number) => results.reduce((t, l) => t + pick(l), 0)
  const total: EstimateTotal = {
    budget: sum((l) => l.budget),
    spend: sum((l) => l.spend),
    impressions: sum((l) => l.impressions),
    clicks: sum((l) => l.clicks),
    reach: null,
    frequency: null,
    grp: universe !== null && universe > 0 ? (100 * sum((l) => l.impressions)) / universe : null,
    reachAtLeast: null,
    universe,
    reachUnavailable: {
      code: 'audience_size_missing',
      message: 'a line without an audience size leaves the unduplicated reach unknown',
    },
  }
  return { lines: results, total }
}
