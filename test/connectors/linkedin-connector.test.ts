import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { TargetingCriteria } from '../../audiences/channels/linkedin/linkedin-spec-schema.js'
import { createLinkedInConnector, type LinkedInConnector } from '../../server/connectors/linkedin/linkedin-connector.js'
import {
  replies,
  startLoopback,
  type FakeReply,
  type Loopback,
  type RecordedRequest,
} from './support/loopback-server.js'
import { testDeps } from './support/connector-deps.js'

// Identifiers in the fakes' answers are made up unless a comment cites platforms.md: they test plumbing, not data.

const TOKEN = 'AQX-linkedin-secret-token'
const CREDENTIALS = { accessToken: TOKEN, adAccountId: '507000001', version: '202511' }
// LinkedIn error bodies: {serviceErrorCode, message, status} (learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/error-handling).
const EXPIRED: FakeReply = {
  status: 401,
  body: { serviceErrorCode: 65601, message: 'The token used in the request has expired', status: 401 },
}
const THROTTLED: FakeReply = { status: 429, body: { message: 'Resource level throttle limit reached', status: 429 } }
const INVALID: FakeReply = {
  status: 400,
  body: { serviceErrorCode: 100, message: 'Invalid value for urn:li:adTargetingFacet:titles', status: 400 },
}
const CRITERIA: TargetingCriteria = {
  include: { and: [{ or: { 'urn:li:adTargetingFacet:locations': ['urn:li:geo:100456013'] } }] },
  exclude: { or: { 'urn:li:adTargetingFacet:seniorities': ['urn:li:seniority:1'] } },
}
// Rest.li 2.0 query encoding as the client writes it (platforms.md §3.1): URNs percent-encoded, structure literal.
const ENCODED_CRITERIA =
  '(include:(and:List((or:(urn%3Ali%3AadTargetingFacet%3Alocations:List(urn%3Ali%3Ageo%3A100456013))))),' +
  'exclude:(or:(urn%3Ali%3AadTargetingFacet%3Aseniorities:List(urn%3Ali%3Aseniority%3A1))))'

let fake: Loopback | undefined
let script: (request: RecordedRequest, index: number) => FakeReply = () => ({ status: 500 })
beforeAll(async () => {
  fake = await startLoopback((request, index) => script(request, index))
})
afterAll(() => fake?.close())
afterEach(() => {
  fake?.requests.splice(0)
})

const answer = (...r: FakeReply[]) => {
  script = replies(...r)
}
const requests = () => fake?.requests ?? []
const param = (name: string) => new RegExp(`(?:^|&)${name}=([^&]*)`).exec(requests()[0]?.rawQuery ?? '')?.[1]

// The client's base URL is fixed; its public axiosInstance takes an interceptor pointing it at the fake.
function connector(retry = {}): { linkedin: LinkedInConnector; delays: number[] } {
  const deps = testDeps(retry)
  const linkedin = createLinkedInConnector(CREDENTIALS, deps)
  linkedin.client.axiosInstance.interceptors.request.use((config) => ({
    ...config,
    url: config.url?.replace('https://api.linkedin.com', fake?.url ?? 'http://127.0.0.1:9'),
  }))
  return { linkedin, delays: deps.delays }
}

describe('linkedInConnector lookups', () => {
  it('when typing ahead titles, then calls adTargetingEntities with the Rest.li finder, version and token headers', async () => {
    answer({
      status: 200,
      body: {
        elements: [
          { urn: 'urn:li:title:1', name: 'Chief Executive Officer', facetUrn: 'urn:li:adTargetingFacet:titles' },
        ],
      },
    })

    const found = await connector().linkedin.lookup({
      kind: 'typeahead',
      facet: 'titles',
      query: 'Chief Executive Officer',
    })

    expect(requests()[0]).toMatchObject({ method: 'GET', path: '/rest/adTargetingEntities' })
    expect(param('q')).toBe('typeahead')
    expect(param('facet')).toBe('urn%3Ali%3AadTargetingFacet%3Atitles')
    expect(param('query')).toBe('Chief%20Executive%20Officer')
    expect(param('queryVersion')).toBe('QUERY_USES_URNS')
    expect(requests()[0]?.headers).toMatchObject({
      'linkedin-version': '202511',
      'x-restli-protocol-version': '2.0.0',
      'x-restli-method': 'finder',
      authorization: `Bearer ${TOKEN}`,
    })
    expect(found).toEqual([
      {
        id: 'urn:li:title:1',
        name: 'Chief Executive Officer',
        detail: 'titles',
        source: {
          kind: 'live',
          platform: 'linkedin',
          account: 'urn:li:sponsoredAccount:507000001',
          date: '2026-11-22',
        },
      },
    ])
  })

  it('when listing a fixed facet, then uses the adTargetingFacet finder', async () => {
    answer({ status: 200, body: { elements: [] } })

    await connector().linkedin.lookup({ kind: 'facet', facet: 'jobFunctions', pick: 'Finance' })

    expect(param('q')).toBe('adTargetingFacet')
    expect(param('facet')).toBe('urn%3Ali%3AadTargetingFacet%3AjobFunctions')
  })
})

describe('linkedInConnector estimates', () => {
  it('when counting an audience, then sends targetingCriteriaV2 in Rest.li encoding and maps total and active', async () => {
    answer({ status: 200, body: { elements: [{ active: 21000, total: 180000 }] } })

    const estimate = await connector().linkedin.audienceCount(CRITERIA)

    expect(requests()[0]?.path).toBe('/rest/audienceCounts')
    expect(param('q')).toBe('targetingCriteriaV2')
    expect(param('targetingCriteria')).toBe(ENCODED_CRITERIA)
    expect(estimate).toMatchObject({ date: '2026-11-22', audience: { lower: 180000, upper: 180000, active: 21000 } })
  })

  it('when pricing a budget, then sends account, bid type and money in Rest.li form and reads money strings', async () => {
    const eur = (amount: string) => ({ amount, currencyCode: 'EUR' })
    answer({
      status: 200,
      body: {
        elements: [
          {
            bidLimits: { min: eur('2.00'), max: eur('1000.00') },
            suggestedBid: { default: eur('8.50'), min: eur('6.10'), max: eur('11.20') },
            dailyBudgetLimits: { default: eur('50.00'), min: eur('10.00'), max: eur('10000.00') },
          },
        ],
      },
    })

    const estimate = await connector().linkedin.budgetPricing(CRITERIA, {
      bidType: 'CPM',
      campaignType: 'SPONSORED_UPDATES',
      dailyBudget: { amount: 100, currencyCode: 'EUR' },
    })

    expect(requests()[0]?.path).toBe('/rest/adBudgetPricing')
    expect(param('q')).toBe('criteriaV2')
    expect(param('account')).toBe('urn%3Ali%3AsponsoredAccount%3A507000001')
    expect(param('dailyBudget')).toBe('(amount:100.00,currencyCode:EUR)')
    expect(param('matchType')).toBe('EXACT')
    expect(estimate.pricing).toEqual({
      currency: 'EUR',
      bidMin: 2,
      bidMax: 1000,
      bidSuggested: 8.5,
      dailyBudgetMin: 10,
      dailyBudgetMax: 10000,
    })
  })

  it('when forecasting supply, then sends the time range in epoch milliseconds and sums the series', async () => {
    answer({
      status: 200,
      body: {
        elements: [{ metricType: 'IMPRESSION', granularity: 'DAILY', timeSeries: [{ value: 1000 }, { value: 1500 }] }],
      },
    })

    const estimate = await connector().linkedin.supplyForecast(CRITERIA, {
      start: new Date('2026-12-01T00:00:00Z'),
      end: new Date('2026-12-31T00:00:00Z'),
      dailyBudget: { amount: 50, currencyCode: 'EUR' },
      bid: { bidType: 'CPM', amount: 9 },
    })

    expect(requests()[0]?.path).toBe('/rest/adSupplyForecasts')
    expect(param('timeRange')).toBe('(start:1796083200000,end:1798675200000)')
    expect(estimate.forecast).toMatchObject({ impressions: 2500, clicks: null, start: '2026-12-01', end: '2026-12-31' })
  })
})

describe('linkedInConnector validate', () => {
  it('when the audience counts 0, then the spec is invalid with LinkedIn’s 300-member minimum', async () => {
    answer({ status: 200, body: { elements: [{ active: 0, total: 0 }] } })

    const outcome = await connector().linkedin.validate({ targetingCriteria: CRITERIA })

    expect(outcome.valid).toBe(false)
    expect(outcome.problems.map((p) => p.platformCode)).toEqual(['audience_below_300'])
  })

  it('when LinkedIn answers 400 with a serviceErrorCode, then reports it and does not retry', async () => {
    answer(INVALID)

    const outcome = await connector().linkedin.validate({ targetingCriteria: CRITERIA })

    expect(outcome.problems).toEqual([
      { platformCode: '400/100', message: 'Invalid value for urn:li:adTargetingFacet:titles' },
    ])
    expect(requests()).toHaveLength(1)
  })
})

describe('linkedInConnector errors', () => {
  it('when the token has expired (401/65601), then throws token_expired once without the token', async () => {
    answer(EXPIRED)

    const error = await connector()
      .linkedin.audienceCount(CRITERIA)
      .catch((e: unknown) => e)

    expect(error).toMatchObject({ kind: 'user_fixable', code: 'token_expired', platformCode: '401/65601' })
    expect(JSON.stringify(error)).not.toContain(TOKEN)
    expect(requests()).toHaveLength(1)
  })

  it('when throttled with Retry-After, then waits at least that long and succeeds', async () => {
    answer(
      { ...THROTTLED, headers: { 'retry-after': '2' } },
      { status: 200, body: { elements: [{ active: 1, total: 400 }] } },
    )
    const { linkedin, delays } = connector()

    await linkedin.audienceCount(CRITERIA)

    expect(delays).toEqual([2000])
    expect(requests()).toHaveLength(2)
  })

  it('when throttled every time, then stops after the bound with rate_limited', async () => {
    answer(THROTTLED)

    const error = await connector()
      .linkedin.audienceCount(CRITERIA)
      .catch((e: unknown) => e)

    expect(error).toMatchObject({ code: 'rate_limited', platformCode: 'HTTP 429' })
    expect(requests()).toHaveLength(3)
  })

  it('when LinkedIn has a 503 then answers, then retries the 503', async () => {
    answer(
      { status: 503, body: { message: 'Service Unavailable', status: 503 } },
      { status: 200, body: { elements: [{ total: 400 }] } },
    )

    await connector().linkedin.audienceCount(CRITERIA)

    expect(requests()).toHaveLength(2)
  })
})
