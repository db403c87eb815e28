import { errors } from 'google-ads-api'
import { describe, expect, it } from 'vitest'
import type { GoogleSpec } from '../../audiences/channels/google/google-spec-schema.js'
import { createGoogleConnector } from '../../server/connectors/google/google-connector.js'
import type { GoogleHooks } from '../../server/connectors/google/google-client.js'
import { testDeps } from './support/connector-deps.js'

// Identifiers in the fakes' answers are made up unless a comment cites platforms.md: they test plumbing, not data.

const CREDENTIALS = {
  developerToken: 'dev-token-secret',
  clientId: 'client-id',
  clientSecret: 'client-secret',
  refreshToken: 'refresh-token-secret',
  customerId: '1234567890',
}

// Proto comments: authentication_error.proto (16 "OAuth token in the header has expired"), quota_error.proto
// (2 "Too many requests"), criterion_error.proto (165 CANNOT_TARGET_ONLY_UNDETERMINED).
const failure = (errorCode: Record<string, number>, message: string, extra: Record<string, unknown> = {}) =>
  new errors.GoogleAdsFailure({ errors: [{ error_code: errorCode, message, ...extra }], request_id: 'req-1' })
const EXPIRED = failure({ authentication_error: 16 }, 'OAuth token in the header has expired.')
const QUOTA = failure({ quota_error: 2 }, 'Too many requests.')

type Call = { hook: 'query' | 'mutation' | 'service'; method?: string; payload: unknown }

// The SDK has no endpoint override: hooks see each request and cancel(result) answers it (platforms.md §1.1).
function recordingHooks(answer: (call: Call, index: number) => unknown): { hooks: GoogleHooks; calls: Call[] } {
  const calls: Call[] = []
  const respond = (call: Call, cancel: (r?: unknown) => void) => {
    calls.push(call)
    const result = answer(call, calls.length - 1)
    if (result instanceof errors.GoogleAdsFailure) throw result
    cancel(result)
  }
  return {
    calls,
    hooks: {
      onQueryStart: ({ query, cancel }) => respond({ hook: 'query', payload: query }, cancel),
      onServiceStart: ({ method, requestOptions, cancel }) =>
        respond({ hook: 'service', method, payload: requestOptions }, cancel),
      onMutationStart: (args) =>
        respond(
          { hook: 'mutation', method: args.method, payload: args.isServiceCall ? args.mutation : args.mutations },
          args.cancel,
        ),
    },
  }
}

function connector(answer: (call: Call, index: number) => unknown) {
  const { hooks, calls } = recordingHooks(answer)
  const deps = testDeps()
  return { google: createGoogleConnector(CREDENTIALS, deps, hooks), calls, delays: deps.delays }
}

const SPEC: GoogleSpec = {
  campaignCriteria: [
    { location: { geo_target_constant: 'geoTargetConstants/2246' } },
    {
      proximity: {
        geo_point: { latitude_in_micro_degrees: 60169900, longitude_in_micro_degrees: 24938400 },
        radius: 14,
        radius_units: 'KILOMETERS',
      },
    },
    { language: { language_constant: 'languageConstants/1000' } },
  ],
  adGroupCriteria: [
    { age_range: { type: 'AGE_RANGE_25_34' } },
    { gender: { type: 'FEMALE' } },
    // A test value: the connector only fills in the customer.
    { user_interest: { user_interest_category: 'customers/{customerId}/userInterests/1001' } },
    { custom_audience: { custom_audience: 'customers/{customerId}/customAudiences/-1' } },
    { keyword: { text: 'luxury villa', match_type: 'PHRASE' } },
  ],
  customAudiences: [
    {
      resource_name: 'customers/{customerId}/customAudiences/-1',
      name: 'Design',
      type: 'AUTO',
      members: [
        { member_type: 'KEYWORD', keyword: 'design' },
        { member_type: 'URL', url: 'https://example.com' },
      ],
    },
  ],
  campaign: {
    contains_eu_political_advertising: 'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING',
    geo_target_type_setting: { positive_geo_target_type: 'PRESENCE' },
  },
}

describe('googleConnector lookups', () => {
  it('when suggesting a place, then sends names and country, and drops constants planned for removal', async () => {
    const helsinki = {
      id: 1005000,
      name: 'Helsinki',
      country_code: 'FI',
      target_type: 'City',
      status: 2,
      canonical_name: 'Helsinki,Uusimaa,Finland',
    }
    const { google, calls } = connector(() => ({
      geo_target_constant_suggestions: [
        { geo_target_constant: helsinki },
        { geo_target_constant: { ...helsinki, id: 1005001, status: 3 } },
      ],
    }))

    const found = await google.lookup({ kind: 'geo', name: 'Helsinki', countryCode: 'FI' })

    expect(calls[0]?.method).toBe('GeoTargetConstantService.SuggestGeoTargetConstants')
    expect(JSON.parse(JSON.stringify(calls[0]?.payload))).toEqual({
      locale: 'en',
      country_code: 'FI',
      location_names: { names: ['Helsinki'] },
    })
    expect(found).toEqual([
      {
        id: '1005000',
        name: 'Helsinki',
        detail: 'City: Helsinki,Uusimaa,Finland',
        country: 'FI',
        source: { kind: 'live', platform: 'google', account: '1234567890', date: '2026-11-22' },
      },
    ])
  })

  it('when querying geo target constants by name, then runs GAQL on geo_target_constant in that country', async () => {
    const { google, calls } = connector(() => [
      { geo_target_constant: { id: 1005000, name: 'Espoo', country_code: 'FI', target_type: 'City', status: 2 } },
    ])

    const found = await google.lookup({ kind: 'geo_query', name: 'Espoo', countryCode: 'FI' })

    expect(calls[0]?.payload).toBe(
      'SELECT geo_target_constant.id, geo_target_constant.name, geo_target_constant.canonical_name, ' +
        'geo_target_constant.country_code, geo_target_constant.target_type, geo_target_constant.status ' +
        "FROM geo_target_constant WHERE geo_target_constant.country_code = 'FI' AND geo_target_constant.name = 'Espoo'",
    )
    expect(found.map((c) => [c.id, c.detail])).toEqual([['1005000', 'City']])
  })

  it('when looking up a language, then runs GAQL on language_constant by code', async () => {
    const { google, calls } = connector(() => [{ language_constant: { id: 1011, code: 'fi', name: 'Finnish' } }])

    const found = await google.lookup({ kind: 'language', code: 'fi' })

    expect(calls[0]?.payload).toBe(
      "SELECT language_constant.id, language_constant.code, language_constant.name FROM language_constant WHERE language_constant.code = 'fi'",
    )
    expect(found.map((c) => [c.id, c.name])).toEqual([['1011', 'Finnish']])
  })

  it('when searching user interests with a quote in the name, then escapes it in the GAQL literal', async () => {
    const { google, calls } = connector(() => [])

    await google.lookup({ kind: 'user_interest', name: "Women's Apparel" })

    expect(calls[0]?.payload).toContain("WHERE user_interest.name LIKE '%Women\\'s Apparel%'")
  })
})

describe('googleConnector validate', () => {
  it('when validating a spec, then checks custom segments and one atomic Mutate, all validate_only, with the customer filled', async () => {
    const { google, calls } = connector(() => ({ results: [] }))

    const outcome = await google.validate(SPEC)

    expect(calls.map((c) => c.method)).toEqual([
      'CustomAudienceService.mutateCustomAudiences',
      'GoogleAdsService.mutate',
    ])
    expect(calls[0]?.payload).toEqual({
      customer_id: '1234567890',
      validate_only: true,
      operations: [
        {
          operation: 'create',
          // CustomAudienceType.AUTO = 2, CustomAudienceMemberType KEYWORD = 2, URL = 3 (platforms.md §1.3).
          create: {
            name: 'Design (kohde check 2026-11-22)',
            type: 2,
            members: [
              { member_type: 2, keyword: 'design' },
              { member_type: 3, url: 'https://example.com' },
            ],
          },
        },
      ],
    })
    const operations = calls[1]?.payload as { entity: string; resource: Record<string, unknown> }[]
    expect(operations.map((o) => o.entity)).toEqual([
      'campaign_budget',
      'campaign',
      'ad_group',
      'campaign_criterion',
      'campaign_criterion',
      'campaign_criterion',
      'ad_group_criterion',
      'ad_group_criterion',
      'ad_group_criterion',
      'ad_group_criterion',
    ])
    // EuPoliticalAdvertisingStatus DOES_NOT_CONTAIN = 3, PositiveGeoTargetType PRESENCE = 7.
    expect(operations[1]?.resource).toMatchObject({
      resource_name: 'customers/1234567890/campaigns/-2',
      contains_eu_political_advertising: 3,
      geo_target_type_setting: { positive_geo_target_type: 7 },
    })
    expect(operations.slice(3).map((o) => o.resource)).toEqual([
      { campaign: 'customers/1234567890/campaigns/-2', location: { geo_target_constant: 'geoTargetConstants/2246' } },
      {
        campaign: 'customers/1234567890/campaigns/-2',
        proximity: {
          geo_point: { latitude_in_micro_degrees: 60169900, longitude_in_micro_degrees: 24938400 },
          radius: 14,
          radius_units: 3,
        },
      },
      { campaign: 'customers/1234567890/campaigns/-2', language: { language_constant: 'languageConstants/1000' } },
      // AGE_RANGE_25_34 = 503002, FEMALE = 11, PHRASE = 3 (platforms.md §1.3).
      { ad_group: 'customers/1234567890/adGroups/-3', age_range: { type: 503002 } },
      { ad_group: 'customers/1234567890/adGroups/-3', gender: { type: 11 } },
      {
        ad_group: 'customers/1234567890/adGroups/-3',
        user_interest: { user_interest_category: 'customers/1234567890/userInterests/1001' },
      },
      { ad_group: 'customers/1234567890/adGroups/-3', keyword: { text: 'luxury villa', match_type: 3 } },
    ])
    expect(outcome).toMatchObject({ valid: true, problems: [], notes: [expect.stringContaining('1 custom-segment')] })
  })

  it('when the Mutate fails on one operation, then reports the Google code and the operation, and does not retry', async () => {
    const rejected = failure(
      { criterion_error: 165 },
      'The combination of demographic criteria would result in only targeting the "undetermined" segment.',
      {
        location: { field_path_elements: [{ field_name: 'mutate_operations', index: 4 }, { field_name: 'create' }] },
      },
    )
    const { google, calls } = connector((call) => (call.method === 'GoogleAdsService.mutate' ? rejected : {}))

    const outcome = await google.validate(SPEC)

    expect(outcome.valid).toBe(false)
    expect(outcome.problems).toEqual([
      {
        platformCode: 'CriterionError.CANNOT_TARGET_ONLY_UNDETERMINED',
        message: 'The combination of demographic criteria would result in only targeting the "undetermined" segment.',
        location: 'mutate: mutate_operations[4].create',
      },
    ])
    expect(calls).toHaveLength(2)
  })

  it('when the response carries a partial failure, then its errors become problems', async () => {
    const partial = failure({ criterion_error: 165 }, 'only undetermined', {
      location: { field_path_elements: [{ field_name: 'operations', index: 0 }] },
    })
    const { google } = connector((call) =>
      call.method === 'CustomAudienceService.mutateCustomAudiences' ? { partial_failure_error: partial } : {},
    )

    const outcome = await google.validate(SPEC)

    expect(outcome.problems).toEqual([
      {
        platformCode: 'CriterionError.CANNOT_TARGET_ONLY_UNDETERMINED',
        message: 'only undetermined',
        location: 'customAudiences: operations[0]',
      },
    ])
  })
})

describe('googleConnector keyword forecast', () => {
  it('when forecasting search keywords, then sends the v24 CampaignToForecast and converts micros', async () => {
    const { google, calls } = connector(() => ({
      campaign_forecast_metrics: {
        clicks: 120.5,
        cost_micros: 96_400_000,
        conversions: 3,
        average_cpc_micros: 800_000,
      },
    }))

    const estimate = await google.keywordForecast({
      keywords: ['luxury villa'],
      geoTargetConstants: ['geoTargetConstants/2246'],
      languageConstants: ['languageConstants/1000'],
      start: new Date('2026-12-01T00:00:00Z'),
      end: new Date('2026-12-31T00:00:00Z'),
      currencyCode: 'EUR',
      maxCpcMicros: 1_500_000,
    })

    expect(calls[0]?.method).toBe('KeywordPlanIdeaService.GenerateKeywordForecastMetrics')
    expect(calls[0]?.payload).toEqual({
      customer_id: '1234567890',
      currency_code: 'EUR',
      forecast_period: { start_date: '2026-12-01', end_date: '2026-12-31' },
      campaign: {
        language_constants: ['languageConstants/1000'],
        geo_target_constants: ['geoTargetConstants/2246'],
        bidding_strategy: { manual_cpc_bidding_strategy: { max_cpc_bid_micros: 1_500_000 } },
        ad_groups: [{ keywords: [{ text: 'luxury villa', match_type: 3 }] }],
      },
    })
    expect(estimate.forecast).toEqual({
      start: '2026-12-01',
      end: '2026-12-31',
      currency: 'EUR',
      impressions: null,
      clicks: 120.5,
      cost: 96.4,
      conversions: 3,
      averageCpc: 0.8,
    })
  })
})

describe('googleConnector errors', () => {
  it('when the OAuth token has expired, then throws token_expired with Google’s code and does not retry', async () => {
    const { google, calls } = connector(() => EXPIRED)

    const error = await google.lookup({ kind: 'language', code: 'fi' }).catch((e: unknown) => e)

    expect(error).toMatchObject({
      kind: 'user_fixable',
      code: 'token_expired',
      platformCode: 'AuthenticationError.OAUTH_TOKEN_EXPIRED',
    })
    expect(calls).toHaveLength(1)
  })

  it.each([
    [8, 'CUSTOMER_NOT_FOUND', 'parameter_invalid'],
    [29, 'DEVELOPER_TOKEN_INVALID', 'permission_missing'],
    [18, 'OAUTH_TOKEN_REVOKED', 'token_expired'],
  ] as const)(
    'when Google answers AuthenticationError %i (%s), then it is %s and not retried',
    async (value, name, code) => {
      const { google, calls } = connector(() => failure({ authentication_error: value }, name))

      const error = await google.lookup({ kind: 'language', code: 'fi' }).catch((e: unknown) => e)

      expect(error).toMatchObject({ kind: 'user_fixable', code, platformCode: `AuthenticationError.${name}` })
      expect(calls).toHaveLength(1)
    },
  )

  it('when the quota is exhausted on every call, then retries up to the bound and reports rate_limited', async () => {
    const { google, calls, delays } = connector(() => QUOTA)

    const error = await google.lookup({ kind: 'geo', name: 'Helsinki', countryCode: 'FI' }).catch((e: unknown) => e)

    expect(error).toMatchObject({
      kind: 'transient',
      code: 'rate_limited',
      platformCode: 'QuotaError.RESOURCE_EXHAUSTED',
    })
    expect(calls).toHaveLength(3)
    expect(delays).toEqual([50, 100])
  })

  it('when Google names a retry delay, then waits that long before the next try', async () => {
    const withDelay = failure({ quota_error: 2 }, 'Too many requests.', {
      details: { quota_error_details: { retry_delay: { seconds: 3 } } },
    })
    const { google, delays } = connector((_call, index) => (index === 0 ? withDelay : []))

    await google.lookup({ kind: 'language', code: 'fi' })

    expect(delays).toEqual([3000])
  })
})
