import type { Locale } from './locale.js'

// Finland's conventions for fi and sv (1 234,50 €; 22.11.2026 in Finnish), Ireland's for en: a euro-area English.
const REGION: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-IE' }

type Formatters = {
  money: Intl.NumberFormat
  moneyWhole: Intl.NumberFormat
  number: Intl.NumberFormat
  decimal: Intl.NumberFormat
  oneDecimal: Intl.NumberFormat
  percent: Intl.NumberFormat
  date: Intl.DateTimeFormat
  dateTime: Intl.DateTimeFormat
}

// signDisplay 'negative': a value that rounds to zero prints 0, never "−0" (a reach gain of −0.3 people is none).
const NO_MINUS_ZERO = { signDisplay: 'negative' } as const

// Intl formatters are costly to build and safe to share: one set per locale.
const FORMATTERS = new Map<Locale, Formatters>()

function formattersOf(locale: Locale): Formatters {
  const cached = FORMATTERS.get(locale)
  if (cached) return cached
  const tag = REGION[locale]
  const made: Formatters = {
    money: new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', ...NO_MINUS_ZERO }),
    moneyWhole: new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
      ...NO_MINUS_ZERO,
    }),
    number: new Intl.NumberFormat(tag, { maximumFractionDigits: 0, ...NO_MINUS_ZERO }),
    decimal: new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 2, ...NO_MINUS_ZERO }),
    oneDecimal: new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1, ...NO_MINUS_ZERO }),
    percent: new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1, ...NO_MINUS_ZERO }),
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
/** An average frequency (impressions per person reached): always one decimal, 2,0 and 2,4 alike. */
export const formatFrequency = (locale: Locale, value: number) => formattersOf(locale).oneDecimal.format(value)
/** A share given as a fraction (0.123 → 12,3 %). */
export const formatPercent = (locale: Locale, fraction: number) => formattersOf(locale).percent.format(fraction)

const INPUT_FORMATS = new Map<string, Intl.NumberFormat>()

/**
 * A number as a form field shows it for editing: the locale's decimal comma (fi, sv) or point (en), at most
 * `digits` decimals; fi and sv group thousands with a space (10 000), en does not group (a comma there could be read
 * back as a decimal comma). parseNumberInput reads every one of these back.
 */
export function formatNumberInput(locale: Locale, value: number, digits: number): string {
  const key = `${locale}|${digits}`
  let format = INPUT_FORMATS.get(key)
  if (!format) {
    const grouping = locale === 'en' ? false : 'always'
    format = new Intl.NumberFormat(REGION[locale], {
      maximumFractionDigits: digits,
      useGrouping: grouping,
      ...NO_MINUS_ZERO,
    })
    INPUT_FORMATS.set(key, format)
  }
  // Intl writes the minus as U+2212 in fi and sv; a form field gets the ASCII hyphen people type.
  return format.format(value).replace('\u2212', '-')
}

/** A calendar date (YYYY-MM-DD) or a timestamp, in Finnish time. */
export function formatDate(locale: Locale, iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)
  return Number.isNaN(date.getTime()) ? iso : formattersOf(locale).date.format(date)
}

export function formatDateTime(locale: Locale, iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : formattersOf(locale).dateTime.format(date)
}
