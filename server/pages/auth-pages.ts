import { z } from 'zod'
import { LOGIN_CSRF_COOKIE, SESSION_COOKIE } from '../auth/auth-cookies.js'
import { checkLogin } from '../auth/login-check.js'
import { issueLoginCsrf, LOGIN_FORM_TTL_MS, loginCsrfValid } from '../auth/login-csrf.js'
import { hashSecret, newSecret } from '../auth/secret-token.js'
import { HttpError } from '../http/http-errors.js'
import { LocaleSchema } from '../i18n/locale.js'
import { translate } from '../i18n/translate.js'
import { toLoginPage } from '../presenters/login-presenter.js'
import { LANGUAGE_COOKIE } from './page-locale.js'
import { safeNext } from './page-guard.js'
import type { AppDeps } from '../routes/route-table.js'
import { definePage, type PageInput } from './page-table.js'

export const SESSION_TTL_MS = 12 * 3_600_000
const YEAR_MS = 365 * 24 * 3_600_000

const LoginFormSchema = z.object({
  email: z.string().max(320),
  password: z.string().max(200),
  _csrf: z.string().max(200),
  next: z.string().max(2000).optional(),
})
const LanguageFormSchema = z.object({ locale: LocaleSchema, next: z.string().max(2000).optional() })

type LoginFailure = { status: number; code: string; headers?: Readonly<Record<string, string>> }

// The sign-in form is public, so it carries its own CSRF token: signed by the server, as a cookie and a hidden field.
async function loginForm(input: PageInput, deps: AppDeps, failure: LoginFailure | null, email: string | null) {
  const csrf = await issueLoginCsrf(deps.store, deps.clock?.())
  input.setCookie(LOGIN_CSRF_COOKIE, csrf, LOGIN_FORM_TTL_MS)
  const next = safeNext(input.query['next'] ?? input.form['next'])
  return {
    view: 'login',
    title: translate(input.locale, 'login.title'),
    status: failure?.status ?? 200,
    headers: failure?.headers ?? {},
    model: toLoginPage({
      csrf,
      next,
      email,
      failureCode: failure?.code ?? null,
      waitSeconds: Number(failure?.headers?.['Retry-After'] ?? 0),
      signedOut: input.query['out'] === '1',
    }),
  }
}

export const AUTH_PAGES = [
  definePage({
    method: 'get',
    path: '/login',
    auth: 'public',
    handle: (input, deps) =>
      input.principal ? { redirect: safeNext(input.query['next']) } : loginForm(input, deps, null, null),
  }),
  definePage({
    method: 'post',
    path: '/login',
    auth: 'public',
    csrf: 'none', // signed double-submit: the field equals the cookie, a token this server signed (checked below)
    async handle(input, deps) {
      const parsed = LoginFormSchema.safeParse(input.form)
      if (!parsed.success) return loginForm(input, deps, { status: 400, code: 'request_invalid' }, null)
      const { email, password, _csrf, next } = parsed.data
      if (!(await loginCsrfValid(deps.store, _csrf, input.cookie(LOGIN_CSRF_COOKIE), deps.clock?.())))
        return loginForm(input, deps, { status: 403, code: 'forbidden' }, email)
      let user
      try {
        user = await checkLogin(deps.store, email, password, input.ip, deps.clock)
      } catch (error) {
        if (!(error instanceof HttpError)) throw error
        const status = error.code === 'rate_limited' ? 429 : 401
        return loginForm(input, deps, { status, code: error.code, headers: error.headers ?? {} }, email)
      }
      // A new session id at every sign-in (never one the browser brought), so a planted cookie opens nothing.
      const previous = input.cookie(SESSION_COOKIE)
      if (previous) await deps.store.credentials.endSession(hashSecret(previous))
      const session = newSecret()
      const expiresAt = new Date(Date.now() + SESSION_TTL_MS).toISOString()
      await deps.store.credentials.createSession(user.id, hashSecret(session), newSecret(), expiresAt)
      input.setCookie(LOGIN_CSRF_COOKIE, '', 0)
      input.setCookie(SESSION_COOKIE, session, SESSION_TTL_MS)
      return { redirect: safeNext(next) }
    },
  }),
  definePage({
    method: 'post',
    path: '/logout',
    auth: ['admin', 'staff', 'planner', 'client'],
    async handle(input, deps) {
      if (input.principal?.sessionHash) await deps.store.credentials.endSession(input.principal.sessionHash)
      input.setCookie(SESSION_COOKIE, '', 0)
      return { redirect: '/login?out=1' }
    },
  }),
  definePage({
    method: 'post',
    path: '/language',
    auth: 'public',
    csrf: 'none', // only a preference changes; the same-origin check refuses other sites' forms
    async handle(input, deps) {
      const parsed = LanguageFormSchema.safeParse(input.form)
      if (!parsed.success) throw new HttpError('request_invalid', 'choose fi, sv or en')
      if (input.principal) await deps.store.users.setLocale(input.principal.user.id, parsed.data.locale)
      input.setCookie(LANGUAGE_COOKIE, parsed.data.locale, YEAR_MS)
      return { redirect: safeNext(parsed.data.next) }
    },
  }),
]
