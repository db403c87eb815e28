import type { Fee } from '../../audiences/index.js'

/** A fee as the form shows it: its kind and the number typed (a percentage shows as 15, not 0.15). */
export const feeFields = (fee: Fee | undefined) =>
  !fee
    ? { kind: 'none', value: '' }
    : fee.kind === 'percent'
      ? { kind: 'percent', value: String(Math.round(fee.rate * 1e6) / 1e4) }
      : { kind: 'fixed', value: String(fee.amount) }

/** The fee a form's kind and value say: undefined for none, null when the value is not a number in range. */
export function readFee(kind: unknown, value: unknown): Fee | undefined | null {
  if (kind === 'none' || kind === undefined) return undefined
  const text = typeof value === 'string' ? value.trim().replace(',', '.') : ''
  if (!/^[0-9]{1,9}(\.[0-9]{1,6})?$/.test(text)) return null
  const n = Number(text)
  if (kind === 'percent') return n <= 1000 ? { kind: 'percent', rate: n / 100 } : null
  if (kind === 'fixed') return { kind: 'fixed', amount: n }
  return null
}

export const FEE_KINDS = ['none', 'percent', 'fixed'] as const
export const feeOptions = (selected: string) =>
  FEE_KINDS.map((k) => ({ value: k, labelKey: `fee.kind.${k}`, selected: k === selected }))
