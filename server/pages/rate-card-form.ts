import { CHANNEL_IDS, type RateCard } from '../../audiences/index.js'
import { readFee } from './fee-form.js'

type RateField = 'cpm' | 'cpc' | 'ctrCpm' | 'ctrCpc'

/** A decimal as people type it: "2,5" or "2.5" (derived rates show all their digits); anything else or ≤ 0 is not a rate. */
export function parseRate(text: unknown): number | null {
  if (typeof text !== 'string' || !/^\s*[0-9]{1,9}([.,][0-9]{1,17})?\s*$/.test(text)) return null
  const value = Number(text.trim().replace(',', '.'))
  return value > 0 ? value : null
}

export type RateCardFormResult =
  { kind: 'ok'; card: RateCard } | { kind: 'invalid'; typed: Record<string, string>; bad: Set<string> }

/**
 * The edited card: each rate whose value changed gets `edited` as its source (who and when), an unchanged one keeps
 * its source. Only the channels the card already prices are read.
 */
export function readRateCardForm(current: RateCard, form: Record<string, unknown>, edited: string): RateCardFormResult {
  const typed: Record<string, string> = {}
  const bad = new Set<string>()
  const rates: Partial<RateCard['rates']> = {}
  for (const channel of CHANNEL_IDS) {
    const was = current.rates[channel]
    if (!was) continue
    const read = (rate: RateField, old: { value: number; source: string }) => {
      const raw = form[`${channel}.${rate}`]
      typed[`${channel}.${rate}`] = typeof raw === 'string' ? raw.slice(0, 30) : ''
      const value = parseRate(raw)
      if (value === null || (rate.startsWith('ctr') && value >= 1)) bad.add(`${channel}.${rate}`)
      return value === null || value === old.value ? old : { value, source: edited }
    }
    const pricing = form[`${channel}.pricing`]
    typed[`${channel}.pricing`] = typeof pricing === 'string' ? pricing.slice(0, 10) : ''
    if (pricing !== 'cpm' && pricing !== 'cpc') bad.add(`${channel}.pricing`)
    const fee = readTypedFee(form, `${channel}.fee`, typed, bad)
    rates[channel] = {
      pricing: pricing === 'cpc' ? 'cpc' : 'cpm',
      cpm: read('cpm', was.cpm),
      cpc: read('cpc', was.cpc),
      ctr: { cpm: read('ctrCpm', was.ctr.cpm), cpc: read('ctrCpc', was.ctr.cpc) },
      ...(fee ? { fee } : {}),
    }
  }
  const fee = readTypedFee(form, 'fee', typed, bad)
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
function readTypedFee(form: Record<string, unknown>, prefix: string, typed: Record<string, string>, bad: Set<string>) {
  const [kindName, valueName] = prefix === 'fee' ? ['fee.kind', 'fee.value'] : [`${prefix}Kind`, `${prefix}Value`]
  const kind = form[kindName]
  const value = form[valueName]
  typed[kindName] = typeof kind === 'string' ? kind.slice(0, 10) : 'none'
  typed[valueName] = typeof value === 'string' ? value.slice(0, 30) : ''
  const fee = readFee(kind, value)
  if (fee === null) bad.add(valueName)
  return fee ?? undefined
}
