import { CHANNEL_IDS, type ChannelId } from '../channels/channel.js'
import type { AssumptionLog } from './assumption-log.js'
import type { LineResult, PlanTotal } from './estimate-schema.js'
import { flightDays, type FlightDates } from './flight-calendar.js'
import {
  AUCTION_OVERLAP_SOURCE,
  CAP_SOURCES,
  DEFAULT_FREQUENCY_RANGE,
  DEFAULT_MARGINAL_THRESHOLD,
  FREQUENCY_RANGE_SOURCE,
  MARGINAL_THRESHOLD_SOURCE,
  PLATFORM_OF,
} from './guidance-defaults.js'
import { euros, people } from './guidance-format.js'
import type { GuidanceSettings, PlanRecommendation, Warning } from './guidance-schema.js'
import { guideLine, type LineGuidance, type ResolvedGuidance } from './line-guidance.js'
import type { PlannedLine } from './plan-context.js'
import { planRecommendation } from './plan-recommendation.js'

export type GuidanceInput = {
  lines: readonly PlannedLine[]
  results: readonly LineResult[]
  total: PlanTotal
  universe: number
  /** Per line: its flight dates, if any. */
  flights: readonly FlightDates[]
  /** Per line: which audience it targets; lines of one platform and one audience overlap. */
  segments?: readonly string[] | undefined
  settings?: GuidanceSettings | undefined
  log: AssumptionLog
}
export type GuidedPlan = {
  lines: (LineResult & LineGuidance)[]
  warnings: Warning[]
  recommendedBudget: PlanRecommendation | null
}

/** The threshold and ranges a plan is measured against: the request's, else kohde's defaults (logged with sources). */
export function resolveGuidance(
  settings: GuidanceSettings | undefined,
  channels: readonly ChannelId[],
  log: AssumptionLog,
) {
  const threshold = settings?.marginalThreshold ?? DEFAULT_MARGINAL_THRESHOLD
  log.add(
    'guidance.marginalThreshold',
    threshold,
    settings?.marginalThreshold ? 'request' : MARGINAL_THRESHOLD_SOURCE,
    { code: settings?.marginalThreshold ? 'request' : 'guidance.marginalThreshold' },
  )
  const ranges = Object.fromEntries(
    CHANNEL_IDS.map((c) => [c, settings?.frequencyRanges?.[c] ?? DEFAULT_FREQUENCY_RANGE]),
  ) as ResolvedGuidance['ranges']
  // The default's long source once, naming the channels on it; a range the request gives, per channel.
  const used = [...new Set(channels)]
  const defaults = used.filter((c) => !settings?.frequencyRanges?.[c])
  const { min, max } = DEFAULT_FREQUENCY_RANGE
  if (defaults.length > 0)
    log.add('guidance.frequencyRange', `${min}–${max} (${defaults.join(', ')})`, FREQUENCY_RANGE_SOURCE, {
      code: 'guidance.frequencyRange',
    })
  for (const c of used.filter((u) => settings?.frequencyRanges?.[u]))
    log.add(`guidance.frequencyRange.${c}`, `${ranges[c].min}–${ranges[c].max}`, 'request', { code: 'request' })
  return { threshold, ranges }
}

const overlapping = (a: FlightDates, b: FlightDates) =>
  flightDays(a) === null || flightDays(b) === null || (a.startDate! <= b.endDate! && b.startDate! <= a.endDate!)

function overlapWarnings(input: GuidanceInput): Warning[] {
  const warnings: Warning[] = []
  const { results, lines, flights } = input
  const segments = input.segments ?? results.map(() => '')
  for (let j = 1; j < results.length; j++)
    for (let i = 0; i < j; i++) {
      const [a, b] = [results[i]!, results[j]!]
      const platform = PLATFORM_OF[a.channel]
      if (platform !== PLATFORM_OF[b.channel] || segments[i] !== segments[j] || a.budget <= 0 || b.budget <= 0) continue
      if (!overlapping(flights[i]!, flights[j]!)) continue
      // Both lines draw their people at random from one platform pool, the larger of the two.
      const pool = Math.max(lines[i]!.setup.pool, lines[j]!.setup.pool)
      const shared = pool > 0 ? (a.reach * b.reach) / pool : 0
      warnings.push({
        code: 'lines_overlap',
        severity: a.channel === b.channel ? 'warning' : 'info',
        line: j,
        otherLine: i,
        message: `lines[${i}] (${a.channel}) and lines[${j}] (${b.channel}) buy the same audience on ${platform} at the same time: they compete in the same auctions; about ${people(shared)} people are reached by both.`,
        platform,
        sharedPeople: shared,
        action: {
          code: 'merge_lines',
          message: 'Merge them into one line (one ad set with both placements), or split the audience or the flights.',
        },
      })
    }
  if (warnings.length > 0)
    input.log.add('guidance.overlap', 'same platform, same audience, overlapping flights', AUCTION_OVERLAP_SOURCE, {
      code: 'guidance.overlap',
    })
  return warnings
}

function totalFrequencyWarning(
  input: GuidanceInput,
  settings: ResolvedGuidance,
  plan: PlanRecommendation | null,
): Warning[] {
  const { total, results } = input
  const max = Math.max(...results.map((r) => settings.ranges[r.channel].max))
  const min = Math.min(...results.map((r) => settings.ranges[r.channel].min))
  if (total.reach <= 0 || total.frequency <= max) return []
  const lower = plan && plan.budget < total.budget ? { budget: plan.budget } : {}
  return [
    {
      code: 'frequency_above_range',
      severity: 'warning',
      message: `The plan: people reached see the ads ${total.frequency.toFixed(1)} times on average across its lines, above the effective range ${min}–${max}.`,
      frequency: total.frequency,
      range: { min, max },
      action: {
        code: 'lower_budget',
        ...lower,
        message: plan
          ? `Scale the plan to ${euros(plan.budget)}, where its reach curve flattens.`
          : 'Lower the budgets.',
      },
    },
  ]
}

/** Every line's recommended budget, cap suggestion and warnings, the plan's warnings and its recommended budget. */
export function guidePlan(input: GuidanceInput): GuidedPlan {
  const settings = resolveGuidance(
    input.settings,
    input.results.map((r) => r.channel),
    input.log,
  )
  const guided = input.results.map((result, index) =>
    guideLine(
      { index, setup: input.lines[index]!.setup, result, flightDays: flightDays(input.flights[index] ?? {}) },
      settings,
    ),
  )
  const budgets = input.results.map((r) => r.budget)
  const plan = planRecommendation(input.lines, budgets, input.universe, settings.threshold)
  if (guided.some((g) => g.frequencyCapSuggestion !== null))
    input.log.add(
      'guidance.frequencyCap',
      'the capped-exposure model of frequencyCap.model',
      `${CAP_SOURCES.meta}; ${CAP_SOURCES.google}`,
    )
  const warnings = [
    ...totalFrequencyWarning(input, settings, plan),
    ...guided.flatMap((g) => g.warnings),
    ...overlapWarnings(input),
  ]
  const lines = input.results.map((result, i) => ({
    ...result,
    ...guided[i]!,
    warnings: warnings.filter((w) => w.line === i),
  }))
  return { lines, warnings, recommendedBudget: plan }
}
