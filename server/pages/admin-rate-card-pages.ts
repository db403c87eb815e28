import { z } from 'zod'
import { FINNISH_RATE_CARD } from '../../audiences/index.js'
import { actorOf } from '../auth/principal.js'
import { HttpError } from '../http/http-errors.js'
import { formatDate } from '../i18n/formats.js'
import { translate } from '../i18n/translate.js'
import { toRateCardEdit, toRateCardsPage } from '../presenters/rate-card-presenter.js'
import { callerOf, found, idOf, settled } from '../routes/stored-objects.js'
import type { AppDeps } from '../routes/route-table.js'
import { echo } from './form-fields.js'
import { definePage, type PageInput } from './page-table.js'
import { countryChoicesOf, countryCodeOf, countryNameOf } from './rate-card-country.js'
import { readRateCardForm } from './rate-card-form.js'
import type { StoredRateCard } from '../store/rate-card-repository.js'

const ADMIN = ['admin'] as const
const VersionSchema = z.object({ version: z.coerce.number().int().min(1).max(1e9) })

async function cardsPage(input: PageInput, deps: AppDeps, country: string, errorKey: string | null) {
  const cards = await deps.store.rateCards.list(callerOf(input).principal.user.agencyId, { limit: 200 })
  return {
    view: 'admin-rate-cards',
    title: translate(input.locale, 'admin.rateCards'),
    status: errorKey === null ? 200 : 400,
    model: toRateCardsPage(cards.items, { country, errorKey }, countryChoicesOf(deps.taxonomy, input.locale)),
  }
}

const editPage = (
  input: PageInput,
  deps: AppDeps,
  card: StoredRateCard,
  typed: Record<string, string> | null,
  bad: Set<string>,
) => {
  const name = countryNameOf(deps.taxonomy, input.locale, card.country)
  return {
    view: 'admin-rate-card',
    title: name,
    status: bad.size > 0 ? 400 : 200,
    model: toRateCardEdit(card, typed, bad, input.locale, name),
  }
}

const cardOf = async (input: PageInput, deps: AppDeps) =>
  found(await deps.store.rateCards.get(callerOf(input).principal.user.agencyId, idOf(input.params)), 'rate card')

export const ADMIN_RATE_CARD_PAGES = [
  definePage({
    method: 'get',
    path: '/admin/rate-cards',
    auth: ADMIN,
    handle: (input, deps) => cardsPage(input, deps, '', null),
  }),
  definePage({
    method: 'post',
    path: '/admin/rate-cards',
    auth: ADMIN,
    async handle(input, deps) {
      // The country by its name in any of the three languages or its code: "Suomi" is FI, "Su" is nothing.
      const typed = echo(input.form['country'], 80).trim()
      const country = countryCodeOf(deps.taxonomy, typed)
      if (country === null) return cardsPage(input, deps, typed, 'rates.error.countryUnknown')
      // A new card starts as a copy of the default Finnish rates, each source saying so, then gets edited.
      const rates = structuredClone(FINNISH_RATE_CARD.rates)
      const created = await deps.store.rateCards.create(actorOf(callerOf(input).principal), { country, rates })
      if (created === 'country_taken') return cardsPage(input, deps, typed, 'rates.error.countryTaken')
      return { redirect: `/admin/rate-cards/${created.id}` }
    },
  }),
  definePage({
    method: 'get',
    path: '/admin/rate-cards/:id',
    auth: ADMIN,
    async handle(input, deps) {
      return editPage(input, deps, await cardOf(input, deps), null, new Set())
    },
  }),
  definePage({
    method: 'post',
    path: '/admin/rate-cards/:id',
    auth: ADMIN,
    async handle(input, deps) {
      const card = await cardOf(input, deps)
      const version = VersionSchema.safeParse(input.form)
      if (!version.success) throw new HttpError('request_invalid', 'the form has no version: reload the page')
      const { principal } = callerOf(input)
      const edited = translate(input.locale, 'rates.edited', {
        date: formatDate(input.locale, new Date().toISOString()),
        email: principal.user.email,
      })
      const read = readRateCardForm(card, input.form, edited, input.locale)
      if (read.kind === 'invalid') return editPage(input, deps, card, read.typed, read.bad)
      const outcome = await deps.store.rateCards.update(actorOf(principal), card.id, version.data.version, read.card)
      if ('kind' in outcome && outcome.kind === 'country_taken')
        throw new HttpError('conflict', 'the country has a card')
      settled(outcome as Exclude<typeof outcome, { kind: 'country_taken' }>, 'rate card', (c) => c)
      return { redirect: `/admin/rate-cards/${card.id}` }
    },
  }),
  // Delete opened by its address (a reload, a pasted link) deletes nothing: back to the card's page.
  definePage({
    method: 'get',
    path: '/admin/rate-cards/:id/delete',
    auth: ADMIN,
    handle: (input) => ({ redirect: `/admin/rate-cards/${idOf(input.params)}` }),
  }),
  definePage({
    method: 'post',
    path: '/admin/rate-cards/:id/delete',
    auth: ADMIN,
    async handle(input, deps) {
      const removed = await deps.store.rateCards.remove(actorOf(callerOf(input).principal), idOf(input.params))
      found(removed || null, 'rate card')
      return { redirect: '/admin/rate-cards' }
    },
  }),
]
