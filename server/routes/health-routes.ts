import { z } from 'zod'
import { defineRoute } from './route-table.js'

const HealthSchema = z.strictObject({ status: z.literal('ok') }).meta({ id: 'Health' })

export const healthRoutes = [
  defineRoute({
    method: 'get',
    path: '/healthz',
    summary: 'Liveness check: the server is up and its database answers',
    tags: ['health'],
    responses: { 200: { description: 'The server is up.', schema: HealthSchema } },
    handle: async (_input, { store }) => {
      await store.ping()
      return { status: 200, body: { status: 'ok' } }
    },
  }),
]
