import request from 'supertest'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { MappingOverride } from '../../audiences/index.js'
import { openStore } from '../../server/store/store.js'
import { anAudience } from '../support/audience-builder.js'
import { openTestStore, STORE_KINDS, type OpenedStore } from '../store/support/test-stores.js'
import { anAgency, connectorApp, logSink, SECRET_KEY, startFakes, type Fakes } from './support/connector-app.js'
import type { FakeReply, RecordedRequest } from './support/loopback-server.js'
import { sourced } from './support/resolve-taxonomy.js'

// Identifiers in the fakes' answers are made up: they test plumbing, not data.
const META_TOKEN = 'EAAB-meta-secret-token-0001'
const LINKEDIN_TOKEN = 'AQX-linkedin-secret-token-0001'
const ENV = { KOHDE_SECRET_KEY: SECRET_KEY }
const ok = (data: unknown): FakeReply => ({ status: 200, body: { data } })
const EXPIRED: FakeReply = {
  status: 400,
  body: { error: { message: 'Error validating access token', type: 'OAuthException', code: 190, error_subcode: 463 } },
}
const THROTTLED: FakeReply = { status: 400, body: { error: { message: 'User request limit reached', code: 17 } } }
const INVALID: FakeReply = { status: 400, body: { error: { message: '(#100) Invalid parameter', code: 100 } } }

function metaGraph(request: RecordedRequest): FakeReply {
  // A validate-only ad set: Meta answers success without creating anything.
  if (request.method === 'POST' && request.path.endsWith('/adsets')) return { status: 200, body: { success: true } }
  if (request.path.endsWith('/delivery_estimate'))
    return ok([{ estimate_mau_lower_bound: 120000, estimate_mau_upper_bound: 141000, estimate_ready: true }])
  if (request.path.endsWith('/reachestimate')) return ok({ users_lower_bound: 110000, users_upper_bound: 130000 })
  switch (request.query.get('type')) {
    case 'adinterest':
      return ok([{ id: '6003020834693', name: 'Design', path: ['Interests', 'Design'] }])
    case 'adworkposition':
      return ok([])
    case 'adgeolocation':
      return ok([{ key: '1500001', name: 'Helsinki', type: 'city', country_code: 'FI' }])
    case 'targetingoptionstatus':
      return ok([{ id: '6003020834693', current_status: 'NORMAL' }])
    case null:
    default:
      return INVALID
  }
}
const linkedInExpired = (): FakeReply => ({
  status: 401,
  body: { serviceErrorCode: 65601, message: 'The token used in the request has expired', status: 401 },
})

const DESIGN_AUDIENCE = {
  name: 'Designers',
  geo: { include: [{ country: 'FI' }] },
  include: [[{ facet: 'interest', value: 'interest.design' }]],
}

let fakes: Fakes
beforeAll(async () => {
  fakes = await startFakes(metaGraph, linkedInExpired)
})
afterAll(() => fakes.close())
afterEach(() => fakes.reset())

describe.each(STORE_KINDS)('connector routes on %s', (kind) => {
  let opened: OpenedStore
  beforeAll(async () => {
    opened = await openTestStore(kind)
  })
  afterAll(() => opened.dispose())

  const withMeta = async (env: Record<string, string> = ENV) => {
    const agency = await anAgency(opened.store)
    const app = connectorApp(opened.store, fakes, env)
    const put = await request(app)
      .put('/api/v1/connectors/meta')
      .set('Authorization', agency.admin)
      .send({ accessToken: META_TOKEN, adAccountId: 'act_123' })
    expect(put.status).toBe(200)
    return { agency, app }
  }
  const withMetaAndLinkedIn = async () => {
    const connected = await withMeta()
    const put = await request(connected.app)
      .put('/api/v1/connectors/linkedin')
      .set('Authorization', connected.agency.admin)
      .send({ accessToken: LINKEDIN_TOKEN, adAccountId: '507000001' })
    expect(put.status).toBe(200)
    return connected
  }
  const designers = async (agency: Awaited<ReturnType<typeof anAgency>>) => {
    const audience = await opened.store.audiences.create(agency.actor, agency.scope, {
      clientId: agency.clientId,
      parentId: null,
      audience: anAudience({ name: 'Designers' }),
    })
    if (typeof audience === 'string') throw new Error(audience)
    return audience.id
  }
  const resolve = (app: Parameters<typeof request>[0], token: string, body: object = {}) =>
    request(app).post('/api/v1/connectors/resolve').set('Authorization', token).send(body)
  const compileDesign = (app: Parameters<typeof request>[0], token: string) =>
    request(app)
      .post('/api/v1/compile')
      .set('Authorization', token)
      .send({ audience: DESIGN_AUDIENCE, channels: ['facebook'] })

  describe('credentials', () => {
    it('when nothing is configured, then every platform is off and no secret key is reported', async () => {
      const agency = await anAgency(opened.store)

      const response = await request(connectorApp(opened.store, fakes))
        .get('/api/v1/connectors')
        .set('Authorization', agency.staff)

      expect(response.status).toBe(200)
      expect(response.body.secretKey).toBe(false)
      expect(
        response.body.items.map((s: { platform: string; configured: string }) => [s.platform, s.configured]),
      ).toEqual([
        ['google', 'off'],
        ['meta', 'off'],
        ['linkedin', 'off'],
      ])
    })

    it('when the server has Meta variables, then Meta is on from env with its account and the token never appears', async () => {
      const agency = await anAgency(opened.store)
      const env = {
        KOHDE_META_ACCESS_TOKEN: META_TOKEN,
        KOHDE_META_AD_ACCOUNT_ID: '123',
        KOHDE_LINKEDIN_ACCESS_TOKEN: 'x-1',
      }

      const response = await request(connectorApp(opened.store, fakes, env))
        .get('/api/v1/connectors')
        .set('Authorization', agency.admin)

      expect(response.body.items[1]).toMatchObject({
        platform: 'meta',
        configured: 'env',
        account: 'act_123',
        problems: [],
      })
      expect(response.body.items[2]).toMatchObject({
        configured: 'off',
        problems: [{ code: 'env_missing', message: 'KOHDE_LINKEDIN_AD_ACCOUNT_ID is not set' }],
      })
      expect(response.text).not.toContain(META_TOKEN)
    })

    it('when an admin stores credentials without KOHDE_SECRET_KEY, then 409 secret_key_missing and nothing is stored', async () => {
      const agency = await anAgency(opened.store)

      const response = await request(connectorApp(opened.store, fakes, {}))
        .put('/api/v1/connectors/meta')
        .set('Authorization', agency.admin)
        .send({ accessToken: META_TOKEN, adAccountId: '123' })

      expect(response.status).toBe(409)
      expect(response.body.error.code).toBe('secret_key_missing')
      expect(await opened.store.platformCredentials.list(agency.agencyId)).toEqual([])
    })

    it('when an admin stores credentials, then they are sealed at rest, shown as stored and never returned or logged', async () => {
      const agency = await anAgency(opened.store)
      const sink = logSink()
      const app = connectorApp(opened.store, fakes, ENV, sink.logger)

      const put = await request(app)
        .put('/api/v1/connectors/linkedin')
        .set('Authorization', agency.admin)
        .send({ accessToken: LINKEDIN_TOKEN, adAccountId: 'urn:li:sponsoredAccount:507000001' })
      const status = await request(app).get('/api/v1/connectors').set('Authorization', agency.staff)
      const [row] = await opened.store.platformCredentials.list(agency.agencyId)

      expect(put.status).toBe(200)
      expect(put.body).toMatchObject({
        platform: 'linkedin',
        configured: 'stored',
        account: 'urn:li:sponsoredAccount:507000001',
        updatedBy: agency.actor.email,
      })
      expect(status.body.items[2]).toMatchObject({ configured: 'stored' })
      expect(row?.sealed).toMatch(/^v1\./)
      expect(row?.sealed).not.toContain(LINKEDIN_TOKEN)
      expect(`${put.text}${status.text}${sink.text()}`).not.toContain(LINKEDIN_TOKEN)
    })

    it('when the body does not fit the platform, then 400 with the path and nothing is stored', async () => {
      const agency = await anAgency(opened.store)
      const app = connectorApp(opened.store, fakes, ENV)

      const response = await request(app)
        .put('/api/v1/connectors/meta')
        .set('Authorization', agency.admin)
        .send({ accessToken: META_TOKEN, adAccountId: '123', version: '202511' })
      const unknown = await request(app)
        .put('/api/v1/connectors/tiktok')
        .set('Authorization', agency.admin)
        .send({ accessToken: META_TOKEN, adAccountId: '1' })

      expect(response.status).toBe(400)
      expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['version'] }))
      expect(unknown.status).toBe(404)
      expect(await opened.store.platformCredentials.list(agency.agencyId)).toEqual([])
    })

    it('when stored credentials are removed, then 204, the platform is off, and a second removal is 404', async () => {
      const { agency, app } = await withMeta()

      const first = await request(app).delete('/api/v1/connectors/meta').set('Authorization', agency.admin)
      const second = await request(app).delete('/api/v1/connectors/meta').set('Authorization', agency.admin)
      const status = await request(app).get('/api/v1/connectors').set('Authorization', agency.admin)

      expect([first.status, second.status]).toEqual([204, 404])
      expect(status.body.items[1]).toMatchObject({ platform: 'meta', configured: 'off' })
    })
  })

  describe('resolve and compile', () => {
    it('when Meta answers, then stores the exact matches and the next compile of that agency targets them exactly', async () => {
      const { agency, app } = await withMeta()
      const other = await anAgency(opened.store)
      const before = await compileDesign(app, agency.staff)

      const response = await resolve(app, agency.admin)
      const after = await compileDesign(app, agency.staff)
      const otherAgency = await compileDesign(app, other.staff)

      expect(response.status).toBe(200)
      expect(response.body).toMatchObject({ status: 'stored', date: '2026-11-22', stored: 2, failure: null })
      expect(response.body.text).toContain('interest.design → Meta interests: 6003020834693 "Design"')
      expect(
        (await opened.store.platformMappings.list(agency.agencyId)).map((m) => [m.key, m.mapping.id, m.account]),
      ).toEqual([
        ['geo.fi.helsinki', '1500001', 'act_123'],
        ['interest.design', '6003020834693', 'act_123'],
      ])
      const fidelity = (body: {
        channels: { facebook: { fidelity: { items: { criterion: string; status: string }[] } } }
      }) => body.channels.facebook.fidelity.items.find((i) => i.criterion.includes('interest'))?.status
      expect(fidelity(before.body)).toBe('unresolved')
      expect(fidelity(after.body)).toBe('exact')
      expect(JSON.stringify(after.body)).toContain('"id":"6003020834693"')
      expect(fidelity(otherAgency.body)).toBe('unresolved')
    })

    it('when another process resolves on the same database, then this process compiles with it on the next request', async () => {
      const { agency, app } = await withMeta()
      const second = await openStore({ dataDir: opened.dataDir, databaseUrl: opened.url })
      try {
        const otherProcess = connectorApp(second, fakes, ENV)
        const before = await compileDesign(otherProcess, agency.staff)

        await resolve(app, agency.admin)
        const after = await compileDesign(otherProcess, agency.staff)

        expect(JSON.stringify(before.body)).not.toContain('6003020834693')
        expect(JSON.stringify(after.body)).toContain('"id":"6003020834693"')
      } finally {
        await second.close()
      }
    })

    it('when the status is read after a run, then it shows the last resolve per platform', async () => {
      const { agency, app } = await withMeta()

      await resolve(app, agency.admin)
      const status = await request(app).get('/api/v1/connectors').set('Authorization', agency.staff)

      expect(status.body.items[1].lastResolve).toMatchObject({
        by: agency.actor.email,
        outcome: 'stored',
        stored: 2,
        message: null,
      })
      expect(status.body.items[0].lastResolve).toBeNull()
    })

    it('when no platform is connected, then 409 connector_off', async () => {
      const agency = await anAgency(opened.store)

      const response = await resolve(connectorApp(opened.store, fakes, ENV), agency.admin)

      expect(response.status).toBe(409)
      expect(response.body.error.issues[0].code).toBe('connector_off')
    })

    it.each([
      ['an expired token', EXPIRED, 'token_expired', '190/463'],
      ['rate limits that do not stop', THROTTLED, 'rate_limited', '17'],
      ['an invalid parameter', INVALID, 'parameter_invalid', '100'],
    ] as const)(
      'when the third lookup meets %s, then the run is aborted with the platform code and the stored mappings are unchanged',
      async (_what, reply, code, platformCode) => {
        const { agency, app } = await withMeta()
        const earlier: MappingOverride = {
          key: 'title.ceo',
          platform: 'meta',
          mapping: sourced('work_positions', '105000001', 'live meta act_123'),
        }
        await opened.store.platformMappings.saveAll(null, agency.agencyId, [{ override: earlier, account: 'act_123' }])
        const before = await opened.store.platformMappings.list(agency.agencyId)
        fakes.answerMeta((request, index) => (index < 1 ? metaGraph(request) : reply))

        const response = await resolve(app, agency.admin)

        expect(response.status).toBe(200)
        expect(response.body).toMatchObject({
          status: 'aborted',
          stored: 0,
          failure: { key: 'geo.fi.helsinki', platform: 'meta', lookedUp: 1, error: { code, platformCode } },
        })
        expect(response.body.text).toContain('Nothing was written.')
        expect(await opened.store.platformMappings.list(agency.agencyId)).toEqual(before)
        expect(await opened.store.platformMappings.version(agency.agencyId)).toBe(1)
        expect(response.text).not.toContain(META_TOKEN)
      },
    )

    it('when a recheck finds a different identifier, then reports the conflict and keeps the stored one', async () => {
      const { agency, app } = await withMeta()
      const stored: MappingOverride = {
        key: 'interest.design',
        platform: 'meta',
        mapping: sourced('interests', '6000000000001', 'live meta act_123'),
      }
      await opened.store.platformMappings.saveAll(null, agency.agencyId, [{ override: stored, account: 'act_123' }])

      const response = await resolve(app, agency.admin, { recheck: true, keyPrefix: 'interest.' })

      expect(response.body.items).toEqual([
        expect.objectContaining({
          key: 'interest.design',
          status: 'conflict',
          existing: { ...stored.mapping, confidence: 'live', copied: stored.mapping.confirmed },
        }),
      ])
      expect(response.body.status).toBe('nothing_to_store')
      expect((await opened.store.platformMappings.list(agency.agencyId)).map((m) => m.mapping.id)).toEqual([
        '6000000000001',
      ])
    })
  })

  describe('platform check', () => {
    it('when Meta accepts the validate-only ad set and LinkedIn’s token has expired, then Meta’s verdict and LinkedIn’s error in plain words; nothing is created', async () => {
      const { agency, app } = await withMetaAndLinkedIn()
      const id = await designers(agency)

      const response = await request(app)
        .post(`/api/v1/audiences/${id}/platform-check`)
        .set('Authorization', agency.staff)
        .send({ channels: ['instagram', 'linkedin'], meta: { campaignId: '2385000001', dailyBudget: 12.5 } })

      expect(response.status).toBe(200)
      expect(response.body).toEqual({
        audienceId: id,
        date: '2026-11-22',
        checks: [
          { platform: 'meta', ok: true, account: 'act_123', date: '2026-11-22', valid: true, problems: [] },
          {
            platform: 'linkedin',
            ok: false,
            error: expect.objectContaining({ code: 'token_expired', platformCode: '401/65601' }),
          },
        ],
        skipped: [],
      })
      const adSet = fakes.meta.requests.find((r) => r.path.endsWith('/adsets'))!
      const sent = JSON.parse(adSet.body) as Record<string, unknown>
      expect(adSet.path).toBe('/v24.0/act_123/adsets')
      expect(sent).toMatchObject({
        campaign_id: '2385000001',
        daily_budget: 1250,
        status: 'PAUSED',
        execution_options: ['validate_only'],
        targeting: expect.objectContaining({ publisher_platforms: ['instagram'] }),
      })
      expect(response.text).not.toContain(LINKEDIN_TOKEN)
    })

    it('when no Meta campaign is given or a platform is not connected, then each is skipped with its code', async () => {
      const { agency, app } = await withMeta()
      const id = await designers(agency)

      const response = await request(app)
        .post(`/api/v1/audiences/${id}/platform-check`)
        .set('Authorization', agency.staff)
        .send({ channels: ['facebook', 'google'] })

      expect(response.status).toBe(200)
      expect(response.body.checks).toEqual([])
      expect(response.body.skipped.map((s: { platform: string; code: string }) => [s.platform, s.code])).toEqual([
        ['google', 'not_connected'],
        ['meta', 'campaign_missing'],
      ])
      expect(fakes.meta.requests).toEqual([])
    })

    it('when the campaign id is not digits, then 400 with the path and no platform is asked', async () => {
      const { agency, app } = await withMeta()
      const id = await designers(agency)

      const response = await request(app)
        .post(`/api/v1/audiences/${id}/platform-check`)
        .set('Authorization', agency.staff)
        .send({ meta: { campaignId: 'act_1; DROP' } })

      expect(response.status).toBe(400)
      expect(response.body.error.issues[0].path).toEqual(['meta', 'campaignId'])
      expect(fakes.meta.requests).toEqual([])
    })
  })

  describe('live estimates', () => {
    it('when Meta answers and LinkedIn’s token has expired, then shows Meta’s dated estimates beside the offline ones and LinkedIn’s error in plain words', async () => {
      const { agency, app } = await withMetaAndLinkedIn()
      const audienceId = await designers(agency)

      const response = await request(app)
        .post(`/api/v1/audiences/${audienceId}/live-estimates`)
        .set('Authorization', agency.staff)
        .send({ channels: ['facebook', 'linkedin'], budget: 600, flightDays: 30 })

      expect(response.status).toBe(200)
      expect(response.body.date).toBe('2026-11-22')
      expect(
        response.body.offline.lines.map((l: { channel: string; budget: number }) => [l.channel, l.budget]),
      ).toEqual([
        ['facebook', 600],
        ['linkedin', 600],
      ])
      expect(response.body.live).toEqual([
        {
          platform: 'meta',
          ok: true,
          estimates: [
            expect.objectContaining({
              date: '2026-11-22',
              endpoint: expect.stringContaining('delivery_estimate'),
              audience: { lower: 120000, upper: 141000 },
            }),
            expect.objectContaining({ date: '2026-11-22', audience: { lower: 110000, upper: 130000 } }),
          ],
        },
        {
          platform: 'linkedin',
          ok: false,
          error: expect.objectContaining({
            code: 'token_expired',
            platformCode: '401/65601',
            message: expect.stringContaining('The LinkedIn access token has expired'),
          }),
        },
      ])
      expect(response.body.skipped).toEqual([])
      expect(fakes.linkedin.requests.map((r) => r.path)).toEqual(['/rest/audienceCounts'])
      expect(JSON.parse(fakes.meta.requests[0]?.query.get('targeting_spec') ?? '{}')).toMatchObject({
        geo_locations: { countries: ['FI'] },
        publisher_platforms: ['facebook'],
      })
      expect(response.text).not.toContain(LINKEDIN_TOKEN)
    })

    it('when a platform is not connected, then it is skipped saying so, beside the offline estimate', async () => {
      const { agency, app } = await withMeta()
      const audienceId = await designers(agency)

      const response = await request(app)
        .post(`/api/v1/audiences/${audienceId}/live-estimates`)
        .set('Authorization', agency.staff)
        .send({ channels: ['google', 'instagram'], budget: 300 })

      expect(response.status).toBe(200)
      expect(response.body.skipped).toEqual([
        {
          platform: 'google',
          code: 'not_connected',
          reason: 'Google Ads is not connected: an admin stores its credentials.',
        },
      ])
      expect(response.body.live.map((o: { platform: string; ok: boolean }) => [o.platform, o.ok])).toEqual([
        ['meta', true],
      ])
      expect(response.body.offline.lines.map((l: { channel: string }) => l.channel)).toEqual(['google', 'instagram'])
    })

    it('when the audience belongs to another agency, then 404', async () => {
      const { app } = await withMeta()
      const other = await anAgency(opened.store)
      const audience = await opened.store.audiences.create(other.actor, other.scope, {
        clientId: other.clientId,
        parentId: null,
        audience: anAudience({ name: 'Designers' }),
      })
      if (typeof audience === 'string') throw new Error(audience)
      const mine = await anAgency(opened.store)

      const response = await request(app)
        .post(`/api/v1/audiences/${audience.id}/live-estimates`)
        .set('Authorization', mine.staff)
        .send({})

      expect(response.status).toBe(404)
    })
  })
})
