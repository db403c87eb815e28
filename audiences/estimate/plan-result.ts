import { combineReach } from './cross-channel-reach.js'
import type { LineResult, PlanTotal } from './estimate-schema.js'
import { deliverLine, type LineDelivery } from './line-delivery.js'
import type { PlannedLine } from './plan-context.js'

/** One line of a response: the delivery at its budget beside its rates and audience size. */
export function lineResult(
  line: PlannedLine,
  budget: number,
  flightDays?: number | undefined,
): LineResult & { delivery: LineDelivery } {
  const d = deliverLine(line.setup, budget)
  return {
    channel: line.channel,
    budget,
    spend: d.spend,
    dailyBudget: flightDays ? budget / flightDays : null,
    pricing: line.rates.pricing,
    impressions: d.impressions,
    clicks: d.clicks,
    reach: d.reach,
    frequency: d.frequency,
    reachAtLeast: d.reachAtLeast,
    audienceSize: { ...line.audienceSize },
    cpm: line.rates.cpm,
    cpc: line.rates.cpc,
    ctr: line.rates.ctr,
    frequencyCap: line.setup.frequencyCap,
    delivery: d,
  }
}

/** The plan's total: sums, and unduplicated reach and k+ reach over the universe. */
export function planTotal(universe: number, lines: readonly LineResult[]): PlanTotal {
  const sum = (pick: (l: LineResult) => number) => lines.reduce((t, l) => t + pick(l), 0)
  const { reach, reachAtLeast } = combineReach(universe, lines)
  const impressions = sum((l) => l.impressions)
  return {
    budget: sum((l) => l.budget),
    spend: sum((l) => l.spend),
    impressions,
    clicks: sum((l) => l.clicks),
    reach,
    frequency: reach > 0 ? impressions / reach : 0,
    grp: universe > 0 ? (100 * impressions) / universe : 0,
    reachAtLeast,
    universe,
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
  return { lines: results, total: planTotal(universe, results) }
}
