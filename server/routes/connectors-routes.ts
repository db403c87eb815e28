import { z } from 'zod'
import { PlatformSchema, type Platform } from '../../audiences/index.js'
import { AGENCY_ROLES } from '../auth/principal.js'
import {
  ConnectorStatusListSchema,
  ConnectorStatusSchema,
  CredentialsBodySchema,
  LiveEstimatesRequestSchema,
  LiveEstimatesResponseSchema,
  PlatformCheckRequestSchema,
  PlatformCheckResponseSchema,
  ResolveReportSchema,
  ResolveRequestSchema,
} from '../connectors/connection-schemas.js'
import { platformCheckForAudience } from '../connectors/audience-platform-check.js'
import { liveEstimatesForAudience } from '../connectors/audience-live-estimates.js'
import {
  connectionStatus,
  contextOf,
  removeCredentials,
  runResolve,
  saveCredentials,
} from '../connectors/connections.js'
import { HttpError } from '../http/http-errors.js'
import { defineRoute } from './route-table.js'
import { callerOf, idOf } from './stored-objects.js'

const ADMIN = ['admin'] as const

function platformOf(params: Record<string, string>): Platform {
  const parsed = PlatformSchema.safeParse(params.platform)
  if (!parsed.success) throw new HttpError('not_found', 'no such platform: google, meta or linkedin')
  return parsed.data
}

export const connectorsRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/v1/connectors',
    summary: "The agency's platform connectors: where credentials come from, problems, the last resolve (no secrets)",
    tags: ['connectors'],
    auth: AGENCY_ROLES,
    responses: { 200: { description: 'One status per platform.', schema: ConnectorStatusListSchema } },
    handle: async (input, deps) => ({
      status: 200,
      body: {
        items: await connectionStatus(deps, callerOf(input).actor.agencyId),
        secretKey: contextOf(deps).secretBox !== null,
      },
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/api/v1/connectors/:platform',
    summary: "Store the agency's own credentials for a platform, encrypted with KOHDE_SECRET_KEY (never returned)",
    tags: ['connectors'],
    auth: ADMIN,
    request: CredentialsBodySchema,
    responses: { 200: { description: 'The connector status.', schema: ConnectorStatusSchema } },
    errors: ['not_found', 'secret_key_missing'],
    handle: async (input, deps) => {
      const platform = platformOf(input.params)
      return { status: 200, body: await saveCredentials(deps, callerOf(input).actor, platform, input.body) }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/v1/connectors/:platform',
    summary: "Remove the agency's stored credentials for a platform (the server's KOHDE_* variables stay)",
    tags: ['connectors'],
    auth: ADMIN,
    responses: { 204: { description: 'Removed.', schema: z.undefined() } },
    errors: ['not_found'],
    handle: async (input, deps) => {
      await removeCredentials(deps, callerOf(input).actor, platformOf(input.params))
      return { status: 204, body: undefined }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/v1/connectors/resolve',
    summary:
      'Look up unresolved taxonomy identifiers on the connected platforms and store exact matches for the agency',
    tags: ['connectors'],
    auth: ADMIN,
    request: ResolveRequestSchema,
    responses: {
      200: {
        description: 'The report; status "aborted" (nothing written) when a platform failed part-way.',
        schema: ResolveReportSchema,
      },
    },
    errors: ['conflict'],
    handle: async (input, deps) => {
      const { actor } = callerOf(input)
      return { status: 200, body: await runResolve(deps, actor, actor.agencyId, input.body) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/v1/audiences/:id/live-estimates',
    summary: "The connected platforms' own estimates for the stored audience, dated, beside kohde's offline estimate",
    tags: ['audiences', 'connectors'],
    auth: AGENCY_ROLES,
    request: LiveEstimatesRequestSchema,
    responses: { 200: { description: 'Offline and live estimates.', schema: LiveEstimatesResponseSchema } },
    errors: ['not_found', 'audience_invalid', 'audience_size_unknown'],
    handle: async (input, deps) => ({
      status: 200,
      body: await liveEstimatesForAudience(deps, callerOf(input).scope, idOf(input.params), input.body),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/v1/audiences/:id/platform-check',
    summary:
      'The connected platforms check the compiled targeting without creating anything (Google and Meta validate-only, LinkedIn audienceCounts)',
    tags: ['audiences', 'connectors'],
    auth: AGENCY_ROLES,
    request: PlatformCheckRequestSchema,
    responses: { 200: { description: "Each platform's verdict or error.", schema: PlatformCheckResponseSchema } },
    errors: ['not_found', 'audience_invalid'],
    handle: async (input, deps) => ({
      status: 200,
      body: await platformCheckForAudience(deps, callerOf(input).scope, idOf(input.params), input.body),
    }),
  }),
]
