import { z } from 'zod'
import { ChannelIdSchema, type ChannelId } from '../channels/channel.js'
import { CountryCodeSchema } from '../model/audience-schema.js'
import { FeeSchema } from './agency-fee.js'
import type { AssumptionLog } from './assumption-log.js'

export const PricingSchema = z
  .enum(['cpm', 'cpc'])
  .meta({ description: 'cpm: bought per 1,000 impressions; cpc: bought per click.' })
export type Pricing = z.infer<typeof PricingSchema>

const RateSchema = z.strictObject({ value: z.number().positive(), source: z.string().min(1) })

export const ChannelRatesSchema = z.strictObject({
  pricing: PricingSchema.meta({ description: 'How the channel is usually bought.' }),
  cpm: RateSchema.meta({ description: 'Euros per 1,000 impressions.' }),
  cpc: RateSchema.meta({ description: 'Euros per click.' }),
  ctr: z
    .strictObject({ cpm: RateSchema, cpc: RateSchema })
    .meta({ description: 'Click-through rate of the inventory bought each way.' }),
  fee: FeeSchema.optional().meta({ description: "The agency's fee on this channel; overrides the card's fee." }),
})
export type ChannelRates = z.infer<typeof ChannelRatesSchema>

export const RateCardSchema = z
  .strictObject({
    country: CountryCodeSchema,
    rates: z.record(ChannelIdSchema, ChannelRatesSchema),
    fee: FeeSchema.optional().meta({ description: "The agency's fee on every channel without its own." }),
    notes: z
      .string()
      .max(2000)
      .optional()
      .meta({ description: 'Staff notes (negotiated rates, validity); never shown to a client.' }),
  })
  .meta({ description: "An agency's platform costs and fees for one country." })
export type RateCard = z.infer<typeof RateCardSchema>

// The cost example of a Finnish agency's article on customer segmentation: the worked example the defaults start from.
const ARTICLE = 'a Finnish agency’s article “Asiakassegmentti – mitä se tarkoittaa yrityksen markkinoinnissa?”'
const SEED = `${ARTICLE}: 100 € buys 10,000 impressions`
const derived = (what: string) => `derived: ${what}`

/** The seed's Finnish card: Facebook and Instagram CPM 10 €, LinkedIn CPM 30 €, Google CPC 1 €. */
export const FINNISH_RATE_CARD: RateCard = {
  country: 'FI',
  rates: {
    google: {
      pricing: 'cpc',
      cpc: { value: 1, source: `${ARTICLE}: about 1 € per visitor on Google Ads (up to 10 € in some industries)` },
      cpm: { value: 2.5, source: 'Google Display, Finland 0.10–5.00 € (kaupallinen.fi); kohde takes 2.5 €' },
      ctr: {
        cpc: {
          value: 0.05,
          source:
            'Google search CTR 3.17 % (WordStream, older all-industry average) to 6.64 % (WordStream 2026); kohde takes 5 %',
        },
        cpm: { value: 0.004, source: 'Google Display CTR ~0.35–0.46 % (planning-science.md benchmarks)' },
      },
    },
    facebook: {
      pricing: 'cpm',
      cpm: { value: 10, source: SEED },
      cpc: { value: 10 / (1000 * 0.009), source: derived('CPM ÷ (1000 × CTR)') },
      ctr: {
        cpm: { value: 0.009, source: 'Facebook all-industry average CTR 0.90 % (WordStream benchmarks)' },
        cpc: { value: 0.009, source: 'Facebook all-industry average CTR 0.90 % (WordStream benchmarks)' },
      },
    },
    instagram: {
      pricing: 'cpm',
      cpm: { value: 10, source: SEED },
      cpc: { value: 10 / (1000 * 0.008), source: derived('CPM ÷ (1000 × CTR)') },
      ctr: {
        cpm: {
          value: 0.008,
          source: 'Instagram feed CTR 0.7–1.2 % (adadvisor.ai), ads overall 0.5–1.5 %; kohde takes 0.8 %',
        },
        cpc: {
          value: 0.008,
          source: 'Instagram feed CTR 0.7–1.2 % (adadvisor.ai), ads overall 0.5–1.5 %; kohde takes 0.8 %',
        },
      },
    },
    linkedin: {
      pricing: 'cpm',
      cpm: { value: 30, source: `${ARTICLE}: 300 € buys 10,000 impressions` },
      cpc: { value: 30 / (1000 * 0.0045), source: derived('CPM ÷ (1000 × CTR); benchmarks CPC $5.5–9.3 (2026)') },
      ctr: {
        cpm: { value: 0.0045, source: 'LinkedIn CTR 0.44–0.65 % (2026), Finland 0.4–0.5 % (2021); kohde takes 0.45 %' },
        cpc: { value: 0.0045, source: 'LinkedIn CTR 0.44–0.65 % (2026), Finland 0.4–0.5 % (2021); kohde takes 0.45 %' },
      },
    },
  },
}

export type LineRates = {
  pricing?: Pricing | undefined
  cpm?: number | undefined
  cpc?: number | undefined
  ctr?: number | undefined
}
export type ResolvedRates = { pricing: Pricing; cpm: number; cpc: number; ctr: number }

/** The card for a country: the caller's, else the Finnish default (logged when it stands in for another country). */
export function rateCardFor(country: string, cards: readonly RateCard[], log: AssumptionLog): RateCard {
  const card = cards.find((c) => c.country === country) ?? cards.find((c) => c.country === 'FI') ?? FINNISH_RATE_CARD
  if (card.country !== country)
    log.add(
      `rateCard.${country}`,
      card.country,
      `no ${country} rate card: the ${card.country} card is used (assumption)`,
    )
  return card
}

/** A line's rates: what the request says, then the card; the other price follows from the CTR. */
export function resolveRates(
  channel: ChannelId,
  line: LineRates,
  card: RateCard,
  log: AssumptionLog,
  index: number,
): ResolvedRates {
  const rates = card.rates[channel]
  const pricing =
    line.pricing ??
    (line.cpc !== undefined && line.cpm === undefined ? 'cpc' : line.cpm !== undefined ? 'cpm' : rates.pricing)
  const note = (what: 'ctr' | 'cpm' | 'cpc', asked: number | undefined, rate: { value: number; source: string }) => {
    if (asked !== undefined) log.add(`lines.${index}.${what}`, asked, 'request', { code: 'request' })
    else {
      // The built-in card's notes are kohde's (English); an agency's card carries its own words, shown as written.
      const ref = card === FINNISH_RATE_CARD ? { code: 'rateCard.builtIn' } : { code: 'rateCard.agency' }
      log.add(`rate.${channel}.${what === 'ctr' ? `ctr.${pricing}` : what}`, rate.value, rate.source, ref)
    }
    return asked ?? rate.value
  }
  const ctr = note('ctr', line.ctr, rates.ctr[pricing])
  if (pricing === 'cpm') {
    const cpm = note('cpm', line.cpm, rates.cpm)
    return { pricing, cpm, ctr, cpc: cpm / (1000 * ctr) }
  }
  const cpc = note('cpc', line.cpc, rates.cpc)
  return { pricing, cpc, ctr, cpm: cpc * ctr * 1000 }
}
