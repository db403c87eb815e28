import type { ChannelId } from '../channels/channel.js'
import type { LineResult } from './estimate-schema.js'
import { META_CAP_MAX_INTERVAL_DAYS, PLATFORM_MINIMUMS, PLATFORM_OF, takesFrequencyCap } from './guidance-defaults.js'
import { euros, people, percent, times } from './guidance-format.js'
import type { CapSuggestion, FrequencyRange, RecommendedBudget, Warning } from './guidance-schema.js'
import { deliverLine, type LineSetup } from './line-delivery.js'
import { budgetForFrequency, marginalShare, recommendedBudget } from './marginal-reach.js'

export type ResolvedGuidance = { threshold: number; ranges: Record<ChannelId, FrequencyRange> }
export type GuidedLine = { index: number; setup: LineSetup; result: LineResult; flightDays: number | null }
export type LineGuidance = {
  recommendedBudget: RecommendedBudget | null
  warnings: Warning[]
  frequencyCapSuggestion: CapSuggestion | null
}

const nameOf = (line: GuidedLine) => `lines[${line.index}] (${line.result.channel})`

function platformSetting(cap: number, days: number | null, platform: string): CapSuggestion['platformSetting'] {
  if (days === null) return null
  if (platform === 'meta') {
    const interval = Math.min(days, META_CAP_MAX_INTERVAL_DAYS)
    return { platform: 'meta', maxFrequency: Math.max(1, Math.floor((cap * interval) / days)), intervalDays: interval }
  }
  // A weekly cap w allows w × (weeks the flight touches) over the flight: w = ⌊cap / ⌈days / 7⌉⌋ stays within it.
  return { platform: 'google', impressions: Math.max(1, Math.floor(cap / Math.ceil(days / 7))), timeUnit: 'WEEK' }
}

/** A cap at the range's ceiling for a line whose frequency is above it, on a channel that takes caps. */
export function capSuggestion(line: GuidedLine, range: FrequencyRange): CapSuggestion | null {
  const { setup, result } = line
  if (!takesFrequencyCap(result.channel, result.pricing) || result.frequency <= range.max) return null
  const cap = Math.max(1, Math.floor(range.max))
  if (setup.frequencyCap !== null && setup.frequencyCap <= cap) return null
  const d = deliverLine({ ...setup, frequencyCap: cap }, result.budget)
  const setting = platformSetting(cap, line.flightDays, PLATFORM_OF[result.channel])
  return {
    frequencyCap: cap,
    reach: d.reach,
    frequency: d.frequency,
    impressions: d.impressions,
    spend: d.spend,
    platformSetting: setting,
  }
}

function frequencyWarnings(line: GuidedLine, range: FrequencyRange, cap: CapSuggestion | null): Warning[] {
  const { result, setup } = line
  // The range's source is in the assumptions (guidance.frequencyRange), once for the whole answer.
  const base = {
    severity: 'warning' as const,
    line: line.index,
    frequency: result.frequency,
    range,
    ...(line.flightDays === null ? {} : { flightDays: line.flightDays }),
  }
  const over = line.flightDays === null ? 'over the flight' : `over the ${line.flightDays}-day flight`
  const seen = `${nameOf(line)}: people reached see the ads ${times(result.frequency)} times on average ${over}`
  if (result.frequency > range.max) {
    const lower = budgetForFrequency(setup, range.max)
    const action: Warning['action'] = cap
      ? {
          code: 'set_frequency_cap',
          frequencyCap: cap.frequencyCap,
          message: `Cap at ${cap.frequencyCap} per person: reach ${people(result.reach)} → ${people(cap.reach)}, spend ${euros(result.spend)} → ${euros(cap.spend)}.`,
        }
      : {
          code: 'lower_budget',
          ...(lower === null ? {} : { budget: lower }),
          message: `Lower the budget${lower === null ? '' : ` to ${euros(lower)}`} (this channel takes no frequency cap).`,
        }
    return [
      {
        ...base,
        code: 'frequency_above_range',
        message: `${seen}, above the effective range ${range.min}–${range.max}.`,
        action,
      },
    ]
  }
  if (result.frequency >= range.min || result.reach <= 0) return []
  const raise = budgetForFrequency(setup, range.min)
  return [
    {
      ...base,
      code: 'frequency_below_range',
      message: `${seen}, below the effective range ${range.min}–${range.max}.`,
      action: {
        code: 'raise_budget',
        ...(raise === null ? {} : { budget: raise }),
        message:
          raise === null
            ? 'Raise the frequency cap: it stops below the range.'
            : `Raise the budget to ${euros(raise)}.`,
      },
    },
  ]
}

function diminishingWarning(line: GuidedLine, threshold: number, recommended: RecommendedBudget): Warning[] {
  const { result, setup } = line
  const share = marginalShare(setup, result.budget)
  if (share >= threshold || result.budget <= recommended.budget) return []
  return [
    {
      code: 'diminishing_returns',
      severity: 'warning',
      line: line.index,
      message:
        `${nameOf(line)}: beyond ${euros(recommended.budget)} each euro reaches less than ${Math.round(threshold * 100)} % ` +
        `of the people the first euro did (${percent(share)} at ${euros(result.budget)}); ` +
        `the last ${euros(result.budget - recommended.budget)} add ${people(result.reach - recommended.reach)} people.`,
      budget: result.budget,
      recommendedBudget: recommended.budget,
      marginalShare: share,
      threshold,
      reach: result.reach,
      reachAtRecommended: recommended.reach,
      action: {
        code: 'lower_budget',
        budget: recommended.budget,
        message: `Lower the budget to ${euros(recommended.budget)}: ${people(recommended.reach)} people at frequency ${times(recommended.frequency)}.`,
      },
    },
  ]
}

function sizeWarnings(line: GuidedLine, range: FrequencyRange): Warning[] {
  const { result, setup } = line
  const platform = PLATFORM_OF[result.channel]
  const { minimum, source } = PLATFORM_MINIMUMS[platform]
  const size = result.audienceSize.value
  const warnings: Warning[] = []
  if (size < minimum)
    warnings.push({
      code: 'audience_below_minimum',
      severity: 'warning',
      line: line.index,
      message: `${nameOf(line)}: about ${people(size)} people, below the ${platform} minimum of ${minimum}: the platform may not serve it.`,
      audienceSize: size,
      minimum,
      platform,
      source,
      action: {
        code: 'widen_audience',
        audienceSize: minimum,
        message: `Widen the audience to at least ${minimum} people.`,
      },
    })
  const perPerson = setup.pool > 0 ? result.impressions / setup.pool : 0
  if (perPerson > range.max) {
    const needed = Math.ceil(result.impressions / range.max)
    warnings.push({
      code: 'audience_too_small_for_budget',
      severity: 'warning',
      line: line.index,
      message: `${nameOf(line)}: the budget buys ${people(result.impressions)} impressions for ${people(setup.pool)} people, ${times(perPerson)} each, above the ceiling ${range.max}.`,
      audienceSize: setup.pool,
      impressionsPerPerson: perPerson,
      range,
      action: {
        code: 'widen_audience',
        audienceSize: needed,
        message: `This budget needs about ${people(needed)} people; widen the audience or lower the budget.`,
      },
    })
  }
  return warnings
}

/** The recommended budget, warnings and cap suggestion of one line (nothing reach-based when it reaches nobody). */
export function guideLine(line: GuidedLine, settings: ResolvedGuidance): LineGuidance {
  const range = settings.ranges[line.result.channel]
  const recommended = recommendedBudget(line.setup, settings.threshold)
  if (recommended === null || line.result.budget <= 0)
    return { recommendedBudget: recommended, warnings: sizeWarnings(line, range), frequencyCapSuggestion: null }
  const cap = capSuggestion(line, range)
  return {
    recommendedBudget: recommended,
    warnings: [
      ...sizeWarnings(line, range),
      ...frequencyWarnings(line, range, cap),
      ...diminishingWarning(line, settings.threshold, recommended),
    ],
    frequencyCapSuggestion: cap,
  }
}
