import type { Request } from 'express'
import { sameSecret } from '../auth/authenticate.js'
import type { Principal } from '../auth/principal.js'
import { HttpError } from '../http/http-errors.js'
import type { Page } from './page-table.js'

// A form post must come from this site: browsers send Origin on POST, and a cross-site one is refused.
export function assertSameOrigin(req: Request): void {
  const origin = req.headers.origin
  if (origin !== undefined && origin !== `${req.protocol}://${req.get('host')}`)
    throw new HttpError('forbidden', 'the form was posted from another site')
}

/** A signed-in form post carries the session's CSRF token in `_csrf` (SameSite cookies are the second line). */
export function assertFormToken(page: Page, principal: Principal | null, form: Record<string, unknown>): void {
  const mode = page.csrf ?? (page.auth === 'public' ? 'none' : 'session')
  if (mode === 'none') return
  const given = form['_csrf']
  if (!principal?.csrfToken || typeof given !== 'string' || !sameSecret(given, principal.csrfToken))
    throw new HttpError('forbidden', 'the form does not belong to this session: reload the page and try again')
}

/** Only a path on this site: `next` parameters must not send anyone elsewhere. */
export function safeNext(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback
  return /^\/(?![/\\])[^\s]*$/.test(value) ? value : fallback
}
