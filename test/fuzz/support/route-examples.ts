import { FINNISH_RATE_CARD, TEMPLATES } from '../../../audiences/index.js'
import { issueLoginCsrf } from '../../../server/auth/login-csrf.js'
import {
  aBudgetForReachBody,
  anEstimateBody,
  anOptimizeBody,
  aStrategiesBody,
  aVillaAudience,
} from '../../server/support/plan-bodies.js'
import type { FuzzWorld, Identity } from './fuzz-world.js'

/** A valid request of a route as one caller would send it; the mutator starts from here. */
export type Example = {
  path: string
  query?: Record<string, string>
  body?: unknown
  // A urlencoded form (the web sign-in) instead of JSON.
  form?: Record<string, string>
  // The caller's credentials for this request only (routes that revoke the caller's own session or token).
  credentials?: Pick<Identity, 'token' | 'session' | 'csrf'>
  cookies?: Record<string, string>
}
export type ExampleMaker = (w: FuzzWorld, caller: Identity) => Example | Promise<Example>

const AUDIENCE = TEMPLATES.find((t) => t.id === 'small-cottage-buyers')!.audience
let serial = 0
let exportSerial = 0
const unique = (what: string) => `${what}-${process.pid}-${++serial}`
let country = 0
const nextCountry = () => {
  const n = country++ % 676
  return String.fromCharCode(65 + Math.floor(n / 26), 65 + (n % 26))
}

const own = (w: FuzzWorld) => w.world.where('own')
const scope = (w: FuzzWorld) => ({ agencyId: own(w).agencyId, clientId: null })
const versionOf = async (w: FuzzWorld, kind: 'audiences' | 'plans', id: string) =>
  (await w.store[kind].get(scope(w), id))?.version ?? 1
const freshCredentials = async (w: FuzzWorld, caller: Identity) => ({
  token: (await w.freshToken(caller.userId)).token,
  ...(await w.session(caller.userId)),
})
const lines = (w: FuzzWorld) => [{ audienceId: w.objects.audience.id, channel: 'linkedin', budget: 300 }]

// A rate card to delete; once the fuzz's own writes have taken every free country code, an id that names nothing.
export async function victimRateCard(w: FuzzWorld): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const created = await w.store.rateCards.create(own(w).actor, {
      country: nextCountry(),
      rates: FINNISH_RATE_CARD.rates,
    })
    if (created !== 'country_taken') return created.id
  }
  return '01900000-0000-7000-8000-000000000000'
}

/** One example per route of the table, keyed `METHOD path`; a route without one is sent with {} (see routeTargets). */
export const ROUTE_EXAMPLES: Record<string, ExampleMaker> = {
  'GET /healthz': () => ({ path: '/healthz' }),
  'GET /api/openapi.json': () => ({ path: '/api/openapi.json' }),
  'POST /api/v1/compile': () => ({ path: '/api/v1/compile', body: { audience: AUDIENCE } }),
  'POST /api/v1/estimate': () => ({ path: '/api/v1/estimate', body: anEstimateBody({ audience: aVillaAudience() }) }),
  'POST /api/v1/estimate/curves': () => ({ path: '/api/v1/estimate/curves', body: { ...anEstimateBody(), points: 5 } }),
  'POST /api/v1/optimize': () => ({ path: '/api/v1/optimize', body: anOptimizeBody() }),
  'POST /api/v1/budget-for-reach': () => ({ path: '/api/v1/budget-for-reach', body: aBudgetForReachBody() }),
  'POST /api/v1/strategies/compare': () => ({ path: '/api/v1/strategies/compare', body: aStrategiesBody() }),
  'POST /api/v1/briefs/parse': () => ({
    path: '/api/v1/briefs/parse',
    body: { text: 'luxury villa buyers: age 30–60, top income, executives, doctors, interested in design' },
  }),
  'GET /api/v1/taxonomy': () => ({ path: '/api/v1/taxonomy', query: { q: 'design', locale: 'en', limit: '5' } }),
  'GET /api/v1/templates': () => ({ path: '/api/v1/templates', query: { limit: '5' } }),

  'POST /api/v1/auth/token': (w) => ({ path: '/api/v1/auth/token', body: w.login }),
  'GET /api/v1/auth/me': () => ({ path: '/api/v1/auth/me' }),
  'DELETE /api/v1/auth/token': async (w, caller) => ({
    path: '/api/v1/auth/token',
    credentials: await freshCredentials(w, caller),
  }),
  'GET /api/v1/auth/tokens': () => ({ path: '/api/v1/auth/tokens', query: { limit: '5' } }),
  'DELETE /api/v1/auth/tokens/:id': async (w, caller) => ({
    path: `/api/v1/auth/tokens/${(await w.freshToken(caller.userId)).id}`,
  }),

  'POST /api/v1/users': () => ({
    path: '/api/v1/users',
    body: { email: `${unique('new')}@agency.test`, password: 'long enough password', role: 'planner' },
  }),
  'GET /api/v1/users': () => ({ path: '/api/v1/users', query: { limit: '5' } }),
  'GET /api/v1/users/:id': (w) => ({ path: `/api/v1/users/${w.objects.victimUser}` }),
  'PATCH /api/v1/users/:id': (w) => ({ path: `/api/v1/users/${w.objects.victimUser}`, body: { role: 'planner' } }),
  'DELETE /api/v1/users/:id': async (w) => ({ path: `/api/v1/users/${(await w.world.make.user('own')).id}` }),

  'POST /api/v1/clients': () => ({ path: '/api/v1/clients', body: { name: unique('Client Oy') } }),
  'GET /api/v1/clients': () => ({ path: '/api/v1/clients', query: { limit: '5' } }),
  'GET /api/v1/clients/:id': (w) => ({ path: `/api/v1/clients/${w.objects.client}` }),
  'PATCH /api/v1/clients/:id': (w) => ({ path: `/api/v1/clients/${w.objects.client}`, body: { name: 'Talo "Oy"' } }),
  'DELETE /api/v1/clients/:id': async (w) => ({ path: `/api/v1/clients/${(await w.world.make.client('own')).id}` }),

  'POST /api/v1/audiences': (w) => ({
    path: '/api/v1/audiences',
    body: { clientId: w.objects.client, audience: AUDIENCE },
  }),
  'GET /api/v1/audiences': (w) => ({
    path: '/api/v1/audiences',
    query: { clientId: w.objects.client, tag: 'villa', limit: '5' },
  }),
  'GET /api/v1/audiences/:id': (w) => ({ path: `/api/v1/audiences/${w.objects.audience.id}` }),
  'PUT /api/v1/audiences/:id': async (w) => ({
    path: `/api/v1/audiences/${w.objects.audience.id}`,
    body: { version: await versionOf(w, 'audiences', w.objects.audience.id), audience: { ...AUDIENCE, name: 'Villa' } },
  }),
  'GET /api/v1/audiences/:id/versions': (w) => ({
    path: `/api/v1/audiences/${w.objects.audience.id}/versions`,
    query: { limit: '2' },
  }),
  'GET /api/v1/audiences/:id/compile': (w) => ({
    path: `/api/v1/audiences/${w.objects.audience.id}/compile`,
    query: { channels: 'google,facebook' },
  }),
  'POST /api/v1/audiences/:id/estimate': (w) => ({
    path: `/api/v1/audiences/${w.objects.audience.id}/estimate`,
    body: { lines: [{ channel: 'facebook', budget: 100 }] },
  }),
  'DELETE /api/v1/audiences/:id': async (w) => ({
    path: `/api/v1/audiences/${(await w.world.make.audience('own')).id}`,
  }),
  'GET /api/v1/audiences/:id/export': (w) => ({
    path: `/api/v1/audiences/${w.objects.audience.id}/export`,
    query: { format: ['json', 'google-ads-editor', 'google-ads-editor-notes'][serial++ % 3]! },
  }),

  'POST /api/v1/plans': (w) => ({
    path: '/api/v1/plans',
    body: { clientId: w.objects.client, name: 'Spring "launch"', lines: lines(w) },
  }),
  'GET /api/v1/plans': () => ({ path: '/api/v1/plans', query: { limit: '5' } }),
  'GET /api/v1/plans/:id': (w) => ({ path: `/api/v1/plans/${w.objects.plan.id}` }),
  'PUT /api/v1/plans/:id': async (w) => ({
    path: `/api/v1/plans/${w.objects.plan.id}`,
    body: { version: await versionOf(w, 'plans', w.objects.plan.id), name: 'Autumn', lines: lines(w) },
  }),
  'GET /api/v1/plans/:id/versions': (w) => ({ path: `/api/v1/plans/${w.objects.plan.id}/versions` }),
  'DELETE /api/v1/plans/:id': async (w) => ({ path: `/api/v1/plans/${(await w.world.make.plan('own')).plan.id}` }),
  // Every format, for the client and the agency where it has both, of a plain plan and one whose names are hostile.
  'GET /api/v1/plans/:id/export': (w) => {
    const n = exportSerial++
    const format = ['json', 'csv', 'xlsx', 'google-ads-editor', 'google-ads-editor-notes', 'pdf'][n % 6]!
    const query: Record<string, string> = { format }
    if ((format === 'xlsx' || format === 'pdf') && n % 12 >= 6) query['audience'] = 'internal'
    const id = Math.floor(n / 12) % 2 === 0 ? w.objects.hostilePlan : w.objects.plan.id
    return { path: `/api/v1/plans/${id}/export`, query }
  },
  'POST /api/v1/plans/:id/share': (w) => ({ path: `/api/v1/plans/${w.objects.plan.id}/share`, body: {} }),
  'DELETE /api/v1/plans/:id/share': (w) => ({ path: `/api/v1/plans/${w.objects.unsharedPlan}/share` }),
  'POST /api/v1/plans/:id/approve': (w) => ({ path: `/api/v1/plans/${w.objects.plan.id}/approve`, body: {} }),
  'POST /api/v1/plans/:id/comments': (w) => ({
    path: `/api/v1/plans/${w.objects.plan.id}/comments`,
    body: { body: 'Looks good <script>alert(1)</script>' },
  }),
  'GET /api/v1/plans/:id/comments': (w) => ({ path: `/api/v1/plans/${w.objects.plan.id}/comments` }),
  'GET /share/:token': (w) => ({ path: `/share/${w.objects.shareToken}` }),
  'POST /api/v1/plans/:id/request-changes': (w) => ({
    path: `/api/v1/plans/${w.objects.plan.id}/request-changes`,
    body: { comment: 'Less LinkedIn <b>please</b>', line: 0 },
  }),
  'GET /api/v1/plans/:id/events': (w) => ({ path: `/api/v1/plans/${w.objects.plan.id}/events` }),
  // A loopback port nothing listens on: the fuzz never makes the background worker reach a real host.
  'PUT /api/v1/webhook': () => ({ path: '/api/v1/webhook', body: { url: 'http://127.0.0.1:9/hook' } }),
  'GET /api/v1/webhook': () => ({ path: '/api/v1/webhook' }),
  'DELETE /api/v1/webhook': () => ({ path: '/api/v1/webhook' }),

  'POST /api/v1/rate-cards': () => ({
    path: '/api/v1/rate-cards',
    body: { card: { country: nextCountry(), rates: FINNISH_RATE_CARD.rates } },
  }),
  'GET /api/v1/rate-cards': () => ({ path: '/api/v1/rate-cards' }),
  'GET /api/v1/rate-cards/:id': (w) => ({ path: `/api/v1/rate-cards/${w.objects.rateCard.id}` }),
  'PUT /api/v1/rate-cards/:id': async (w) => {
    const card = await w.store.rateCards.get(own(w).agencyId, w.objects.rateCard.id)
    return {
      path: `/api/v1/rate-cards/${w.objects.rateCard.id}`,
      body: { version: card?.version ?? 1, card: { country: nextCountry(), rates: FINNISH_RATE_CARD.rates } },
    }
  },
  'DELETE /api/v1/rate-cards/:id': async (w) => ({ path: `/api/v1/rate-cards/${await victimRateCard(w)}` }),
  'GET /api/v1/audit': () => ({ path: '/api/v1/audit', query: { limit: '5' } }),

  // The fuzz app has no KOHDE_SECRET_KEY and no platform credentials: saving answers 409 secret_key_missing, and
  // resolve and live estimates find no platform to call, so nothing leaves the machine.
  'GET /api/v1/connectors': () => ({ path: '/api/v1/connectors' }),
  'PUT /api/v1/connectors/:platform': () => ({
    path: `/api/v1/connectors/${['google', 'meta', 'linkedin'][serial++ % 3]!}`,
    body: { accessToken: unique('fuzz-access-token'), adAccountId: 'act_1234567890' },
  }),
  'DELETE /api/v1/connectors/:platform': () => ({ path: '/api/v1/connectors/linkedin' }),
  'POST /api/v1/connectors/resolve': () => ({
    path: '/api/v1/connectors/resolve',
    body: { platforms: ['meta', 'linkedin'], keyPrefix: 'geo.fi', limit: 5, dryRun: true },
  }),
  'POST /api/v1/audiences/:id/platform-check': (w) => ({
    path: `/api/v1/audiences/${w.objects.audience.id}/platform-check`,
    body: { channels: ['facebook', 'linkedin'], meta: { campaignId: '2385000001', dailyBudget: 10 } },
  }),
  'POST /api/v1/audiences/:id/live-estimates': (w) => ({
    path: `/api/v1/audiences/${w.objects.audience.id}/live-estimates`,
    body: { channels: ['facebook', 'linkedin'], budget: 500, flightDays: 14, currency: 'EUR' },
  }),
}

/** The web sign-in routes (server/auth/login-routes.ts), which are not in the route table. */
export const LOGIN_EXAMPLES: Record<string, ExampleMaker> = {
  'GET /login': () => ({ path: '/login' }),
  'POST /login': async (w) => {
    const csrf = await issueLoginCsrf(w.store)
    return { path: '/login', form: { ...w.login, _csrf: csrf }, cookies: { kohde_csrf: csrf } }
  },
  'POST /logout': async (w, caller) => {
    const credentials = await freshCredentials(w, caller)
    return { path: '/logout', form: { _csrf: credentials.csrf }, credentials }
  },
}
