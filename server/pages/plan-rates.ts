import {
  preparePlan,
  type Audience,
  type ChannelId,
  type Pricing,
  type RateCard,
  type ResolvedRates,
  type Taxonomy,
} from '../../audiences/index.js'
import type { PlanRow } from './plan-form-input.js'

const FOUR_PLACES = 1e4
const tidy = (value: number) => String(Math.round(value * FOUR_PLACES) / FOUR_PLACES)

/**
 * The rates the API would use for a line without rates of its own: preparePlan picks the agency's card for the
 * audience's country (the card logic of every planning route), so the builder prefills exactly those.
 */
export function cardRatesOf(taxonomy: Taxonomy, rateCards: readonly RateCard[]) {
  const cache = new Map<string, ResolvedRates>()
  const resolve = (audience: Audience | undefined, channel: ChannelId, pricing: Pricing | undefined) => {
    const lines = [{ channel, pricing, audienceSize: 1 }]
    try {
      return preparePlan({ audience, lines }, taxonomy, { rateCards }).lines[0]!.rates
    } catch {
      // An audience the estimate cannot size still has a country-less card: the default one.
      return preparePlan({ lines }, taxonomy, { rateCards }).lines[0]!.rates
    }
  }
  return (key: string, audience: Audience | undefined, channel: ChannelId, pricing?: Pricing): ResolvedRates => {
    const id = `${key}|${channel}|${pricing ?? ''}`
    const cached = cache.get(id)
    if (cached) return cached
    const rates = resolve(audience, channel, pricing)
    cache.set(id, rates)
    return rates
  }
}
export type CardRates = ReturnType<typeof cardRatesOf>

const isChannel = (value: string): value is ChannelId =>
  value === 'google' || value === 'facebook' || value === 'instagram' || value === 'linkedin'

/** Blank rate fields of a row filled from the card (CTR as a percentage, as the form asks for it). */
export function withCardRates(row: PlanRow, rates: CardRates, audience: Audience | undefined): PlanRow {
  if (!isChannel(row.channel)) return row
  const pricing = row.pricing === 'cpm' || row.pricing === 'cpc' ? row.pricing : undefined
  const own = rates(row.audienceId, audience, row.channel, pricing)
  return {
    ...row,
    pricing: pricing ?? own.pricing,
    cpm: row.cpm || tidy(rates(row.audienceId, audience, row.channel, 'cpm').cpm),
    cpc: row.cpc || tidy(rates(row.audienceId, audience, row.channel, 'cpc').cpc),
    ctr: row.ctr || tidy(own.ctr * 100),
  }
}
