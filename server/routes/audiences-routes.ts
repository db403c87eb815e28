import { z } from 'zod'
import {
  assertAudienceValid,
  AudienceSchema,
  CHANNEL_IDS,
  ChannelIdSchema,
  compileAudience,
  estimatePlan,
  EstimateRequestSchema,
  EstimateResponseSchema,
  type Audience,
} from '../../audiences/index.js'
import { agencyTaxonomy } from '../connectors/connections.js'
import { HttpError } from '../http/http-errors.js'
import { pageQueryShape, pageSchemaOf } from '../http/list-paging.js'
import { parseRequest } from '../http/parse-request.js'
import { CompileResponseSchema } from './compile-routes.js'
import { defineRoute } from './route-table.js'
import { AudienceVersionSchema, parentProblemError, presentAudience, StoredAudienceSchema } from './audience-schemas.js'
import { assertStorableText, callerOf, found, idOf, IdSchema, settled, StorableTextSchema } from './stored-objects.js'

const ParentIdSchema = IdSchema.nullable()
  .optional()
  .meta({ description: 'The stored audience this sub-segment narrows (same client); null or absent for none.' })

const CreateAudienceSchema = z
  .strictObject({ clientId: IdSchema, parentId: ParentIdSchema, audience: AudienceSchema })
  .meta({ id: 'CreateAudienceRequest' })
const UpdateAudienceSchema = z
  .strictObject({
    version: z.int().min(1).meta({ description: 'The version being replaced; 409 when it is no longer current.' }),
    parentId: ParentIdSchema,
    audience: AudienceSchema,
  })
  .meta({ id: 'UpdateAudienceRequest' })
const ListAudiencesSchema = z.strictObject({
  clientId: IdSchema.optional(),
  tag: StorableTextSchema.pipe(z.string().trim().min(1).max(50)).optional(),
  ...pageQueryShape,
})
const CompileQuerySchema = z.strictObject({
  channels: z
    .string()
    .max(200)
    .optional()
    .meta({ description: `Comma-separated channels (${CHANNEL_IDS.join(', ')}); all when absent.` }),
})
const StoredEstimateSchema = EstimateRequestSchema.omit({ audience: true }).meta({
  id: 'StoredAudienceEstimateRequest',
})

// A stored sub-segment names its parent by id; an inline parent as well would be two parents.
function checkedAudience(
  body: { parentId?: string | null | undefined; audience: Audience },
  taxonomy: Parameters<typeof assertAudienceValid>[1],
) {
  assertStorableText(body)
  if (body.parentId && body.audience.parent)
    throw new HttpError('request_invalid', 'give parentId or an inline audience.parent, not both', [
      { path: ['audience', 'parent'], message: 'the parent is parentId', code: 'parent_twice' },
    ])
  assertAudienceValid(body.audience, taxonomy)
  return { parentId: body.parentId ?? null, audience: body.audience }
}

const ChannelListSchema = z.strictObject({ channels: z.array(ChannelIdSchema).min(1) })
const channelsOf = (text: string | undefined) =>
  text === undefined
    ? undefined
    : parseRequest(ChannelListSchema, { channels: text.split(',').map((c) => c.trim()) }).channels

const READERS = ['admin', 'staff', 'planner'] as const
const WRITERS = ['admin', 'staff'] as const

export const audiencesRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/audiences',
    summary: 'Store an audience for a client (version 1)',
    tags: ['audiences'],
    auth: WRITERS,
    request: CreateAudienceSchema,
    responses: { 201: { description: 'The stored audience.', schema: StoredAudienceSchema } },
    errors: ['audience_invalid', 'not_found'],
    handle: async (input, { store, taxonomy }) => {
      const { actor, scope } = callerOf(input)
      const write = { clientId: input.body.clientId, ...checkedAudience(input.body, taxonomy) }
      const created = await store.audiences.create(actor, scope, write)
      if (typeof created === 'string') throw parentProblemError(created)
      return { status: 201, body: presentAudience(created) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/audiences',
    summary: "The agency's audiences, optionally of one client or with one tag",
    tags: ['audiences'],
    auth: READERS,
    query: ListAudiencesSchema,
    responses: { 200: { description: 'One page of audiences.', schema: pageSchemaOf(StoredAudienceSchema) } },
    handle: async (input, { store }) => {
      const page = await store.audiences.list(callerOf(input).scope, input.query)
      return { status: 200, body: { items: page.items.map(presentAudience), nextCursor: page.nextCursor } }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/audiences/:id',
    summary: 'One audience at its current version',
    tags: ['audiences'],
    auth: READERS,
    responses: { 200: { description: 'The audience.', schema: StoredAudienceSchema } },
    errors: ['not_found'],
    handle: async (input, { store }) => ({
      status: 200,
      body: presentAudience(found(await store.audiences.get(callerOf(input).scope, idOf(input.params)), 'audience')),
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/api/v1/audiences/:id',
    summary: 'Replace an audience, making a new version (409 with the current one when `version` is stale)',
    tags: ['audiences'],
    auth: WRITERS,
    request: UpdateAudienceSchema,
    responses: { 200: { description: 'The audience at its new version.', schema: StoredAudienceSchema } },
    errors: ['audience_invalid', 'not_found', 'conflict'],
    handle: async (input, { store, taxonomy }) => {
      const { actor, scope } = callerOf(input)
      const change = checkedAudience(input.body, taxonomy)
      const outcome = await store.audiences.update(actor, scope, idOf(input.params), input.body.version, change)
      if (outcome.kind !== 'ok' && outcome.kind !== 'conflict' && outcome.kind !== 'not_found')
        throw parentProblemError(outcome.kind)
      return { status: 200, body: settled(outcome, 'audience', presentAudience) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/audiences/:id/versions',
    summary: 'Every version of an audience, newest first',
    tags: ['audiences'],
    auth: READERS,
    query: z.strictObject({ ...pageQueryShape }),
    responses: { 200: { description: 'One page of versions.', schema: pageSchemaOf(AudienceVersionSchema) } },
    errors: ['not_found'],
    handle: async (input, { store }) => ({
      status: 200,
      body: found(await store.audiences.versions(callerOf(input).scope, idOf(input.params), input.query), 'audience'),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/audiences/:id/compile',
    summary: 'Compile the stored audience (its parents inlined) as POST /api/v1/compile does',
    tags: ['audiences'],
    auth: READERS,
    query: CompileQuerySchema,
    responses: { 200: { description: 'One result per channel.', schema: CompileResponseSchema } },
    errors: ['audience_invalid', 'not_found'],
    handle: async (input, deps) => {
      const channels = channelsOf(input.query.channels)
      const { scope } = callerOf(input)
      const audience = found(await deps.store.audiences.resolved(scope, idOf(input.params)), 'audience')
      const taxonomy = await agencyTaxonomy(deps, scope.agencyId)
      return { status: 200, body: { channels: compileAudience(audience, taxonomy, channels) } }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/v1/audiences/:id/estimate',
    summary: "Estimate lines for the stored audience with the agency's rate cards, as POST /api/v1/estimate does",
    tags: ['audiences'],
    auth: READERS,
    request: StoredEstimateSchema,
    responses: { 200: { description: 'Each line, the total and the assumptions.', schema: EstimateResponseSchema } },
    errors: ['audience_invalid', 'not_found', 'audience_size_unknown', 'universe_too_small', 'reach_model_invalid'],
    handle: async (input, deps) => {
      const { scope, actor } = callerOf(input)
      const audience = found(await deps.store.audiences.resolved(scope, idOf(input.params)), 'audience')
      const rateCards = await deps.store.rateCards.all(actor.agencyId)
      const taxonomy = await agencyTaxonomy(deps, actor.agencyId)
      return { status: 200, body: estimatePlan({ ...input.body, audience }, taxonomy, { rateCards }) }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/v1/audiences/:id',
    summary:
      'Delete an audience (kept in the database and the audit log; refused with 409 while sub-segments narrow it or ' +
      'plans use it: error.usedBy names the plans)',
    tags: ['audiences'],
    auth: WRITERS,
    responses: { 204: { description: 'Deleted.', schema: z.undefined() } },
    errors: ['not_found', 'conflict'],
    handle: async (input, { store }) => {
      const { actor, scope } = callerOf(input)
      const outcome = await store.audiences.remove(actor, scope, idOf(input.params))
      if (outcome.kind === 'has_children') throw new HttpError('conflict', 'sub-segments still narrow this audience')
      if (outcome.kind === 'in_use') {
        const names = outcome.plans.map((p) => `"${p.name}"`).join(', ')
        const message = `plans use this audience: ${names}; delete them or move their lines to another audience first`
        throw new HttpError('conflict', message, undefined, undefined, { usedBy: outcome.plans })
      }
      found(outcome.kind === 'deleted' || null, 'audience')
      return { status: 204, body: undefined }
    },
  }),
]
