import { z } from 'zod'
import { checkLogin } from '../auth/login-check.js'
import { hashSecret, newSecret } from '../auth/secret-token.js'
import { pageQueryShape, pageSchemaOf } from '../http/list-paging.js'
import { RoleSchema, ROLES } from '../store/store-types.js'
import { defineRoute } from './route-table.js'
import { callerOf, found, idOf } from './stored-objects.js'

export const TOKEN_TTL_MS = 30 * 24 * 3_600_000

const TokenRequestSchema = z
  .strictObject({
    email: z.email().max(320),
    password: z.string().min(1).max(200),
    name: z.string().trim().min(1).max(100).optional().meta({ description: 'A label to recognise the token by.' }),
  })
  .meta({ id: 'TokenRequest' })

const TokenUserSchema = z.strictObject({ id: z.string(), email: z.string(), role: RoleSchema })
const TokenResponseSchema = z
  .strictObject({
    token: z.string().meta({ description: 'Send as Authorization: Bearer <token>. Shown once; kohde keeps a hash.' }),
    expiresAt: z.iso.datetime(),
    user: TokenUserSchema,
  })
  .meta({ id: 'TokenResponse' })

const MeSchema = z
  .strictObject({
    user: TokenUserSchema.extend({ clientId: z.string().nullable(), agencyId: z.string() }),
    csrfToken: z
      .string()
      .nullable()
      .meta({ description: 'With a session cookie: send it as X-CSRF-Token on every write. null with a token.' }),
  })
  .meta({ id: 'Me' })

const ApiTokenSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' })

const EVERYONE = ROLES

export const authRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/auth/token',
    summary: 'Exchange an email and password for an API bearer token',
    tags: ['auth'],
    auth: 'public',
    request: TokenRequestSchema,
    responses: { 200: { description: 'A new token.', schema: TokenResponseSchema } },
    errors: ['unauthorized', 'rate_limited'],
    handle: async ({ body, ip }, { store, clock }) => {
      const user = await checkLogin(store, body.email, body.password, ip, clock)
      const token = newSecret('kohde_')
      const expiresAt = new Date(Date.now() + TOKEN_TTL_MS).toISOString()
      await store.credentials.createToken(user.id, hashSecret(token), body.name ?? 'api', expiresAt)
      return { status: 200, body: { token, expiresAt, user: { id: user.id, email: user.email, role: user.role } } }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/auth/me',
    summary: 'Who the credentials belong to',
    tags: ['auth'],
    auth: EVERYONE,
    responses: { 200: { description: 'The signed-in user.', schema: MeSchema } },
    handle: (input) => {
      const { principal } = callerOf(input)
      const { id, email, role, clientId, agencyId } = principal.user
      return { status: 200, body: { user: { id, email, role, clientId, agencyId }, csrfToken: principal.csrfToken } }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/v1/auth/token',
    summary: 'Sign out: revoke the bearer token of this request (or end the session of the cookie)',
    tags: ['auth'],
    auth: EVERYONE,
    responses: { 204: { description: 'Revoked.', schema: z.undefined() } },
    handle: async (input, { store }) => {
      const { principal } = callerOf(input)
      if (principal.tokenId) await store.credentials.revokeToken(principal.user.id, principal.tokenId)
      if (principal.sessionHash) await store.credentials.endSession(principal.sessionHash)
      return { status: 204, body: undefined }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/auth/tokens',
    summary: "The caller's API tokens (never the secrets)",
    tags: ['auth'],
    auth: EVERYONE,
    query: z.strictObject({ ...pageQueryShape }),
    responses: { 200: { description: 'One page of tokens.', schema: pageSchemaOf(ApiTokenSchema) } },
    handle: async (input, { store }) => ({
      status: 200,
      body: await store.credentials.tokens(callerOf(input).principal.user.id, input.query),
    }),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/v1/auth/tokens/:id',
    summary: 'Revoke one of your API tokens',
    tags: ['auth'],
    auth: EVERYONE,
    responses: { 204: { description: 'Revoked.', schema: z.undefined() } },
    errors: ['not_found'],
    handle: async (input, { store }) => {
      const revoked = await store.credentials.revokeToken(callerOf(input).principal.user.id, idOf(input.params))
      found(revoked || null, 'token')
      return { status: 204, body: undefined }
    },
  }),
]
