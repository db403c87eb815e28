import { describe, expect, it } from 'vitest'
import type { AudienceInput, PolicyFinding, SpecialAdCategory } from '../../../audiences/index.js'
import { compileGoogle, itemAt, verdictAt } from './google-compile.js'
import { googleLiveTaxonomy } from './google-test-taxonomy.js'

type CategoryCase = {
  category: SpecialAdCategory
  geo: AudienceInput['geo']
  declaration: 'CONTAINS_EU_POLITICAL_ADVERTISING' | 'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING'
  findings: [PolicyFinding['code'], PolicyFinding['severity']][]
}

const FI = { include: [{ country: 'FI' }] }
const US = { include: [{ country: 'US' }, { country: 'FI' }] }

// §1.10 (declaration), §1.13 (access to opportunity: US and Canada only; sensitive categories), Google's EU political-ads exit.
const CATEGORY_CASES: Record<string, CategoryCase> = {
  'none in Finland': {
    category: 'none',
    geo: FI,
    declaration: 'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING',
    findings: [['google_eu_political_declaration', 'info']],
  },
  'housing in Finland': {
    category: 'housing',
    geo: FI,
    declaration: 'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING',
    findings: [
      ['google_access_to_opportunity_us_ca_only', 'info'],
      ['google_eu_political_declaration', 'info'],
    ],
  },
  'financial in Sweden': {
    category: 'financial',
    geo: { include: [{ country: 'SE' }] },
    declaration: 'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING',
    findings: [
      ['google_access_to_opportunity_us_ca_only', 'info'],
      ['google_eu_political_declaration', 'info'],
    ],
  },
  'housing in the US': {
    category: 'housing',
    geo: US,
    declaration: 'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING',
    findings: [
      ['google_access_to_opportunity_restricted', 'error'],
      ['google_eu_political_declaration', 'info'],
    ],
  },
  'employment in Canada': {
    category: 'employment',
    geo: { include: [{ country: 'CA' }, { country: 'FI' }] },
    declaration: 'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING',
    findings: [
      ['google_access_to_opportunity_restricted', 'error'],
      ['google_eu_political_declaration', 'info'],
    ],
  },
  'gambling in Finland': {
    category: 'gambling',
    geo: FI,
    declaration: 'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING',
    findings: [
      ['google_sensitive_category_audiences', 'warning'],
      ['google_eu_political_declaration', 'info'],
    ],
  },
  'politics in Finland': {
    category: 'politics',
    geo: FI,
    declaration: 'CONTAINS_EU_POLITICAL_ADVERTISING',
    findings: [
      ['google_political_ads_verification', 'error'],
      ['google_eu_political_ads_not_served', 'error'],
    ],
  },
  'politics in the US': {
    category: 'politics',
    geo: { include: [{ country: 'US' }, { country: 'AU' }] },
    declaration: 'CONTAINS_EU_POLITICAL_ADVERTISING',
    findings: [['google_political_ads_verification', 'error']],
  },
}

describe('googleCompiler special ad categories', () => {
  it.each(Object.entries(CATEGORY_CASES))(
    'when the category is %s, then the declaration and findings are as the table says',
    (_name, c) => {
      // The live taxonomy names the US and Canada: a place Google cannot target brings no rules of its own.
      const result = compileGoogle({ specialAdCategory: c.category, geo: c.geo }, googleLiveTaxonomy)

      expect(result.spec.campaign.contains_eu_political_advertising).toBe(c.declaration)
      expect(result.policy.map((p) => [p.code, p.severity])).toEqual(c.findings)
      expect(verdictAt(result.fidelity.items, 'specialAdCategory')[0]).toBe('exact')
    },
  )

  it('when housing targets the US, then age, gender, parental status and postal codes are dropped and radii raised to 1 km', () => {
    const result = compileGoogle(
      {
        specialAdCategory: 'housing',
        geo: {
          include: [
            { country: 'US' },
            { country: 'FI' },
            { postalCode: '00100', country: 'FI' },
            { radius: { lat: 60.2, lng: 24.9, km: 0.5 } },
          ],
        },
        age: { min: 30, max: 60 },
        genders: ['female'],
        include: [[{ facet: 'parentalStatus', value: 'parental.parent' }]],
        exclude: [{ facet: 'customerList', value: 'list.current-customers' }],
      },
      googleLiveTaxonomy,
    )

    expect(result.spec.adGroupCriteria).toEqual([])
    expect(result.spec.campaignCriteria).toEqual([
      { location: { geo_target_constant: 'geoTargetConstants/92840' } },
      { location: { geo_target_constant: 'geoTargetConstants/2246' } },
      {
        proximity: {
          geo_point: { latitude_in_micro_degrees: 60200000, longitude_in_micro_degrees: 24900000 },
          radius: 1,
          radius_units: 'KILOMETERS',
        },
      },
    ])
    expect(
      [['age'], ['genders'], ['include', 0, 0], ['geo', 'include', 2], ['geo', 'include', 3], ['exclude', 0]].map((p) =>
        verdictAt(result.fidelity.items, ...p),
      ),
    ).toEqual([
      ['unsupported', 'sac_restricted_targeting'],
      ['unsupported', 'sac_restricted_targeting'],
      ['unsupported', 'sac_restricted_targeting'],
      ['unsupported', 'sac_restricted_targeting'],
      ['approximated', 'sac_radius_raised'],
      ['unsupported', 'curated_audience_restricted'],
    ])
  })

  it('when housing targets the US with every adult age and gender, then nothing about them is reported as dropped', () => {
    const result = compileGoogle({ specialAdCategory: 'housing', geo: US }, googleLiveTaxonomy)

    expect([verdictAt(result.fidelity.items, 'age'), verdictAt(result.fidelity.items, 'genders')]).toEqual([
      ['exact', 'age_all'],
      ['exact', 'genders_all'],
    ])
  })

  it('when housing targets Finland only, then age and gender stay and the item says why', () => {
    const result = compileGoogle({ specialAdCategory: 'housing', age: { min: 25, max: 54 }, genders: ['male'] })

    expect(result.spec.adGroupCriteria).toHaveLength(4)
    expect(itemAt(result.fidelity.items, 'specialAdCategory').message).toContain('US and Canada only')
  })

  it('when housing names the US but Google cannot target it, then the US rules do not apply to the places it can', () => {
    const result = compileGoogle({ specialAdCategory: 'housing', geo: US, age: { min: 25, max: 54 } })

    expect(result.policy.map((p) => p.code)).toContain('google_access_to_opportunity_us_ca_only')
    expect(verdictAt(result.fidelity.items, 'age')).toEqual(['exact', 'age_exact'])
  })

  it('when gambling uses a customer list, then the list is dropped as a curated audience', () => {
    const result = compileGoogle(
      { specialAdCategory: 'gambling', include: [[{ facet: 'customerList', value: 'list.current-customers' }]] },
      googleLiveTaxonomy,
    )

    expect(result.spec.adGroupCriteria).toEqual([])
    expect(verdictAt(result.fidelity.items, 'include', 0, 0)).toEqual(['unsupported', 'curated_audience_restricted'])
  })

  it('when gambling uses a facet Google cannot target, then the reason is the facet, not the customer-list ban', () => {
    const result = compileGoogle({
      specialAdCategory: 'gambling',
      include: [[{ facet: 'companySize', value: 'companySize.1' }]],
    })

    expect(verdictAt(result.fidelity.items, 'include', 0, 0)).toEqual(['unsupported', 'no_google_targeting'])
    expect(itemAt(result.fidelity.items, 'include', 0, 0).message).toContain('no targeting by headcount')
  })

  it('when the housing rules apply, then the finding names its source', () => {
    const result = compileGoogle({ specialAdCategory: 'housing', geo: US })

    expect(result.policy[0]?.source).toContain('support.google.com/adspolicy/answer/16701755')
  })
})
