import type { Locale } from '../../audiences/index.js'

// Finland-region tags: euro amounts read "1 234,50 €" (fi), "1 234,50 €" (sv), "€1,234.50" (en, Ireland).
const INTL_LOCALE: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-IE' }

export type NumberFormats = {
  tag: string
  money(value: number): string
  moneyWhole(value: number): string
  integer(value: number): string
  decimal(value: number, digits?: number): string
  date(iso: string): string
}

// A negative number takes the typographic minus (U+2212) in every language: Intl gives it for fi-FI and sv-FI but a
// hyphen for en-IE. A rounded −0 is 0 (Intl keeps the sign of −0.001 rounded to 0).
const typographic = (text: string) => text.replace(/-(?=[\d€])/g, '\u2212').replace(/^\u2212(?=€?0(?:[.,]0+)?\D*$)/, '')
const signless = (value: number) => (Object.is(value, -0) ? 0 : value)

/** Locale-aware text for client-facing numbers (the PDF); the workbook keeps raw numbers with Excel formats. */
export function numberFormats(locale: Locale): NumberFormats {
  const tag = INTL_LOCALE[locale]
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' })
  const moneyWhole = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' })
  return {
    tag,
    money: (v) => typographic(money.format(signless(v))),
    moneyWhole: (v) => typographic(moneyWhole.format(signless(v))),
    integer: (v) => typographic(integer.format(signless(Math.round(v)))),
    decimal: (v, digits = 1) =>
      typographic(
        new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
          signless(v),
        ),
      ),
    date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
  }
}
