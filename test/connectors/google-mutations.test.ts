import { describe, expect, it } from 'vitest'
import type { GoogleSpec } from '../../audiences/channels/google/google-spec-schema.js'
import { toSdkShape, withCreatedAudiences } from '../../server/connectors/google/google-mutations.js'

const audience = (n: number) => ({
  resource_name: `customers/{customerId}/customAudiences/-${n}`,
  name: `Segment ${n}`,
  type: 'AUTO' as const,
  members: [{ member_type: 'KEYWORD' as const, keyword: `word ${n}` }],
})
const SPEC: GoogleSpec = {
  campaignCriteria: [],
  adGroupCriteria: [
    { custom_audience: { custom_audience: 'customers/{customerId}/customAudiences/-2' } },
    { gender: { type: 'MALE' } },
    { custom_audience: { custom_audience: 'customers/{customerId}/customAudiences/-1' }, negative: true },
  ],
  customAudiences: [audience(1), audience(2)],
  campaign: {
    contains_eu_political_advertising: 'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING',
    geo_target_type_setting: { positive_geo_target_type: 'PRESENCE' },
  },
}

describe('withCreatedAudiences', () => {
  it('when the segments are created, then each temporary name becomes the created one, in declaration order', () => {
    const created = ['customers/1234567890/customAudiences/501', 'customers/1234567890/customAudiences/502']

    expect(withCreatedAudiences(SPEC, '1234567890', created)).toEqual([
      { custom_audience: { custom_audience: 'customers/1234567890/customAudiences/502' } },
      { gender: { type: 'MALE' } },
      { custom_audience: { custom_audience: 'customers/1234567890/customAudiences/501' }, negative: true },
    ])
  })

  it('when fewer segments come back than were declared, then it refuses', () => {
    expect(() => withCreatedAudiences(SPEC, '1234567890', ['customers/1234567890/customAudiences/501'])).toThrow()
  })
})

describe('toSdkShape', () => {
  it('when a name sits under a field that is not an enum, then only the customer placeholder changes', () => {
    expect(toSdkShape({ keyword: { text: 'MALE', match_type: 'PHRASE' } }, '1')).toEqual({
      keyword: { text: 'MALE', match_type: 3 },
    })
  })
})
