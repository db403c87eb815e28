import type { Locale } from './locale.js'

// Finland's conventions for fi and sv (1 234,50 €; 22.11.2026 in Finnish), Ireland's for en: a euro-area English.
const REGION: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-IE' }

type Formatters = {
  money: Intl.NumberFormat
  moneyWhole: Intl.NumberFormat
  number: Intl.NumberFormat
  decimal: Intl.NumberFormat
  percent: Intl.NumberFormat
  date: Intl.DateTimeFormat
  dateTime: Intl.DateTimeFormat
}

// Intl formatters are costly to build and safe to share: one set per locale.
const FORMATTERS = new Map<Locale, Formatters>()

function formattersOf(locale: Locale): Formatters {
  const cached = FORMATTERS.get(locale)
  if (cached) return cached
  const tag = REGION[locale]
  const made: Formatters = {
    money: new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }),
    moneyWhole: new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
    number: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
    decimal: new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 2 }),
    percent: new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }),
    date: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'Europe/Helsinki' }),
    dateTime: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Helsinki' }),
  }
  FORMATTERS.set(locale, made)
  return made
}

/** Euros with cents: 1 234,50 € in Finnish, €1,234.50 in English. */
export const formatMoney = (locale: Locale, euros: number) => formattersOf(locale).money.format(euros)
/** Whole euros, for budgets and totals where cents are noise. */
export const formatMoneyWhole = (locale: Locale, euros: number) => formattersOf(locale).moneyWhole.format(euros)
/** A count of people, impressions or clicks: whole, with the locale's grouping. */
export const formatNumber = (locale: Locale, value: number) => formattersOf(locale).number.format(value)
/** A ratio such as a frequency: one or two decimals. */
export const formatDecimal = (locale: Locale, value: number) => formattersOf(locale).decimal.format(value)
/** A share given as a fraction (0.123 → 12,3 %). */
export const formatPercent = (locale: Locale, fraction: number) => formattersOf(locale).percent.format(fraction)

/** A calendar date (YYYY-MM-DD) or a timestamp, in Finnish time. */
export function formatDate(locale: Locale, iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)
  return Number.isNaN(date.getTime()) ? iso : formattersOf(locale).date.format(date)
}

export function formatDateTime(locale: Locale, iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : formattersOf(locale).dateTime.format(date)
}
