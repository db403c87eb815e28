import { z } from 'zod'
import { RateCardSchema } from '../../audiences/index.js'
import { HttpError } from '../http/http-errors.js'
import { pageQueryShape, pageSchemaOf } from '../http/list-paging.js'
import type { StoredRateCard } from '../store/rate-card-repository.js'
import { defineRoute } from './route-table.js'
import { assertStorableText, callerOf, found, idOf, settled } from './stored-objects.js'

const StoredRateCardSchema = RateCardSchema.extend({
  id: z.string(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'StoredRateCard' })
const CreateRateCardSchema = z.strictObject({ card: RateCardSchema }).meta({ id: 'CreateRateCardRequest' })
const UpdateRateCardSchema = z
  .strictObject({ version: z.int().min(1), card: RateCardSchema })
  .meta({ id: 'UpdateRateCardRequest' })

const READERS = ['admin', 'staff', 'planner'] as const
const ADMIN = ['admin'] as const

function stored(card: StoredRateCard | 'country_taken'): StoredRateCard {
  if (card === 'country_taken') throw new HttpError('conflict', 'the agency has a rate card for this country')
  return card
}

export const rateCardsRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/rate-cards',
    summary: "Add the agency's rate card for a country (estimates use it before the Finnish default)",
    tags: ['rate-cards'],
    auth: ADMIN,
    request: CreateRateCardSchema,
    responses: { 201: { description: 'The rate card.', schema: StoredRateCardSchema } },
    errors: ['conflict'],
    handle: async (input, { store }) => {
      assertStorableText(input.body)
      return { status: 201, body: stored(await store.rateCards.create(callerOf(input).actor, input.body.card)) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/rate-cards',
    summary: "The agency's rate cards",
    tags: ['rate-cards'],
    auth: READERS,
    query: z.strictObject({ ...pageQueryShape }),
    responses: { 200: { description: 'One page of rate cards.', schema: pageSchemaOf(StoredRateCardSchema) } },
    handle: async (input, { store }) => ({
      status: 200,
      body: await store.rateCards.list(callerOf(input).actor.agencyId, input.query),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/rate-cards/:id',
    summary: 'One rate card',
    tags: ['rate-cards'],
    auth: READERS,
    responses: { 200: { description: 'The rate card.', schema: StoredRateCardSchema } },
    errors: ['not_found'],
    handle: async (input, { store }) => ({
      status: 200,
      body: found(await store.rateCards.get(callerOf(input).actor.agencyId, idOf(input.params)), 'rate card'),
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/api/v1/rate-cards/:id',
    summary: 'Replace a rate card (409 with the current one when `version` is stale)',
    tags: ['rate-cards'],
    auth: ADMIN,
    request: UpdateRateCardSchema,
    responses: { 200: { description: 'The rate card.', schema: StoredRateCardSchema } },
    errors: ['not_found', 'conflict'],
    handle: async (input, { store }) => {
      assertStorableText(input.body)
      const { actor } = callerOf(input)
      const outcome = await store.rateCards.update(actor, idOf(input.params), input.body.version, input.body.card)
      if (outcome.kind === 'country_taken') return { status: 200, body: stored('country_taken') }
      return { status: 200, body: settled(outcome, 'rate card', (c) => c) }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/v1/rate-cards/:id',
    summary: 'Delete a rate card',
    tags: ['rate-cards'],
    auth: ADMIN,
    responses: { 204: { description: 'Deleted.', schema: z.undefined() } },
    errors: ['not_found'],
    handle: async (input, { store }) => {
      found((await store.rateCards.remove(callerOf(input).actor, idOf(input.params))) || null, 'rate card')
      return { status: 204, body: undefined }
    },
  }),
]
