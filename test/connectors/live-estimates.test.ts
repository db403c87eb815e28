import { describe, expect, it } from 'vitest'
import type { Connectors } from '../../server/connectors/connectors.js'
import type { LinkedInConnector } from '../../server/connectors/linkedin/linkedin-connector.js'
import { emptyEstimate } from '../../server/connectors/live-result.js'
import { liveEstimates } from '../../server/connectors/live-estimates.js'
import type { MetaConnector } from '../../server/connectors/meta/meta-connector.js'
import { PlatformError } from '../../server/connectors/platform-error.js'

const unused = () => Promise.reject(new Error('not used here'))
const base = { account: 'acct', date: '2026-11-22', endpoint: 'audienceCounts' }

const linkedin: LinkedInConnector = {
  platform: 'linkedin',
  account: 'urn:li:sponsoredAccount:1',
  client: undefined as never,
  lookup: unused,
  validate: unused,
  audienceCount: async () => ({
    ...emptyEstimate({ platform: 'linkedin', ...base }),
    audience: { lower: 400, upper: 400 },
  }),
  budgetPricing: unused,
  supplyForecast: unused,
}
const expiredMeta: MetaConnector = {
  platform: 'meta',
  account: 'act_1',
  lookup: unused,
  optionStatus: unused,
  validate: unused,
  estimates: () =>
    Promise.reject(
      new PlatformError({
        platform: 'meta',
        code: 'token_expired',
        platformCode: '190/463',
        platformMessage: 'Session has expired',
      }),
    ),
}
const criteria = { include: { and: [{ or: { 'urn:li:adTargetingFacet:locations': ['urn:li:geo:100456013'] } }] } }
const metaSpec = {
  targeting: {
    geo_locations: { countries: ['FI'], location_types: ['home', 'recent'] as ['home', 'recent'] },
    age_min: 18,
    publisher_platforms: ['facebook'] as ['facebook'],
    targeting_automation: { advantage_audience: 0 as const },
  },
  campaign: { special_ad_categories: [] },
}

describe('liveEstimates', () => {
  it('when one platform fails with an expired token, then the others still report and the failure is shown in plain words', async () => {
    const connectors: Connectors = { linkedin, meta: expiredMeta }

    const outcomes = await liveEstimates(connectors, {
      linkedin: { spec: { targetingCriteria: criteria } },
      meta: { spec: metaSpec },
    })

    expect(outcomes).toEqual([
      {
        platform: 'meta',
        ok: false,
        error: {
          platform: 'meta',
          kind: 'user_fixable',
          code: 'token_expired',
          platformCode: '190/463',
          message: expect.stringContaining('Meta code 190/463: "Session has expired"'),
        },
      },
      {
        platform: 'linkedin',
        ok: true,
        estimates: [expect.objectContaining({ date: '2026-11-22', audience: { lower: 400, upper: 400 } })],
      },
    ])
  })

  it('when a platform is not connected or has no request, then it is left out', async () => {
    expect(await liveEstimates({}, { meta: { spec: metaSpec } })).toEqual([])
  })
})
