import type { Principal } from '../auth/principal.js'
import type { Locale } from '../i18n/locale.js'
import type { UploadedFile } from './multipart-form.js'
import type { AppDeps, RouteAuth, RouteFile } from '../routes/route-table.js'

/** What a page handler gets: the signed-in user (pages use the session cookie only), the language, the raw input. */
export type PageInput = {
  locale: Locale
  // The path and query of this request, for a sign-in or language switch to come back to.
  here: string
  principal: Principal | null
  params: Record<string, string>
  // Raw: each page parses what it reads with its own schema (form-schemas.ts has the shared pieces).
  query: Record<string, unknown>
  form: Record<string, unknown>
  // The files of a page with `upload` (multipart/form-data), by field name; empty elsewhere.
  files: Readonly<Record<string, UploadedFile>>
  ip: string
  origin: string
  // The browser asked for HTML before JSON (a page, not an API call on a shared path such as /share/:token).
  prefersHtml: boolean
  // Set a cookie on the response (language choice, share-link sessions): name, value, max age, SameSite.
  setCookie(name: string, value: string, maxAgeMs: number): void
  cookie(name: string): string | undefined
}

/**
 * A rendered page, a fragment (a partial without the layout, for a page's script), a redirect after a form (303), a file download, or `pass`: not a page request after all (a
 * share link fetched as JSON), so the API route on the same path answers.
 */
export type PageResult =
  | { view: string; title: string; model: object; status?: number; headers?: Readonly<Record<string, string>> }
  | { fragment: string; model: object; status?: number }
  | { redirect: string }
  | { file: RouteFile; status?: number }
  | { json: object; status?: number }
  | { pass: true }

export type PageMethod = 'get' | 'post'

/**
 * One web page or form target. `auth` as the API routes: 'public' or the roles that may open it; signed-out
 * visitors of a non-public page are sent to the sign-in page. A non-public POST must carry the session's CSRF
 * token in `_csrf`; a public POST says how it protects itself (`csrf: 'none'` with a reason in a comment).
 */
export type Page = {
  method: PageMethod
  path: string
  auth: RouteAuth
  csrf?: 'session' | 'none'
  // 'json': data for the pages' own script (the editor's pickers): signed out is a 401 and errors are the API's
  // JSON envelope, never a redirect or an HTML page.
  answers?: 'html' | 'json'
  // A form with a file: multipart/form-data up to maxBytes in all (larger: 413 payload_too_large).
  upload?: { maxBytes: number }
  handle(input: PageInput, deps: AppDeps): PageResult | Promise<PageResult>
}

export const definePage = (page: Page): Page => page
