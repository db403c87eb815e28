import { FINNISH_RATE_CARD, TEMPLATES } from '../../../audiences/index.js'
import { hashSecret, newSecret } from '../../../server/auth/secret-token.js'
import type { Role } from '../../../server/store/store-types.js'
import type { AuthWorld, Caller, Target } from './auth-world.js'

// none: no object (lists, stateless tools); client: an object of one client (client users see only their own);
// agency: an object of the agency as a whole; self: the caller's own (its tokens).
export type ObjectKind = 'none' | 'client' | 'agency' | 'self'
export type Call = { path: string; body?: object; token?: string }
export type AccessRow = {
  ok: number
  roles: 'public' | readonly Role[]
  object: ObjectKind
  call(world: AuthWorld, target: Target, caller: Caller): Promise<Call>
}

const EVERYONE: Role[] = ['admin', 'staff', 'planner', 'client']
const AGENCY: Role[] = ['admin', 'staff', 'planner']
const WRITERS: Role[] = ['admin', 'staff']
const ADMIN: Role[] = ['admin']

const AUDIENCE = TEMPLATES.find((t) => t.id === 'small-cottage-buyers')!.audience
const at = (path: string, body?: object) => Promise.resolve({ path, ...(body ? { body } : {}) })

let country = 0
const nextCountry = () =>
  `${String.fromCharCode(90 - Math.floor(country / 26))}${String.fromCharCode(90 - (country++ % 26))}`
const card = () => ({ country: nextCountry(), rates: FINNISH_RATE_CARD.rates })

const audienceCall = (suffix: string, body?: object) => async (w: AuthWorld, t: Target) => ({
  path: `/api/v1/audiences/${(await w.make.audience(t)).id}${suffix}`,
  ...(body ? { body } : {}),
})
const planCall = (suffix: string, body?: (audienceId: string) => object) => async (w: AuthWorld, t: Target) => {
  const { plan, audienceId } = await w.make.plan(t)
  return { path: `/api/v1/plans/${plan.id}${suffix}`, ...(body ? { body: body(audienceId) } : {}) }
}

const withWebhook = () => async (w: AuthWorld) => {
  await w.store.webhooks.set(w.where('own').agencyId, 'https://hooks.agency.test/kohde', 'whsec_test')
  return { path: '/api/v1/webhook' }
}

export const CREDENTIALS = { email: 'login@agency.test', password: 'correct horse battery staple' }

/** Expected access per route: the one table the authorization matrix is generated from. */
export const ACCESS_TABLE: Record<string, AccessRow> = {
  'GET /healthz': { ok: 200, roles: 'public', object: 'none', call: () => at('/healthz') },
  'GET /api/openapi.json': { ok: 200, roles: 'public', object: 'none', call: () => at('/api/openapi.json') },
  'POST /api/v1/auth/token': {
    ok: 200,
    roles: 'public',
    object: 'none',
    call: () => at('/api/v1/auth/token', CREDENTIALS),
  },
  'GET /share/:token': {
    ok: 200,
    roles: 'public',
    object: 'none',
    call: async (w) => {
      const { plan } = await w.make.plan('own')
      const token = newSecret()
      const scope = { agencyId: w.where('own').agencyId, clientId: null }
      await w.store.planReviews.share(w.where('own').actor, scope, plan.id, {
        tokenHash: hashSecret(token),
        expiresAt: '2999-01-01T00:00:00.000Z',
      })
      return { path: `/share/${token}` }
    },
  },

  'GET /api/v1/auth/me': { ok: 200, roles: EVERYONE, object: 'none', call: () => at('/api/v1/auth/me') },
  'DELETE /api/v1/auth/token': {
    ok: 204,
    roles: EVERYONE,
    object: 'none',
    call: async (w, _t, caller) => ({ path: '/api/v1/auth/token', token: await w.make.token(caller.userId) }),
  },
  'GET /api/v1/auth/tokens': { ok: 200, roles: EVERYONE, object: 'none', call: () => at('/api/v1/auth/tokens') },
  'DELETE /api/v1/auth/tokens/:id': {
    ok: 204,
    roles: EVERYONE,
    object: 'self',
    call: async (w, t, caller) => {
      const owner = t === 'own' ? caller.userId : (await w.make.user(t)).id
      await w.make.token(owner)
      const page = await w.store.credentials.tokens(owner, { limit: 200 })
      return { path: `/api/v1/auth/tokens/${page.items.at(-1)!.id}` }
    },
  },

  'POST /api/v1/users': {
    ok: 201,
    roles: ADMIN,
    object: 'agency',
    call: (w, t) =>
      at('/api/v1/users', {
        email: `${w.make.unique('new')}@agency.test`,
        password: 'long enough password',
        role: 'client',
        clientId: w.where(t).clientId,
      }),
  },
  'GET /api/v1/users': { ok: 200, roles: ADMIN, object: 'none', call: () => at('/api/v1/users') },
  'GET /api/v1/users/:id': {
    ok: 200,
    roles: ADMIN,
    object: 'agency',
    call: async (w, t) => at(`/api/v1/users/${(await w.make.user(t)).id}`),
  },
  'PATCH /api/v1/users/:id': {
    ok: 200,
    roles: ADMIN,
    object: 'agency',
    call: async (w, t) => at(`/api/v1/users/${(await w.make.user(t)).id}`, { role: 'planner' }),
  },
  'DELETE /api/v1/users/:id': {
    ok: 204,
    roles: ADMIN,
    object: 'agency',
    call: async (w, t) => at(`/api/v1/users/${(await w.make.user(t)).id}`),
  },

  'POST /api/v1/clients': {
    ok: 201,
    roles: WRITERS,
    object: 'none',
    call: () => at('/api/v1/clients', { name: 'New Oy' }),
  },
  'GET /api/v1/clients': { ok: 200, roles: AGENCY, object: 'none', call: () => at('/api/v1/clients') },
  'GET /api/v1/clients/:id': {
    ok: 200,
    roles: AGENCY,
    object: 'agency',
    call: async (w, t) => at(`/api/v1/clients/${(await w.make.client(t)).id}`),
  },
  'PATCH /api/v1/clients/:id': {
    ok: 200,
    roles: WRITERS,
    object: 'agency',
    call: async (w, t) => at(`/api/v1/clients/${(await w.make.client(t)).id}`, { name: 'Renamed Oy' }),
  },
  'DELETE /api/v1/clients/:id': {
    ok: 204,
    roles: WRITERS,
    object: 'agency',
    call: async (w, t) => at(`/api/v1/clients/${(await w.make.client(t)).id}`),
  },

  'POST /api/v1/audiences': {
    ok: 201,
    roles: WRITERS,
    object: 'client',
    call: (w, t) => at('/api/v1/audiences', { clientId: w.where(t).clientId, audience: AUDIENCE }),
  },
  'GET /api/v1/audiences': { ok: 200, roles: AGENCY, object: 'none', call: () => at('/api/v1/audiences') },
  'GET /api/v1/audiences/:id': { ok: 200, roles: AGENCY, object: 'client', call: audienceCall('') },
  'PUT /api/v1/audiences/:id': {
    ok: 200,
    roles: WRITERS,
    object: 'client',
    call: audienceCall('', { version: 1, audience: AUDIENCE }),
  },
  'GET /api/v1/audiences/:id/versions': { ok: 200, roles: AGENCY, object: 'client', call: audienceCall('/versions') },
  'GET /api/v1/audiences/:id/compile': { ok: 200, roles: AGENCY, object: 'client', call: audienceCall('/compile') },
  // Exports carry targeting internals: agency roles only; a client reads the plan in the client view.
  'GET /api/v1/audiences/:id/export': { ok: 200, roles: AGENCY, object: 'client', call: audienceCall('/export') },
  'POST /api/v1/audiences/:id/estimate': {
    ok: 200,
    roles: AGENCY,
    object: 'client',
    call: audienceCall('/estimate', { lines: [{ channel: 'facebook', budget: 100 }] }),
  },
  'DELETE /api/v1/audiences/:id': { ok: 204, roles: WRITERS, object: 'client', call: audienceCall('') },

  'POST /api/v1/plans': {
    ok: 201,
    roles: WRITERS,
    object: 'client',
    call: async (w, t) => {
      const audience = await w.make.audience(t)
      const lines = [{ audienceId: audience.id, channel: 'linkedin', budget: 300 }]
      return { path: '/api/v1/plans', body: { clientId: w.where(t).clientId, name: 'Spring', lines } }
    },
  },
  'GET /api/v1/plans': { ok: 200, roles: EVERYONE, object: 'none', call: () => at('/api/v1/plans') },
  'GET /api/v1/plans/:id': { ok: 200, roles: EVERYONE, object: 'client', call: planCall('') },
  'PUT /api/v1/plans/:id': {
    ok: 200,
    roles: WRITERS,
    object: 'client',
    call: planCall('', (audienceId) => ({
      version: 1,
      name: 'v2',
      lines: [{ audienceId, channel: 'google', budget: 200 }],
    })),
  },
  'GET /api/v1/plans/:id/versions': { ok: 200, roles: EVERYONE, object: 'client', call: planCall('/versions') },
  'GET /api/v1/plans/:id/export': { ok: 200, roles: AGENCY, object: 'client', call: planCall('/export?format=csv') },
  'DELETE /api/v1/plans/:id': { ok: 204, roles: WRITERS, object: 'client', call: planCall('') },
  'POST /api/v1/plans/:id/share': { ok: 201, roles: WRITERS, object: 'client', call: planCall('/share', () => ({})) },
  'DELETE /api/v1/plans/:id/share': { ok: 204, roles: WRITERS, object: 'client', call: planCall('/share') },
  'POST /api/v1/plans/:id/approve': {
    ok: 200,
    roles: ['admin', 'client'],
    object: 'client',
    call: planCall('/approve', () => ({})),
  },
  'POST /api/v1/plans/:id/comments': {
    ok: 201,
    roles: EVERYONE,
    object: 'client',
    call: planCall('/comments', () => ({ body: 'Looks good' })),
  },
  'GET /api/v1/plans/:id/comments': { ok: 200, roles: EVERYONE, object: 'client', call: planCall('/comments') },
  // The client review (issue 17): a client user or an admin answers the shared version; staff read the events.
  'POST /api/v1/plans/:id/request-changes': {
    ok: 200,
    roles: ['admin', 'client'],
    object: 'client',
    call: planCall('/request-changes', () => ({ comment: 'Less LinkedIn, please' })),
  },
  'GET /api/v1/plans/:id/events': { ok: 200, roles: AGENCY, object: 'client', call: planCall('/events') },
  // The agency's one webhook: admins only; reading or removing needs one set first (else 404).
  'GET /api/v1/webhook': { ok: 200, roles: ADMIN, object: 'none', call: withWebhook() },
  'PUT /api/v1/webhook': {
    ok: 200,
    roles: ADMIN,
    object: 'none',
    call: () => at('/api/v1/webhook', { url: 'https://hooks.agency.test/kohde' }),
  },
  'DELETE /api/v1/webhook': { ok: 204, roles: ADMIN, object: 'none', call: withWebhook() },

  'POST /api/v1/rate-cards': {
    ok: 201,
    roles: ADMIN,
    object: 'none',
    call: () => at('/api/v1/rate-cards', { card: card() }),
  },
  'GET /api/v1/rate-cards': { ok: 200, roles: AGENCY, object: 'none', call: () => at('/api/v1/rate-cards') },
  'GET /api/v1/rate-cards/:id': {
    ok: 200,
    roles: AGENCY,
    object: 'agency',
    call: async (w, t) => at(`/api/v1/rate-cards/${(await w.make.rateCard(t)).id}`),
  },
  'PUT /api/v1/rate-cards/:id': {
    ok: 200,
    roles: ADMIN,
    object: 'agency',
    call: async (w, t) => at(`/api/v1/rate-cards/${(await w.make.rateCard(t)).id}`, { version: 1, card: card() }),
  },
  'DELETE /api/v1/rate-cards/:id': {
    ok: 204,
    roles: ADMIN,
    object: 'agency',
    call: async (w, t) => at(`/api/v1/rate-cards/${(await w.make.rateCard(t)).id}`),
  },

  'GET /api/v1/audit': { ok: 200, roles: ADMIN, object: 'none', call: () => at('/api/v1/audit') },

  // Connectors: the matrix's app has no KOHDE_SECRET_KEY and no platform credentials, so storing credentials is
  // refused (409 secret_key_missing) and a resolve has nothing to look up (409 connector_off);
  // test/connectors/connectors-api.test.ts covers their 200s against loopback fakes.
  'GET /api/v1/connectors': { ok: 200, roles: AGENCY, object: 'none', call: () => at('/api/v1/connectors') },
  // Browse categories are shipped vocabulary, the same for every agency: the id names no agency's object.
  'GET /api/v1/taxonomy/categories/:id': {
    ok: 200,
    roles: AGENCY,
    object: 'none',
    call: () => at('/api/v1/taxonomy/categories/google-affinity'),
  },
  'PUT /api/v1/connectors/:platform': {
    ok: 409,
    roles: ADMIN,
    object: 'none',
    call: () => at('/api/v1/connectors/meta', { accessToken: 'not-a-real-token', adAccountId: '123' }),
  },
  'DELETE /api/v1/connectors/:platform': {
    ok: 204,
    roles: ADMIN,
    object: 'agency',
    call: async (w, t) => {
      await w.store.platformCredentials.save(w.where(t).actor, 'linkedin', 'v1.sealed.by.the.test')
      return { path: '/api/v1/connectors/linkedin' }
    },
  },
  'POST /api/v1/connectors/resolve': {
    ok: 409,
    roles: ADMIN,
    object: 'none',
    call: () => at('/api/v1/connectors/resolve', {}),
  },
  'POST /api/v1/audiences/:id/live-estimates': {
    ok: 200,
    roles: AGENCY,
    object: 'client',
    call: audienceCall('/live-estimates', { channels: ['facebook'] }),
  },
  'POST /api/v1/audiences/:id/platform-check': {
    ok: 200,
    roles: AGENCY,
    object: 'client',
    call: audienceCall('/platform-check', { channels: ['linkedin'] }),
  },
}
