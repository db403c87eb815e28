import type { Request } from 'express'
import { hashSecret } from '../auth/secret-token.js'
import { requestSource } from '../auth/request-source.js'
import { rateLimited } from '../http/http-errors.js'
import type { StoredPlan } from '../store/plan-records.js'
import type { Store } from '../store/store.js'
import type { Actor, Scope } from '../store/store-types.js'
import { found } from './stored-objects.js'

export const SHARE_LIMIT = { limit: 60, windowMs: 60_000 }
// A share link visitor acts under the link, not a user: audit entries, approvals and comments carry this id.
export const SHARE_ACTOR_PREFIX = 'share-link:'

export type ShareAccess = { plan: StoredPlan; scope: Scope; actor: Actor; linkId: string }

const SHARE_TOKEN = /^[A-Za-z0-9_-]{43}$/
export const SHARE_TOKEN_HEADER = 'x-share-token'

/**
 * A share link's token sent to an API route in place of a login: the X-Share-Token header, or the bearer token when it
 * has a share token's shape (API tokens start with kohde_, share tokens never do). Null when the request has neither.
 */
export function shareTokenOf(req: Request): string | null {
  const header = req.headers[SHARE_TOKEN_HEADER]
  if (typeof header === 'string') return header
  const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1]
  return bearer !== undefined && SHARE_TOKEN.test(bearer) ? bearer : null
}

/** Whether an approval or a comment was made through a share link rather than by a signed-in user. */
export const isShareActor = (userId: string | null) => userId?.startsWith(SHARE_ACTOR_PREFIX) ?? false

/**
 * What a share link opens: the plan as the client sees it, with the client's scope and an actor for the link.
 * Every request through a link counts against one address's limit (tokens cannot be guessed in bulk); an
 * unknown, revoked or expired token is a 404 (no difference is told: a link's existence is not leaked).
 */
export async function openShareLink(store: Store, token: string, ip: string, visitor = 'share link') {
  const taken = await store.rateLimits.take(`share:${requestSource(ip)}`, SHARE_LIMIT)
  if (!taken.allowed)
    throw rateLimited(
      `too many share-link requests: try again in ${taken.retryAfterSeconds} s`,
      taken.retryAfterSeconds,
    )
  const link = SHARE_TOKEN.test(token) ? await store.planReviews.shareLink(hashSecret(token)) : null
  const plan = link ? await store.plans.get(link.scope, link.planId) : null
  const live = found(link && plan ? { link, plan } : null, 'shared plan')
  const actor: Actor = {
    userId: `${SHARE_ACTOR_PREFIX}${live.link.id}`,
    email: visitor,
    agencyId: live.link.scope.agencyId,
  }
  return { plan: live.plan, scope: live.link.scope, actor, linkId: live.link.id } satisfies ShareAccess
}
