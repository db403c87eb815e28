import { CHANNEL_IDS, type ChannelId, type RateCard } from '../../audiences/index.js'
import type { Fee } from '../../audiences/index.js'
import { feeFields, feeOptions } from '../pages/fee-form.js'
import type { StoredRateCard } from '../store/rate-card-repository.js'

type Cell = { name: string; id: string; value: string; source: string; invalid: boolean }
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
): FeeInput => {
  const shown = feeFields(fee)
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
  cards: { country: string; version: number; updatedAt: string; href: string }[]
  country: string
  countryInvalid: boolean
  errorCode: string | null
}

export const toRateCardsPage = (
  cards: readonly StoredRateCard[],
  form: { country: string; invalid: boolean },
): RateCardsModel => ({
  cards: cards.map((c) => ({
    country: c.country,
    version: c.version,
    updatedAt: c.updatedAt,
    href: `/admin/rate-cards/${c.id}`,
  })),
  country: form.country,
  countryInvalid: form.invalid,
  errorCode: form.invalid ? 'request_invalid' : null,
})

export type RateCardEditModel = {
  country: string
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
const cell = (channel: ChannelId, rate: string, value: number | string, source: string, bad: ReadonlySet<string>) => ({
  name: `${channel}.${rate}`,
  id: `rate-${channel}-${rate}`,
  value: String(value),
  source,
  invalid: bad.has(`${channel}.${rate}`),
})

/** The edit form of one card: a row per channel the card prices; `values` re-fills what the user typed after an error. */
export function toRateCardEdit(
  card: StoredRateCard,
  typed: Readonly<Record<string, string>> | null,
  bad: ReadonlySet<string>,
): RateCardEditModel {
  const rows = CHANNEL_IDS.flatMap((channel): RateCardRow[] => {
    const rates = (card.rates as RateCard['rates'])[channel]
    if (!rates) return []
    const value = (rate: string, stored: number) => typed?.[`${channel}.${rate}`] ?? stored
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
        cpm: cell(channel, 'cpm', value('cpm', rates.cpm.value), rates.cpm.source, bad),
        cpc: cell(channel, 'cpc', value('cpc', rates.cpc.value), rates.cpc.source, bad),
        ctrCpm: cell(channel, 'ctrCpm', value('ctrCpm', rates.ctr.cpm.value), rates.ctr.cpm.source, bad),
        ctrCpc: cell(channel, 'ctrCpc', value('ctrCpc', rates.ctr.cpc.value), rates.ctr.cpc.source, bad),
        fee: feeInput([`${channel}.feeKind`, `${channel}.feeValue`], `rate-${channel}-fee`, rates.fee, typed, bad),
      },
    ]
  })
  return {
    country: card.country,
    version: card.version,
    action: `/admin/rate-cards/${card.id}`,
    deleteAction: `/admin/rate-cards/${card.id}/delete`,
    rows,
    fee: feeInput(['fee.kind', 'fee.value'], 'card-fee', card.fee, typed, bad),
    notes: typed?.['notes'] ?? card.notes ?? '',
    hasErrors: bad.size > 0,
    errorCode: bad.size > 0 ? 'request_invalid' : null,
  }
}
