import { HttpError } from '../http/http-errors.js'
import type { Who } from '../store/plan-event-repository.js'
import type { Actor, Role, Scope } from '../store/store-types.js'
import type { AppDeps, RouteInput } from './route-table.js'
import { openShareLink } from './share-link-access.js'
import { callerOf, idOf } from './stored-objects.js'

/** Who answers a review: a signed-in client user or admin, or a share link's visitor (issue 17). */
export type Reviewer = {
  via: 'user' | 'share'
  role: Role
  actor: Actor
  scope: Scope
  planId: string
  who: Who
}

const missing = (field: string) => ({ path: [field], message: 'required through a share link', code: 'required' })

/**
 * The reviewer of a request: the share link whose token came with it (its plan must be the one in the path; a link
 * approves as its client would, and its visitor must give a name and email to approve), else the signed-in user.
 */
export async function reviewerOf(
  input: RouteInput<unknown, unknown>,
  deps: AppDeps,
  body: { name?: string | undefined; email?: string | undefined },
  needsName: boolean,
): Promise<Reviewer> {
  const planId = idOf(input.params)
  if (input.shareToken === undefined || input.shareToken === null) {
    const { actor, scope, role } = callerOf(input)
    return { via: 'user', role, actor, scope, planId, who: { name: body.name ?? null, email: actor.email } }
  }
  const access = await openShareLink(deps.store, input.shareToken, input.ip, body.name ?? 'share link')
  if (access.plan.id !== planId) throw new HttpError('not_found', 'no such plan')
  if (needsName && (body.name === undefined || body.email === undefined))
    throw new HttpError(
      'request_invalid',
      'an approval through a share link names who approves: send "name" and "email"',
      [...(body.name === undefined ? [missing('name')] : []), ...(body.email === undefined ? [missing('email')] : [])],
    )
  const who = { name: body.name ?? null, email: body.email ?? null }
  return { via: 'share', role: 'client', actor: access.actor, scope: access.scope, planId, who }
}
