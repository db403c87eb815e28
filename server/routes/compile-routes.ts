import { z } from 'zod'
import {
  AudienceSchema,
  CHANNEL_IDS,
  ChannelIdSchema,
  compileAudience,
  FidelitySchema,
  PolicyFindingSchema,
  SPEC_SCHEMAS,
  type ChannelId,
} from '../../audiences/index.js'
import { agencyTaxonomy } from '../connectors/connections.js'
import { defineRoute } from './route-table.js'
import { callerOf } from './stored-objects.js'

export const CompileRequestSchema = z
  .strictObject({
    audience: AudienceSchema,
    channels: z
      .array(ChannelIdSchema)
      .min(1)
      .optional()
      .meta({ description: 'The channels to compile for; all of them when absent.' }),
  })
  .meta({ id: 'CompileRequest' })

const channelResultSchema = (spec: z.ZodType) =>
  z.strictObject({ spec, fidelity: FidelitySchema, policy: z.array(PolicyFindingSchema) }).meta({
    description: "The channel's native targeting spec (as its API spells it), fidelity report and policy findings.",
  })

// One property per channel, each with its own spec schema; a channel appears only when it was asked for.
export const CompileResponseSchema = z
  .strictObject({
    channels: z.strictObject(
      Object.fromEntries(CHANNEL_IDS.map((id) => [id, channelResultSchema(SPEC_SCHEMAS[id]).optional()])) as Record<
        ChannelId,
        z.ZodOptional<ReturnType<typeof channelResultSchema>>
      >,
    ),
  })
  .meta({ id: 'CompileResponse' })

export const compileRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/compile',
    summary: 'Compile an audience into native targeting specs, with a fidelity report and policy findings per channel',
    tags: ['compile'],
    request: CompileRequestSchema,
    responses: { 200: { description: 'One result per requested channel.', schema: CompileResponseSchema } },
    errors: ['audience_invalid'],
    handle: async (input, deps) => {
      const taxonomy = await agencyTaxonomy(deps, callerOf(input).actor.agencyId)
      return { status: 200, body: { channels: compileAudience(input.body.audience, taxonomy, input.body.channels) } }
    },
  }),
]
