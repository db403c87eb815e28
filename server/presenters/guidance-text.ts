import type { CapSuggestion, Warning } from '../../audiences/index.js'
import { formatDecimal, formatMoney, formatNumber, formatPercent } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'

const PLATFORMS = { google: 'Google', meta: 'Meta', linkedin: 'LinkedIn' } as const

/** A warning as one sentence in the page's language, its numbers formatted there. */
export function warningText(t: Translate, locale: Locale, w: Warning, labels: readonly string[]): string {
  const line = w.line === undefined ? t('guidance.plan') : labels[w.line]!
  const n = (v: number | undefined) => formatNumber(locale, v ?? 0)
  // A range reads as typed: 1–10, or 2,5–8.
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  const range = { min: plain.format(w.range?.min ?? 0), max: plain.format(w.range?.max ?? 0) }
  switch (w.code) {
    case 'frequency_above_range':
    case 'frequency_below_range': {
      const key = w.code === 'frequency_above_range' && w.flightDays !== undefined ? `${w.code}.days` : w.code
      return t(`guidance.w.${key}`, {
        line,
        frequency: formatDecimal(locale, w.frequency ?? 0),
        days: n(w.flightDays),
        ...range,
      })
    }
    case 'diminishing_returns':
      return t('guidance.w.diminishing_returns', {
        line,
        recommended: formatMoney(locale, w.recommendedBudget ?? 0),
        threshold: formatPercent(locale, w.threshold ?? 0),
        share: formatPercent(locale, w.marginalShare ?? 0),
        extra: formatMoney(locale, (w.budget ?? 0) - (w.recommendedBudget ?? 0)),
        people: n((w.reach ?? 0) - (w.reachAtRecommended ?? 0)),
      })
    case 'audience_below_minimum':
      return t('guidance.w.audience_below_minimum', {
        ...{ line, size: n(w.audienceSize), minimum: n(w.minimum) },
        platform: PLATFORMS[w.platform ?? 'google'],
      })
    case 'audience_too_small_for_budget':
      return t('guidance.w.audience_too_small_for_budget', {
        ...{ line, size: n(w.audienceSize), max: range.max },
        impressions: n((w.impressionsPerPerson ?? 0) * (w.audienceSize ?? 0)),
        perPerson: formatDecimal(locale, w.impressionsPerPerson ?? 0),
      })
    case 'lines_overlap':
      return t('guidance.w.lines_overlap', {
        ...{ line, other: labels[w.otherLine ?? 0]!, people: n(w.sharedPeople) },
        platform: PLATFORMS[w.platform ?? 'google'],
      })
  }
}

/** What to do about a warning, in the page's language; a cap's effect comes from the line's cap suggestion. */
export function actionText(
  t: Translate,
  locale: Locale,
  w: Warning,
  line: { reach: number; spend: number; frequencyCapSuggestion: CapSuggestion | null } | null,
): string {
  const { action } = w
  const money = (v: number) => formatMoney(locale, v)
  switch (action.code) {
    case 'set_frequency_cap': {
      const cap = line?.frequencyCapSuggestion
      return t('guidance.a.set_frequency_cap', {
        cap: action.frequencyCap ?? 0,
        reachNow: formatNumber(locale, line?.reach ?? 0),
        reachCap: formatNumber(locale, cap?.reach ?? 0),
        spendNow: money(line?.spend ?? 0),
        spendCap: money(cap?.spend ?? 0),
      })
    }
    case 'lower_budget':
    case 'raise_budget':
      return action.budget === undefined
        ? t(`guidance.a.${action.code}.plain`)
        : t(`guidance.a.${action.code}`, { budget: money(action.budget) })
    case 'widen_audience':
      return t('guidance.a.widen_audience', { people: formatNumber(locale, action.audienceSize ?? 0) })
    case 'merge_lines':
      return t('guidance.a.merge_lines')
  }
}

/** A cap in the platform's own terms, or how to get there. */
export function capSettingText(t: Translate, cap: CapSuggestion): string {
  const s = cap.platformSetting
  if (s === null) return t('guidance.caps.noFlight')
  return s.platform === 'meta'
    ? t('guidance.caps.meta', { max: s.maxFrequency, days: s.intervalDays })
    : t('guidance.caps.google', { max: s.impressions })
}
