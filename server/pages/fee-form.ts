import type { Fee } from '../../audiences/index.js'
import { formatNumberInput } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import { parseNumberInput } from '../i18n/number-input.js'

/** A fee as the form shows it: its kind and the number in the page's language (a percentage shows as 15, not 0.15). */
export const feeFields = (fee: Fee | undefined, locale: Locale = 'en') =>
  !fee
    ? { kind: 'none', value: '' }
    : fee.kind === 'percent'
      ? { kind: 'percent', value: formatNumberInput(locale, fee.rate * 100, 4) }
      : { kind: 'fixed', value: formatNumberInput(locale, fee.amount, 2) }

/** The fee a form's kind and value say: undefined for none, null when the value is not a number in range. */
export function readFee(kind: unknown, value: unknown, locale: Locale = 'fi'): Fee | undefined | null {
  if (kind === 'none' || kind === undefined) return undefined
  const text = typeof value === 'string' ? value.slice(0, 30) : ''
  const n = parseNumberInput(text, locale)
  if (n === null || !Number.isFinite(n) || n < 0 || n > 1e9) return null
  if (kind === 'percent') return n <= 1000 ? { kind: 'percent', rate: n / 100 } : null
  if (kind === 'fixed') return { kind: 'fixed', amount: n }
  return null
}

export const FEE_KINDS = ['none', 'percent', 'fixed'] as const
export const feeOptions = (selected: string) =>
  FEE_KINDS.map((k) => ({ value: k, labelKey: `fee.kind.${k}`, selected: k === selected }))
