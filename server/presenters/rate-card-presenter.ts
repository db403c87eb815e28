import { CHANNEL_IDS, type ChannelId, type RateCard } from '../../audiences/index.js'
import type { Fee } from '../../audiences/index.js'
import { feeFields, feeOptions } from '../pages/fee-form.js'
import type { Locale } from '../i18n/locale.js'
import { rateSourceText } from '../i18n/rate-source-texts.js'
import { isCtrField, shownRate, type RateField } from '../pages/rate-card-form.js'
import type { CountryChoice } from '../pages/rate-card-country.js'
import type { StoredRateCard } from '../store/rate-card-repository.js'

type Cell = { name: string; id: string; value: string; source: string; invalid: boolean; errorKey: string | null }
export type RateCardRow = {
  channelKey: string
  pricing: { name: string; id: string; options: { value: string; labelKey: string; selected: boolean }[] }
  cpm: Cell
  cpc: Cell
  ctrCpm: Cell
  ctrCpc: Cell
  fee: FeeInput
}
export type FeeInput = {
  kindName: string
  kindId: string
  options: { value: string; labelKey: string; selected: boolean }[]
  valueName: string
  valueId: string
  value: string
  invalid: boolean
}

// A fee's kind and value inputs, re-filled with what was typed after an error.
const feeInput = (
  names: [string, string],
  id: string,
  fee: Fee | undefined,
  typed: Readonly<Record<string, string>> | null,
  bad: ReadonlySet<string>,
  locale: Locale,
): FeeInput => {
  const shown = feeFields(fee, locale)
  return {
    kindName: names[0],
    kindId: `${id}-kind`,
    options: feeOptions(typed?.[names[0]] ?? shown.kind),
    valueName: names[1],
    valueId: `${id}-value`,
    value: typed?.[names[1]] ?? shown.value,
    invalid: bad.has(names[1]),
  }
}

export type RateCardsModel = {
  cards: { country: string; countryName: string; version: number; updatedAt: string; href: string }[]
  countries: readonly CountryChoice[]
  country: string
  countryInvalid: boolean
  countryErrorKey: string | null
  errorCode: string | null
}

/** The cards by country name, and the new-card form: a country typed by name from the page's list, or its code. */
export const toRateCardsPage = (
  cards: readonly StoredRateCard[],
  form: { country: string; errorKey: string | null },
  countries: readonly CountryChoice[],
): RateCardsModel => {
  const nameOf = new Map(countries.map((c) => [c.code, c.name]))
  return {
    cards: cards.map((c) => ({
      country: c.country,
      countryName: nameOf.get(c.country) ?? c.country,
      version: c.version,
      updatedAt: c.updatedAt,
      href: `/admin/rate-cards/${c.id}`,
    })),
    countries,
    country: form.country,
    countryInvalid: form.errorKey !== null,
    countryErrorKey: form.errorKey,
    errorCode: form.errorKey !== null ? 'request_invalid' : null,
  }
}

export type RateCardEditModel = {
  country: string
  countryName: string
  version: number
  action: string
  deleteAction: string
  rows: RateCardRow[]
  fee: FeeInput
  notes: string
  hasErrors: boolean
  errorCode: string | null
}

// Field names are channel.rate (google.cpm, linkedin.ctrCpc): one flat form, parsed back by rate-card-form.ts.
const cell = (channel: ChannelId, rate: RateField, value: string, source: string, bad: ReadonlySet<string>) => {
  const invalid = bad.has(`${channel}.${rate}`)
  return {
    name: `${channel}.${rate}`,
    id: `rate-${channel}-${rate}`,
    value,
    source,
    invalid,
    errorKey: invalid ? (isCtrField(rate) ? 'rates.error.ctr' : 'rates.error.number') : null,
  }
}

/**
 * The edit form of one card: a row per channel the card prices, rates in the page's language (CTR as a percentage,
 * as the plan form asks for it); `typed` re-fills what the user typed after an error.
 */
export function toRateCardEdit(
  card: StoredRateCard,
  typed: Readonly<Record<string, string>> | null,
  bad: ReadonlySet<string>,
  locale: Locale,
  countryName: string,
): RateCardEditModel {
  const rows = CHANNEL_IDS.flatMap((channel): RateCardRow[] => {
    const rates = (card.rates as RateCard['rates'])[channel]
    if (!rates) return []
    const value = (rate: RateField, stored: number) => typed?.[`${channel}.${rate}`] ?? shownRate(locale, rate, stored)
    return [
      {
        channelKey: `channel.${channel}`,
        pricing: {
          name: `${channel}.pricing`,
          id: `rate-${channel}-pricing`,
          options: (['cpm', 'cpc'] as const).map((p) => ({
            value: p,
            labelKey: `pricing.${p}`,
            selected: (typed?.[`${channel}.pricing`] ?? rates.pricing) === p,
          })),
        },
        cpm: cell(channel, 'cpm', value('cpm', rates.cpm.value), rateSourceText(locale, rates.cpm.source), bad),
        cpc: cell(channel, 'cpc', value('cpc', rates.cpc.value), rateSourceText(locale, rates.cpc.source), bad),
        ctrCpm: cell(
          channel,
          'ctrCpm',
          value('ctrCpm', rates.ctr.cpm.value),
          rateSourceText(locale, rates.ctr.cpm.source),
          bad,
        ),
        ctrCpc: cell(
          channel,
          'ctrCpc',
          value('ctrCpc', rates.ctr.cpc.value),
          rateSourceText(locale, rates.ctr.cpc.source),
          bad,
        ),
        fee: feeInput(
          [`${channel}.feeKind`, `${channel}.feeValue`],
          `rate-${channel}-fee`,
          rates.fee,
          typed,
          bad,
          locale,
        ),
      },
    ]
  })
  return {
    country: card.country,
    countryName,
    version: card.version,
    action: `/admin/rate-cards/${card.id}`,
    deleteAction: `/admin/rate-cards/${card.id}/delete`,
    rows,
    fee: feeInput(['fee.kind', 'fee.value'], 'card-fee', card.fee, typed, bad, locale),
    notes: typed?.['notes'] ?? card.notes ?? '',
    hasErrors: bad.size > 0,
    errorCode: bad.size > 0 ? 'request_invalid' : null,
  }
}
