import { z } from 'zod'
import { pageQueryShape, pageSchemaOf } from '../http/list-paging.js'
import { defineRoute } from './route-table.js'
import { callerOf, IdSchema } from './stored-objects.js'

const AuditEntrySchema = z
  .strictObject({
    id: z.string(),
    actorId: z.string().nullable(),
    actorEmail: z.string().nullable(),
    action: z.string().meta({ description: 'create, update, delete, share, unshare, approve, comment.' }),
    objectType: z.string(),
    objectId: z.string(),
    version: z.int().nullable(),
    at: z.string(),
  })
  .meta({ id: 'AuditEntry' })

export const auditRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/v1/audit',
    summary: 'Who changed what in the agency, oldest first',
    tags: ['audit'],
    auth: ['admin'],
    query: z.strictObject({ objectId: IdSchema.optional(), ...pageQueryShape }),
    responses: { 200: { description: 'One page of the audit log.', schema: pageSchemaOf(AuditEntrySchema) } },
    handle: async (input, { store }) => ({
      status: 200,
      body: await store.audit.list(callerOf(input).actor.agencyId, input.query),
    }),
  }),
]
