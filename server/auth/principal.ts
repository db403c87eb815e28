import type { Actor, Role, Scope } from '../store/store-types.js'
import type { StoredUser } from '../store/user-repository.js'

/** The authenticated caller: the user, and how they proved it (a bearer token or a session cookie). */
export type Principal = {
  user: StoredUser
  via: 'token' | 'session'
  tokenId: string | null
  sessionHash: string | null
  csrfToken: string | null
}

export const AGENCY_ROLES: readonly Role[] = ['admin', 'staff', 'planner']

export const actorOf = (principal: Principal): Actor => ({
  userId: principal.user.id,
  email: principal.user.email,
  agencyId: principal.user.agencyId,
})

// A client user sees one client; a client user without one (never created so) sees nothing.
export const scopeOf = (principal: Principal): Scope => ({
  agencyId: principal.user.agencyId,
  clientId:
    principal.user.role === 'client' ? (principal.user.clientId ?? '00000000-0000-0000-0000-000000000000') : null,
})
