import request from 'supertest'
import { DEFAULT_TAXONOMY } from '../../../audiences/index.js'
import type { Principal } from '../../../server/auth/principal.js'
import { hashSecret, newSecret } from '../../../server/auth/secret-token.js'
import type { Locale } from '../../../server/i18n/locale.js'
import { createViewEngine } from '../../../server/pages/view-engine.js'
import { toLayout } from '../../../server/presenters/layout-presenter.js'
import type { Role } from '../../../server/store/store-types.js'
import type { StoredUser } from '../../../server/store/user-repository.js'
import { createAuthWorld, type AuthWorld } from '../../auth/support/auth-world.js'

export type PageWorld = AuthWorld & { browse(role: Role): Promise<Browser> }
export type Browser = {
  csrf: string
  cookie: string
  get(path: string, headers?: Record<string, string>): request.Test
  post(path: string, form: Record<string, string | string[]>): request.Test
}

/** The auth world (two agencies, a user per role) with a signed-in browser session for any role. */
export async function createPageWorld(taxonomy = DEFAULT_TAXONOMY): Promise<PageWorld> {
  const world = await createAuthWorld(taxonomy)
  const browse = async (role: Role): Promise<Browser> => {
    const session = newSecret()
    const csrf = newSecret()
    await world.store.credentials.createSession(
      world.callers[role].userId,
      hashSecret(session),
      csrf,
      '2999-01-01T00:00:00.000Z',
    )
    const cookie = `kohde_session=${session}`
    return {
      csrf,
      cookie,
      get: (path, headers = {}) => request(world.app).get(path).set(headers).set('Cookie', cookie),
      // Forms as a browser posts them: urlencoded, with the session's CSRF token unless the test gives its own.
      post: (path, form) =>
        request(world.app)
          .post(path)
          .set('Cookie', cookie)
          .type('form')
          .send({ _csrf: csrf, ...form }),
    }
  }
  return { ...world, browse }
}

/** The text of the <main> element: what a page says, without the layout. */
export const mainOf = (html: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? ''

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#x27': "'",
  '#x3D': '=',
  '#x60': '`',
}
/** HTML with Handlebars' escapes undone (it writes = as &#x3D; inside attributes), for comparing with plain text. */
export const unescapeHtml = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#x27|#x3D|#x60);/g, (_, e: string) => ENTITIES[e]!)

/** The data-error-code on <main>, or null. */
export const errorCodeOf = (html: string) => /<main[^>]*data-error-code="([^"]+)"/.exec(html)?.[1] ?? null

// A fixed signed-in user, so snapshots do not depend on generated ids.
export const snapshotPrincipal = (role: Role, locale: Locale | null = null): Principal => {
  const user: StoredUser = {
    id: '00000000-0000-7000-8000-000000000001',
    agencyId: '00000000-0000-7000-8000-000000000002',
    email: `${role}@agency.test`,
    role,
    clientId: role === 'client' ? '00000000-0000-7000-8000-000000000003' : null,
    locale,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
  }
  return { user, via: 'session', tokenId: null, sessionHash: 'h', csrfToken: 'csrf-token-for-snapshots' }
}

const engine = createViewEngine()

/** A page rendered exactly as mount-pages.ts renders it, from a fixed view-model: one snapshot per page. */
export function renderForSnapshot(
  view: string,
  title: string,
  model: object,
  options: { locale?: Locale; role?: Role | null; here?: string; errorCode?: string | null } = {},
): string {
  const locale = options.locale ?? 'en'
  const principal = options.role === null ? null : snapshotPrincipal(options.role ?? 'staff')
  const layout = toLayout(principal, locale, options.here ?? '/', options.errorCode ?? null)
  return engine.render(view, { ...model, locale, title, layout })
}
