import {
  preparePlan,
  type Audience,
  type ChannelId,
  type Pricing,
  type RateCard,
  type ResolvedRates,
  type Taxonomy,
} from '../../audiences/index.js'
import { formatNumberInput } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import { numberOf, type PlanRow } from './plan-form-input.js'

// Euro rates to the cent, a CTR percentage to two decimals (0,45 %): what a planner would type.
export const RATE_DIGITS = 2
export const CTR_DIGITS = 2

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

const positive = (value: number | null): value is number => value !== null && Number.isFinite(value) && value > 0

/**
 * Blank rate fields of a row filled from the card, in the page's language (CTR as a percentage, as the form asks for
 * it). The price the line is not bought by is derived from the bought price and the CTR, exactly as the estimate
 * derives it (resolveRates: CPM = CPC × CTR × 1000): the card's CPM of Google is display inventory (2.5 €), while a
 * CPC line's impressions cost CPC × CTR × 1000 (1 € × 5 % × 1000 = 50 €), which the plan page then shows.
 */
export function withCardRates(row: PlanRow, rates: CardRates, audience: Audience | undefined, locale: Locale): PlanRow {
  if (!isChannel(row.channel)) return row
  const pricing = row.pricing === 'cpm' || row.pricing === 'cpc' ? row.pricing : undefined
  const own = rates(row.audienceId, audience, row.channel, pricing)
  const bought = pricing ?? own.pricing
  const money = (value: number) => formatNumberInput(locale, value, RATE_DIGITS)
  const filled = {
    ...row,
    pricing: bought,
    ctr: row.ctr || formatNumberInput(locale, own.ctr * 100, CTR_DIGITS),
    [bought]: row[bought] || money(own[bought]),
  }
  const ctr = numberOf(filled.ctr, locale)
  const price = numberOf(filled[bought], locale)
  if (!positive(ctr) || !positive(price)) return filled
  const fraction = ctr / 100
  return bought === 'cpc'
    ? { ...filled, cpm: money(price * fraction * 1000) }
    : { ...filled, cpc: money(price / (1000 * fraction)) }
}
