import { z } from 'zod'
import {
  AudienceSchema,
  ChannelIdSchema,
  compileAudience,
  FidelitySchema,
  PolicyFindingSchema,
} from '../../audiences/index.js'
import { defineRoute } from './route-table.js'

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

export const ChannelResultSchema = z
  .strictObject({
    spec: z.unknown().meta({ description: "The channel's native targeting spec, as its API spells it." }),
    fidelity: FidelitySchema,
    policy: z.array(PolicyFindingSchema),
  })
  .meta({ id: 'ChannelResult' })

export const CompileResponseSchema = z
  .strictObject({ channels: z.partialRecord(ChannelIdSchema, ChannelResultSchema) })
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
    handle: ({ body }, { taxonomy }) => ({
      status: 200,
      body: { channels: compileAudience(body.audience, taxonomy, body.channels) },
    }),
  }),
]
