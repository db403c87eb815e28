import express, { type Request, type Response, type Router } from 'express'
import { z } from 'zod'
import { HttpError } from '../http-errors.js'
import type { AppDeps } from '../routes/route-table.js'
import { LOGIN_CSRF_COOKIE, SESSION_COOKIE, clearCookie, cookieOf, setCookie } from './auth-cookies.js'
import { sameSecret } from './authenticate.js'
import { checkLogin } from './login-check.js'
import { loginPage, signedInPage } from './login-page.js'
import { hashSecret, newSecret } from './secret-token.js'

export const SESSION_TTL_MS = 12 * 3_600_000
const LOGIN_FORM_TTL_MS = 3_600_000

const LoginFormSchema = z.object({
  email: z.string().max(320),
  password: z.string().max(200),
  _csrf: z.string().max(100),
})
const LogoutFormSchema = z.object({ _csrf: z.string().max(100) })

// A form post must come from this site: browsers send Origin on POST, and a cross-site one is refused.
function assertSameOrigin(req: Request): void {
  const origin = req.headers.origin
  if (origin !== undefined && origin !== `${req.protocol}://${req.get('host')}`)
    throw new HttpError('forbidden', 'the form was posted from another site')
}

function parseForm<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body ?? {})
  if (!result.success) throw new HttpError('request_invalid', 'the form is incomplete')
  return result.data
}

/**
 * The web sign-in: GET /login renders the form with a CSRF token (double-submit cookie), POST /login starts a
 * database session (HttpOnly, SameSite=Lax cookie; Secure behind TLS), POST /logout ends it (the session's CSRF token).
 */
export function loginRoutes(deps: AppDeps): Router {
  const router = express.Router()
  const form = express.urlencoded({ extended: false, limit: '10kb' })

  router.get('/login', (req: Request, res: Response) => {
    const csrf = newSecret()
    setCookie(req, res, LOGIN_CSRF_COOKIE, csrf, LOGIN_FORM_TTL_MS, 'strict')
    res.type('html').send(loginPage(csrf))
  })

  router.post('/login', form, async (req: Request, res: Response) => {
    assertSameOrigin(req)
    const { email, password, _csrf } = parseForm(LoginFormSchema, req.body)
    const expected = cookieOf(req, LOGIN_CSRF_COOKIE)
    if (!expected || !sameSecret(_csrf, expected)) throw new HttpError('forbidden', 'the form has expired: reload it')
    const user = await checkLogin(deps.store, email, password, req.ip ?? '')
    const session = newSecret()
    const csrfToken = newSecret()
    const expiresAt = new Date(Date.now() + SESSION_TTL_MS).toISOString()
    await deps.store.credentials.createSession(user.id, hashSecret(session), csrfToken, expiresAt)
    clearCookie(res, LOGIN_CSRF_COOKIE)
    setCookie(req, res, SESSION_COOKIE, session, SESSION_TTL_MS, 'lax')
    res.type('html').send(signedInPage(user.email, csrfToken))
  })

  router.post('/logout', form, async (req: Request, res: Response) => {
    assertSameOrigin(req)
    const { _csrf } = parseForm(LogoutFormSchema, req.body)
    const cookie = cookieOf(req, SESSION_COOKIE)
    const session = cookie ? await deps.store.credentials.session(hashSecret(cookie)) : null
    if (!cookie || !session || !sameSecret(_csrf, session.csrfToken))
      throw new HttpError('forbidden', 'the sign-out form does not belong to this session')
    await deps.store.credentials.endSession(hashSecret(cookie))
    clearCookie(res, SESSION_COOKIE)
    res.redirect(303, '/login')
  })
  return router
}
