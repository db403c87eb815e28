import type { Request } from 'express'
import { SESSION_COOKIE, cookieOf } from '../auth/auth-cookies.js'
import type { Principal } from '../auth/principal.js'
import { hashSecret } from '../auth/secret-token.js'
import type { Store } from '../store/store.js'

/** The signed-in user of a page request: the session cookie only (a bearer token is for the API). */
export async function pagePrincipal(req: Request, store: Store): Promise<Principal | null> {
  const cookie = cookieOf(req, SESSION_COOKIE)
  if (cookie === undefined || !/^[A-Za-z0-9_-]{1,200}$/.test(cookie)) return null
  const sessionHash = hashSecret(cookie)
  const session = await store.credentials.session(sessionHash)
  if (!session) return null
  return { user: session.user, via: 'session', tokenId: null, sessionHash, csrfToken: session.csrfToken }
}
