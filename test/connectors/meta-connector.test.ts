import { FacebookAdsApi } from 'facebook-nodejs-business-sdk'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { MetaSpec } from '../../audiences/channels/meta/meta-spec-schema.js'
import { createMetaConnector, type MetaConnector } from '../../server/connectors/meta/meta-connector.js'
import { PlatformError } from '../../server/connectors/platform-error.js'
import {
  replies,
  startLoopback,
  type FakeReply,
  type Loopback,
  type RecordedRequest,
} from './support/loopback-server.js'
import { testDeps } from './support/connector-deps.js'

// Identifiers in the fakes' answers are made up unless a comment cites platforms.md: they test plumbing, not data.

const TOKEN = 'EAAB-meta-secret-token'
const CREDENTIALS = { accessToken: TOKEN, adAccountId: '123' }
const graphError = (status: number, error: Record<string, unknown>): FakeReply => ({ status, body: { error } })
// Documented Graph error bodies (developers.facebook.com/docs/graph-api/guides/error-handling and
// developers.facebook.com/docs/marketing-api/overview/rate-limiting).
const EXPIRED = graphError(400, {
  message: 'Error validating access token: Session has expired on Friday, 20-Nov-26 10:00:00 PST.',
  type: 'OAuthException',
  code: 190,
  error_subcode: 463,
  fbtrace_id: 'AbCdEf',
})
const INVALID = graphError(400, { message: '(#100) Invalid parameter', type: 'OAuthException', code: 100 })
const rateLimited = (code: number) =>
  graphError(400, { message: 'User request limit reached', type: 'OAuthException', code, is_transient: true })

const SPEC: MetaSpec = {
  targeting: {
    geo_locations: { countries: ['FI'] },
    age_min: 30,
    age_max: 60,
    flexible_spec: [{ interests: [{ id: '6002920953955', name: 'Interior design (design)' }] }],
    publisher_platforms: ['facebook'],
    targeting_automation: { advantage_audience: 0 },
  },
  campaign: { special_ad_categories: [] },
  adSet: { dsa_beneficiary: 'Villa Oy', dsa_payor: 'Villa Oy' },
}

let fake: Loopback | undefined
let script: (request: RecordedRequest, index: number) => FakeReply = () => ({ status: 500 })
const graph = Object.getOwnPropertyDescriptor(FacebookAdsApi, 'GRAPH')

beforeAll(async () => {
  fake = await startLoopback((request, index) => script(request, index))
  const url = fake.url
  // The SDK's base URL is a configurable static getter (platforms.md §2.1).
  Object.defineProperty(FacebookAdsApi, 'GRAPH', { get: () => url, configurable: true })
})
afterAll(async () => {
  if (graph) Object.defineProperty(FacebookAdsApi, 'GRAPH', graph)
  await fake?.close()
})
afterEach(() => {
  fake?.requests.splice(0)
})

function connector(retry = {}): { meta: MetaConnector; delays: number[] } {
  const deps = testDeps(retry)
  return { meta: createMetaConnector(CREDENTIALS, deps), delays: deps.delays }
}
const requests = () => fake?.requests ?? []
const answer = (...r: FakeReply[]) => {
  script = replies(...r)
}

describe('metaConnector lookups', () => {
  it('when searching interests, then calls /v24.0/search?type=adinterest and returns dated live candidates', async () => {
    answer({ status: 200, body: { data: [{ id: '6003020834693', name: 'Design', path: ['Interests', 'Design'] }] } })

    const found = await connector().meta.lookup({ kind: 'search', type: 'adinterest', q: 'Design' })

    expect(requests()[0]).toMatchObject({ method: 'GET', path: '/v24.0/search' })
    expect(requests()[0]?.query.get('type')).toBe('adinterest')
    expect(requests()[0]?.query.get('q')).toBe('Design')
    expect(found).toEqual([
      {
        id: '6003020834693',
        name: 'Design',
        detail: 'Interests > Design',
        source: { kind: 'live', platform: 'meta', account: 'act_123', date: '2026-11-22' },
      },
    ])
  })

  it('when searching cities, then sends location_types as JSON and country_code, and keys the candidates', async () => {
    answer({
      status: 200,
      body: { data: [{ key: '1234', name: 'Helsinki', type: 'city', country_code: 'FI', region: 'Uusimaa' }] },
    })

    const found = await connector().meta.lookup({
      kind: 'search',
      type: 'adgeolocation',
      q: 'Helsinki',
      locationTypes: ['city'],
      countryCode: 'FI',
    })

    expect(requests()[0]?.query.get('location_types')).toBe('["city"]')
    expect(requests()[0]?.query.get('country_code')).toBe('FI')
    expect(found.map((c) => [c.id, c.country, c.detail])).toEqual([['1234', 'FI', 'city, Uusimaa']])
  })

  it('when using targetingsearch, then calls the ad account edge with limit_type', async () => {
    answer({
      status: 200,
      body: { data: [{ id: '6009003307783', name: 'Accounting and finance', type: 'industries' }] },
    })

    await connector().meta.lookup({ kind: 'targetingsearch', limitType: 'industries', q: 'Finance' })

    expect(requests()[0]?.path).toBe('/v24.0/act_123/targetingsearch')
    expect(requests()[0]?.query.get('limit_type')).toBe('industries')
  })

  it('when checking option status, then sends targeting_option_list as a JSON array', async () => {
    answer({ status: 200, body: { data: [{ id: '6002920953955', current_status: 'NORMAL' }] } })

    const statuses = await connector().meta.optionStatus(['6002920953955'])

    expect(requests()[0]?.query.get('type')).toBe('targetingoptionstatus')
    expect(requests()[0]?.query.get('targeting_option_list')).toBe('["6002920953955"]')
    expect(statuses.get('6002920953955')).toBe('NORMAL')
  })
})

describe('metaConnector validate', () => {
  it('when the ad set passes, then POSTs to adsets with execution_options validate_only and the compiled targeting', async () => {
    answer({ status: 200, body: { success: true } })

    const outcome = await connector().meta.validate(SPEC, { campaignId: '120000001', dailyBudgetMinor: 2000 })

    const sent = JSON.parse(requests()[0]?.body ?? '{}')
    expect(requests()[0]).toMatchObject({ method: 'POST', path: '/v24.0/act_123/adsets' })
    expect(sent).toMatchObject({
      execution_options: ['validate_only'],
      targeting: SPEC.targeting,
      campaign_id: '120000001',
      dsa_beneficiary: 'Villa Oy',
      status: 'PAUSED',
    })
    expect(outcome).toEqual({ platform: 'meta', account: 'act_123', date: '2026-11-22', valid: true, problems: [] })
  })

  it('when Meta answers code 100, then reports the parameter problem with its code and does not retry', async () => {
    answer(INVALID)

    const outcome = await connector().meta.validate(SPEC, { campaignId: '120000001', dailyBudgetMinor: 2000 })

    expect(outcome.valid).toBe(false)
    expect(outcome.problems).toEqual([{ platformCode: '100', message: '(#100) Invalid parameter' }])
    expect(requests()).toHaveLength(1)
  })
})

describe('metaConnector estimates', () => {
  it('when both estimates answer, then maps MAU bounds, the daily curve and the reachestimate node', async () => {
    const curve = [{ spend: 1000, reach: 800, impressions: 1200, actions: 5 }]
    answer(
      {
        status: 200,
        body: {
          data: [
            {
              estimate_mau_lower_bound: 120000,
              estimate_mau_upper_bound: 141000,
              estimate_ready: true,
              daily_outcomes_curve: curve,
            },
          ],
        },
      },
      { status: 200, body: { data: { users_lower_bound: 110000, users_upper_bound: 130000, estimate_ready: true } } },
    )

    const [delivery, reach] = await connector().meta.estimates(SPEC.targeting)

    expect(requests()[0]?.path).toBe('/v24.0/act_123/delivery_estimate')
    expect(JSON.parse(requests()[0]?.query.get('targeting_spec') ?? '')).toEqual(SPEC.targeting)
    expect(requests()[0]?.query.get('optimization_goal')).toBe('REACH')
    expect(requests()[1]?.path).toBe('/v24.0/act_123/reachestimate')
    expect(delivery).toMatchObject({
      date: '2026-11-22',
      audience: { lower: 120000, upper: 141000 },
      dailyCurve: curve,
    })
    expect(reach).toMatchObject({ endpoint: 'act_123/reachestimate', audience: { lower: 110000, upper: 130000 } })
  })

  it('when the curve is one all-zero point and reachestimate says -1, then both are reported as withheld', async () => {
    answer(
      {
        status: 200,
        body: {
          data: [
            {
              estimate_mau_lower_bound: 1000,
              estimate_mau_upper_bound: 1200,
              daily_outcomes_curve: [{ spend: 0, reach: 0, impressions: 0, actions: 0 }],
            },
          ],
        },
      },
      { status: 200, body: { data: { users_lower_bound: -1, users_upper_bound: -1 } } },
    )

    const [delivery, reach] = await connector().meta.estimates(SPEC.targeting)

    expect(delivery?.dailyCurve).toEqual([])
    expect(delivery?.notes).toHaveLength(1)
    expect(reach?.audience).toEqual({ lower: null, upper: null })
    expect(reach?.notes).toHaveLength(1)
  })
})

describe('metaConnector errors', () => {
  it('when the token has expired (190/463), then throws token_expired once, without the token in the message', async () => {
    answer(EXPIRED)

    const error = await connector()
      .meta.lookup({ kind: 'search', type: 'adinterest', q: 'Design' })
      .catch((e: unknown) => e)

    expect(error).toBeInstanceOf(PlatformError)
    expect(error).toMatchObject({ kind: 'user_fixable', code: 'token_expired', platformCode: '190/463' })
    expect(String((error as Error).message)).not.toContain(TOKEN)
    expect(JSON.stringify(error)).not.toContain(TOKEN)
    expect(requests()).toHaveLength(1)
  })

  it.each([17, 613, 80004])(
    'when rate limited with code %i twice, then backs off with jitter and succeeds on the third call',
    async (code) => {
      answer(rateLimited(code), rateLimited(code), { status: 200, body: { data: [] } })
      const { meta, delays } = connector()

      await meta.lookup({ kind: 'search', type: 'adinterest', q: 'Design' })

      expect(requests()).toHaveLength(3)
      // random 0.5 × min(5000, 100 × 2^attempt): 50 ms, then 100 ms.
      expect(delays).toEqual([50, 100])
    },
  )

  it('when rate limits never stop, then gives up after the bound with rate_limited', async () => {
    answer(rateLimited(17))
    const { meta, delays } = connector()

    const error = await meta.lookup({ kind: 'search', type: 'adinterest', q: 'Design' }).catch((e: unknown) => e)

    expect(error).toMatchObject({ code: 'rate_limited', kind: 'transient', platformCode: '17' })
    expect(requests()).toHaveLength(3)
    expect(delays).toHaveLength(2)
  })

  it('when Meta has a 500 then answers, then retries the 500', async () => {
    answer(
      { status: 500, body: { error: { message: 'An unknown error occurred', code: 1 } } },
      { status: 200, body: { data: [] } },
    )

    await connector().meta.lookup({ kind: 'search', type: 'adinterest', q: 'Design' })

    expect(requests()).toHaveLength(2)
  })

  it('when Meta does not answer in time, then times out, retries within the bound and reports platform_unavailable', async () => {
    answer({ status: 200, hang: true })

    const error = await connector({ timeoutMs: 50, attempts: 2 })
      .meta.lookup({ kind: 'search', type: 'adinterest', q: 'Design' })
      .catch((e: unknown) => e)

    expect(error).toMatchObject({ code: 'platform_unavailable', platformCode: 'timeout' })
    expect(requests()).toHaveLength(2)
  })
})
