import type { Locale } from '../../audiences/index.js'

// Finland-region tags: euro amounts read "1 234,50 €" (fi), "1 234,50 €" (sv), "€1,234.50" (en, Ireland).
const INTL_LOCALE: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-IE' }

export type NumberFormats = {
  money(value: number): string
  integer(value: number): string
  decimal(value: number, digits?: number): string
  date(iso: string): string
}

/** Locale-aware text for client-facing numbers (the PDF); the workbook keeps raw numbers with Excel formats. */
export function numberFormats(locale: Locale): NumberFormats {
  const tag = INTL_LOCALE[locale]
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' })
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' })
  return {
    money: (v) => money.format(v),
    integer: (v) => integer.format(Math.round(v)),
    decimal: (v, digits = 1) =>
      new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v),
    date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
  }
}
