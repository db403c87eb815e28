import { z } from 'zod'
import { newSecret } from '../auth/secret-token.js'
import { callerOf, found } from './stored-objects.js'
import { defineRoute } from './route-table.js'

const WebhookRequestSchema = z
  .strictObject({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .meta({ description: 'Where kohde POSTs each review event (HTTPS in production).' }),
  })
  .meta({ id: 'WebhookRequest' })
const WebhookSchema = z
  .strictObject({
    url: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    deliveries: z.array(
      z.strictObject({
        id: z.string(),
        type: z.string(),
        attempts: z.int(),
        nextAttemptAt: z.string().nullable(),
        deliveredAt: z.string().nullable(),
        lastError: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'Webhook', description: 'The agency’s webhook and its newest deliveries (never the secret).' })
const WebhookSetSchema = z
  .strictObject({
    url: z.string(),
    secret: z.string().meta({ description: 'The signing secret, shown once (docs/webhooks.md: verifying).' }),
  })
  .meta({ id: 'WebhookSet' })

export const webhookRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/v1/webhook',
    summary: 'The agency’s outgoing webhook and its 20 newest deliveries',
    tags: ['webhooks'],
    auth: ['admin'],
    responses: { 200: { description: 'The webhook.', schema: WebhookSchema } },
    errors: ['not_found'],
    handle: async (input, { store }) => {
      const agencyId = callerOf(input).actor.agencyId
      const hook = found(await store.webhooks.get(agencyId), 'webhook')
      const deliveries = await store.webhooks.recent(agencyId, 20)
      return { status: 200, body: { url: hook.url, createdAt: hook.createdAt, updatedAt: hook.updatedAt, deliveries } }
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/v1/webhook',
    summary: 'Set the webhook’s URL; a new signing secret is issued and shown once',
    tags: ['webhooks'],
    auth: ['admin'],
    request: WebhookRequestSchema,
    responses: { 200: { description: 'The URL and its new secret.', schema: WebhookSetSchema } },
    handle: async (input, { store }) => {
      const agencyId = callerOf(input).actor.agencyId
      const hook = await store.webhooks.set(agencyId, input.body.url, newSecret('whsec_'))
      return { status: 200, body: { url: hook.url, secret: hook.secret } }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/v1/webhook',
    summary: 'Remove the webhook (deliveries not yet made are dropped)',
    tags: ['webhooks'],
    auth: ['admin'],
    responses: { 204: { description: 'Removed.', schema: z.undefined() } },
    errors: ['not_found'],
    handle: async (input, { store }) => {
      found((await store.webhooks.remove(callerOf(input).actor.agencyId)) || null, 'webhook')
      return { status: 204, body: undefined }
    },
  }),
]
