import { CHANNEL_IDS, type RateCard } from '../../audiences/index.js'
import { formatNumberInput } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import { parseNumberInput } from '../i18n/number-input.js'
import { readFee } from './fee-form.js'

export type RateField = 'cpm' | 'cpc' | 'ctrCpm' | 'ctrCpc'
export const isCtrField = (rate: RateField) => rate === 'ctrCpm' || rate === 'ctrCpc'

// Euros to the cent; a CTR as a percentage (the card stores a fraction, the API's unit) to three decimals (0,045 %).
const DIGITS: Record<RateField, number> = { cpm: 2, cpc: 2, ctrCpm: 3, ctrCpc: 3 }
const SCALE: Record<RateField, number> = { cpm: 1, cpc: 1, ctrCpm: 100, ctrCpc: 100 }

/** A stored rate as the form shows it, in the page's language: 1,11 (€) or 0,9 (%) for a fraction 0.009. */
export const shownRate = (locale: Locale, rate: RateField, stored: number) =>
  formatNumberInput(locale, stored * SCALE[rate], DIGITS[rate])

/** A positive number as people type it ("2,5", "2.5", "10 000"); anything else or ≤ 0 is not a rate. */
export function parseRate(text: unknown, locale: Locale = 'fi'): number | null {
  if (typeof text !== 'string' || text.length > 40) return null
  const value = parseNumberInput(text, locale)
  return value !== null && Number.isFinite(value) && value > 0 && value < 1e9 ? value : null
}

export type RateCardFormResult =
  { kind: 'ok'; card: RateCard } | { kind: 'invalid'; typed: Record<string, string>; bad: Set<string> }

/**
 * The edited card: each rate whose value changed gets `edited` as its source (who and when), an unchanged one keeps
 * its source. Only the channels the card already prices are read.
 */
export function readRateCardForm(
  current: RateCard,
  form: Record<string, unknown>,
  edited: string,
  locale: Locale = 'en',
): RateCardFormResult {
  const typed: Record<string, string> = {}
  const bad = new Set<string>()
  const rates: Partial<RateCard['rates']> = {}
  for (const channel of CHANNEL_IDS) {
    const was = current.rates[channel]
    if (!was) continue
    const read = (rate: RateField, old: { value: number; source: string }) => {
      const raw = form[`${channel}.${rate}`]
      const text = typeof raw === 'string' ? raw.slice(0, 30) : ''
      typed[`${channel}.${rate}`] = text
      // The form shows rounded values (1,11 for 1.1111…): sent back untouched, the stored value and its source stay.
      if (parseRate(text, locale) === parseRate(shownRate(locale, rate, old.value), locale)) return old
      const read = parseRate(text, locale)
      const value = read === null ? null : read / SCALE[rate]
      if (value === null || (isCtrField(rate) && value >= 1)) bad.add(`${channel}.${rate}`)
      return value === null ? old : { value, source: edited }
    }
    const pricing = form[`${channel}.pricing`]
    typed[`${channel}.pricing`] = typeof pricing === 'string' ? pricing.slice(0, 10) : ''
    if (pricing !== 'cpm' && pricing !== 'cpc') bad.add(`${channel}.pricing`)
    const fee = readTypedFee(form, `${channel}.fee`, typed, bad, locale)
    rates[channel] = {
      pricing: pricing === 'cpc' ? 'cpc' : 'cpm',
      cpm: read('cpm', was.cpm),
      cpc: read('cpc', was.cpc),
      ctr: { cpm: read('ctrCpm', was.ctr.cpm), cpc: read('ctrCpc', was.ctr.cpc) },
      ...(fee ? { fee } : {}),
    }
  }
  const fee = readTypedFee(form, 'fee', typed, bad, locale)
  const notes = typeof form['notes'] === 'string' ? form['notes'].trim().slice(0, 2000) : ''
  typed['notes'] = notes
  const card: RateCard = {
    country: current.country,
    rates: rates as RateCard['rates'],
    ...(fee ? { fee } : {}),
    ...(notes ? { notes } : {}),
  }
  return bad.size > 0 ? { kind: 'invalid', typed, bad } : { kind: 'ok', card }
}

// The fee fields `<prefix>Kind` and `<prefix>Value` (fee.kind / facebook.feeKind): typed back after an error.
function readTypedFee(
  form: Record<string, unknown>,
  prefix: string,
  typed: Record<string, string>,
  bad: Set<string>,
  locale: Locale,
) {
  const [kindName, valueName] = prefix === 'fee' ? ['fee.kind', 'fee.value'] : [`${prefix}Kind`, `${prefix}Value`]
  const kind = form[kindName]
  const value = form[valueName]
  typed[kindName] = typeof kind === 'string' ? kind.slice(0, 10) : 'none'
  typed[valueName] = typeof value === 'string' ? value.slice(0, 30) : ''
  const fee = readFee(kind, value, locale)
  if (fee === null) bad.add(valueName)
  return fee ?? undefined
}
