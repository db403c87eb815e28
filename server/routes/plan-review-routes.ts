import { z } from 'zod'
import { hashSecret, newSecret } from '../auth/secret-token.js'
import { pageQueryShape, pageSchemaOf } from '../http/list-paging.js'
import type { Store } from '../store/store.js'
import { ROLES, type Actor, type Scope } from '../store/store-types.js'
import { presentClientPlan } from './plan-client-view.js'
import { assertLine, LineSchema } from './plan-decision-routes.js'
import { ClientPlanSchema } from './plan-schemas.js'
import { defineRoute } from './route-table.js'
import { openShareLink } from './share-link-access.js'
import { assertStorableText, callerOf, found, idOf } from './stored-objects.js'

const WRITERS = ['admin', 'staff'] as const

const ShareRequestSchema = z
  .strictObject({ expiresInDays: z.int().min(1).max(365).default(30) })
  .meta({ id: 'ShareRequest' })
const ShareResponseSchema = z
  .strictObject({
    url: z.string().meta({ description: 'Opens the plan without an account until it expires or is revoked.' }),
    expiresAt: z.string(),
  })
  .meta({ id: 'ShareResponse' })
const CommentRequestSchema = z
  .strictObject({
    body: z.string().trim().min(1).max(5000),
    internal: z.boolean().default(false).meta({ description: 'Agency-only note; client users never see it.' }),
    line: LineSchema.optional(),
  })
  .meta({ id: 'CommentRequest' })
const CommentSchema = z
  .strictObject({
    id: z.string(),
    version: z.int(),
    authorId: z.string(),
    authorEmail: z.string(),
    body: z.string(),
    internal: z.boolean(),
    createdAt: z.string(),
    line: z.int().nullable().meta({ description: 'The plan line the comment points at (0-based), or null.' }),
  })
  .meta({ id: 'PlanComment' })

/** Shares the plan's current version and makes a link (the token is shown once; kohde keeps its hash). */
export async function sharePlan(
  store: Store,
  actor: Actor,
  scope: Scope,
  id: string,
  origin: string,
  expiresInDays: number,
) {
  const token = newSecret()
  const expiresAt = new Date(Date.now() + expiresInDays * 86_400_000).toISOString()
  found(await store.planReviews.share(actor, scope, id, { tokenHash: hashSecret(token), expiresAt }), 'plan')
  return { url: `${origin}/share/${token}`, expiresAt }
}

export const planReviewRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/plans/:id/share',
    summary: 'Share the plan: its current version becomes shared, and a share link is made',
    tags: ['plans'],
    auth: WRITERS,
    request: ShareRequestSchema,
    responses: { 201: { description: 'The link (shown once; kohde keeps a hash).', schema: ShareResponseSchema } },
    errors: ['not_found'],
    handle: async (input, { store }) => {
      const { actor, scope } = callerOf(input)
      const link = await sharePlan(store, actor, scope, idOf(input.params), input.origin, input.body.expiresInDays)
      return { status: 201, body: link }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/v1/plans/:id/share',
    summary: "Revoke every share link of the plan (client users' own logins keep working)",
    tags: ['plans'],
    auth: WRITERS,
    responses: { 204: { description: 'Revoked.', schema: z.undefined() } },
    errors: ['not_found'],
    handle: async (input, { store }) => {
      const { actor, scope } = callerOf(input)
      found((await store.planReviews.revokeShares(actor, scope, idOf(input.params))) || null, 'plan')
      return { status: 204, body: undefined }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/v1/plans/:id/comments',
    summary: 'Comment on a plan',
    tags: ['plans'],
    auth: ROLES,
    request: CommentRequestSchema,
    responses: { 201: { description: 'The comment.', schema: CommentSchema } },
    errors: ['not_found'],
    handle: async (input, deps) => {
      const { actor, scope, role } = callerOf(input)
      assertStorableText(input.body)
      const id = idOf(input.params)
      await assertLine(deps, { scope }, id, input.body.line)
      const internal = role !== 'client' && input.body.internal
      const line = input.body.line ?? null
      const comment = await deps.store.planReviews.comment(actor, scope, id, input.body.body, internal, { line })
      return { status: 201, body: found(comment, 'plan') }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/plans/:id/comments',
    summary: 'Comments on a plan, oldest first (client users do not see internal notes)',
    tags: ['plans'],
    auth: ROLES,
    query: z.strictObject({ ...pageQueryShape }),
    responses: { 200: { description: 'One page of comments.', schema: pageSchemaOf(CommentSchema) } },
    errors: ['not_found'],
    handle: async (input, { store }) => ({
      status: 200,
      body: found(await store.planReviews.comments(callerOf(input).scope, idOf(input.params), input.query), 'plan'),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/share/:token',
    summary: 'The plan a share link opens, as the client sees it (no account needed)',
    tags: ['plans'],
    auth: 'public',
    responses: { 200: { description: 'The shared plan, as its client sees it.', schema: ClientPlanSchema } },
    errors: ['not_found', 'rate_limited'],
    handle: async ({ params, ip }, { store }) => {
      const { plan } = await openShareLink(store, params.token ?? '', ip)
      return { status: 200, body: presentClientPlan(plan) }
    },
  }),
]
