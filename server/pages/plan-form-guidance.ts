import { CHANNEL_IDS, type ChannelId, type GuidanceSettings } from '../../audiences/index.js'
import { formatNumberInput } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'

/** The planning-check settings as typed: the threshold as a percentage, each channel's range; empty = default. */
export type GuidanceInput = { threshold: string; ranges: Record<ChannelId, { min: string; max: string }> }
type Problem = { field: string; key: string; row: null }

const text = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 20) : '')
const record = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : ({} as Record<string, unknown>)

export function readGuidanceForm(value: unknown): GuidanceInput {
  const form = record(value)
  const ranges = record(form['ranges'])
  return {
    threshold: text(form['threshold']),
    ranges: Object.fromEntries(
      CHANNEL_IDS.map((c) => [c, { min: text(record(ranges[c])['min']), max: text(record(ranges[c])['max']) }]),
    ) as GuidanceInput['ranges'],
  }
}

export function guidanceFormOf(settings: GuidanceSettings | undefined, locale: Locale = 'en'): GuidanceInput {
  const threshold = settings?.marginalThreshold
  return {
    threshold: threshold === undefined ? '' : formatNumberInput(locale, threshold * 100, 4),
    ranges: Object.fromEntries(
      CHANNEL_IDS.map((c) => {
        const r = settings?.frequencyRanges?.[c]
        return [
          c,
          { min: r ? formatNumberInput(locale, r.min, 2) : '', max: r ? formatNumberInput(locale, r.max, 2) : '' },
        ]
      }),
    ) as GuidanceInput['ranges'],
  }
}

/** The API's guidance field from the typed settings (a missing end of a range takes its default); bad numbers are problems. */
export function guidanceBodyOf(
  input: GuidanceInput,
  numberOf: (value: string) => number | null,
): { guidance: GuidanceSettings | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  const num = (value: string, field: string, key: string) => {
    const parsed = numberOf(value)
    if (parsed !== null && Number.isNaN(parsed)) problems.push({ field, key, row: null })
    return parsed === null || Number.isNaN(parsed) ? undefined : parsed
  }
  const frequencyRanges: NonNullable<GuidanceSettings['frequencyRanges']> = {}
  for (const c of CHANNEL_IDS) {
    const min = num(input.ranges[c].min, `guidance-${c}-min`, 'plan.error.guidanceRange')
    const max = num(input.ranges[c].max, `guidance-${c}-max`, 'plan.error.guidanceRange')
    if (min !== undefined || max !== undefined) frequencyRanges[c] = { min: min ?? 1, max: max ?? 10 }
  }
  const percent = num(input.threshold, 'guidance-threshold', 'plan.error.guidanceThreshold')
  const guidance: GuidanceSettings = {
    ...(Object.keys(frequencyRanges).length > 0 ? { frequencyRanges } : {}),
    ...(percent === undefined ? {} : { marginalThreshold: percent / 100 }),
  }
  return { guidance: Object.keys(guidance).length > 0 ? guidance : undefined, problems }
}

/** The form field of a schema issue under guidance (guidance.frequencyRanges.linkedin.max → guidance-linkedin-max). */
export function guidanceFieldOf(path: readonly PropertyKey[]): Problem {
  const [, part, channel, end] = path
  if (part === 'frequencyRanges' && typeof channel === 'string') {
    const field = `guidance-${channel}-${end === 'max' ? 'max' : 'min'}`
    return { field, key: 'plan.error.guidanceRange', row: null }
  }
  return { field: 'guidance-threshold', key: 'plan.error.guidanceThreshold', row: null }
}

/** The settings' fields for the builder: each channel's range and the threshold, with their errors. */
export function guidanceFieldsOf(
  input: GuidanceInput,
  errorOf: (field: string) => string | null,
  labelOf: (c: ChannelId) => string,
) {
  return {
    threshold: input.threshold,
    thresholdError: errorOf('guidance-threshold'),
    ranges: CHANNEL_IDS.map((c) => ({
      channel: c,
      label: labelOf(c),
      min: input.ranges[c].min,
      max: input.ranges[c].max,
      minError: errorOf(`guidance-${c}-min`),
      maxError: errorOf(`guidance-${c}-max`),
    })),
  }
}
