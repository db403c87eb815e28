import { z } from 'zod'
import { pageQueryShape, pageSchemaOf } from '../http/list-paging.js'
import { defineRoute } from './route-table.js'
import { assertStorableText, callerOf, found, idOf } from './stored-objects.js'

const ClientBodySchema = z.strictObject({ name: z.string().trim().min(1).max(200) }).meta({ id: 'ClientRequest' })
export const ClientSchema = z
  .strictObject({ id: z.string(), name: z.string(), createdAt: z.string(), updatedAt: z.string() })
  .meta({ id: 'Client' })

const WRITERS = ['admin', 'staff'] as const
const READERS = ['admin', 'staff', 'planner'] as const

export const clientsRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/clients',
    summary: 'Create a client (an advertiser the agency works for)',
    tags: ['clients'],
    auth: WRITERS,
    request: ClientBodySchema,
    responses: { 201: { description: 'The client.', schema: ClientSchema } },
    handle: async (input, { store }) => {
      assertStorableText(input.body)
      return { status: 201, body: await store.clients.create(callerOf(input).actor, input.body.name) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/clients',
    summary: "The agency's clients",
    tags: ['clients'],
    auth: READERS,
    query: z.strictObject({ ...pageQueryShape }),
    responses: { 200: { description: 'One page of clients.', schema: pageSchemaOf(ClientSchema) } },
    handle: async (input, { store }) => ({
      status: 200,
      body: await store.clients.list(callerOf(input).scope, input.query),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/clients/:id',
    summary: 'One client',
    tags: ['clients'],
    auth: READERS,
    responses: { 200: { description: 'The client.', schema: ClientSchema } },
    errors: ['not_found'],
    handle: async (input, { store }) => ({
      status: 200,
      body: found(await store.clients.get(callerOf(input).scope, idOf(input.params)), 'client'),
    }),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/v1/clients/:id',
    summary: 'Rename a client',
    tags: ['clients'],
    auth: WRITERS,
    request: ClientBodySchema,
    responses: { 200: { description: 'The client.', schema: ClientSchema } },
    errors: ['not_found'],
    handle: async (input, { store }) => {
      assertStorableText(input.body)
      const client = await store.clients.rename(callerOf(input).actor, idOf(input.params), input.body.name)
      return { status: 200, body: found(client, 'client') }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/v1/clients/:id',
    summary: 'Delete a client; its audiences and plans leave every list with it',
    tags: ['clients'],
    auth: WRITERS,
    responses: { 204: { description: 'Deleted.', schema: z.undefined() } },
    errors: ['not_found'],
    handle: async (input, { store }) => {
      found((await store.clients.remove(callerOf(input).actor, idOf(input.params))) || null, 'client')
      return { status: 204, body: undefined }
    },
  }),
]
