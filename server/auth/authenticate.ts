import { timingSafeEqual } from 'node:crypto'
import type { Request } from 'express'
import { HttpError } from '../http/http-errors.js'
import type { Store } from '../store/store.js'
import { SESSION_COOKIE, cookieOf } from './auth-cookies.js'
import type { Principal } from './principal.js'
import { hashSecret } from './secret-token.js'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
export const CSRF_HEADER = 'x-csrf-token'

export const sameSecret = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

function bearerOf(req: Request): string | undefined {
  const header = req.headers.authorization
  if (header === undefined) return undefined
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,200})$/.exec(header)
  if (!match?.[1]) throw new HttpError('unauthorized', 'send Authorization: Bearer <token>')
  return match[1]
}

/**
 * The caller of a request, from a bearer token or else the session cookie; null when it carries neither. A bad
 * token is a 401; a cookie-authenticated write needs the session's CSRF token in X-CSRF-Token (forms cannot set it).
 */
export async function authenticate(req: Request, store: Store): Promise<Principal | null> {
  const bearer = bearerOf(req)
  if (bearer !== undefined) {
    const found = await store.credentials.token(hashSecret(bearer))
    if (!found) throw new HttpError('unauthorized', 'the token is unknown, expired or revoked')
    return { user: found.user, via: 'token', tokenId: found.tokenId, sessionHash: null, csrfToken: null }
  }
  const cookie = cookieOf(req, SESSION_COOKIE)
  if (cookie === undefined) return null
  const sessionHash = hashSecret(cookie)
  const session = await store.credentials.session(sessionHash)
  if (!session) return null
  const given = req.headers[CSRF_HEADER]
  if (!SAFE_METHODS.has(req.method) && (typeof given !== 'string' || !sameSecret(given, session.csrfToken)))
    throw new HttpError('forbidden', `a write with a session cookie needs the session's ${CSRF_HEADER} header`)
  return { user: session.user, via: 'session', tokenId: null, sessionHash, csrfToken: session.csrfToken }
}
