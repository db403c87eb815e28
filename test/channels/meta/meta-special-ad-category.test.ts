import { describe, expect, it } from 'vitest'
import type { AudienceInput } from '../../../audiences/index.js'
import { HELSINKI, compileMeta, itemAt, policyCodes } from './meta-support.js'

// A villa sale is housing. Where Meta's limits apply: ages 18–65+, all genders, no postal codes, no location or
// audience exclusions, ≥ 15 miles (kohde: 25 km) around places, no Advantage+ (platforms.md §2.8).
const villa = (geo: AudienceInput['geo']): Partial<AudienceInput> => ({
  specialAdCategory: 'housing',
  geo,
  age: { min: 30, max: 60 },
  genders: ['female'],
  include: [[{ facet: 'interest', value: 'interest.luxury-goods' }]],
  exclude: [{ facet: 'customerList', value: 'list.current-customers' }],
})

describe('metaCompiler housing in Finland', () => {
  const result = compileMeta(
    villa({
      include: [
        { municipality: '091', country: 'FI' },
        { postalCode: '00100', country: 'FI' },
      ],
      exclude: [{ radius: { lat: 60.17, lng: 24.95, km: 2 } }],
    }),
  )

  it('when compiled, then the campaign declares HOUSING for FI', () => {
    expect(result.spec.campaign).toEqual({ special_ad_categories: ['HOUSING'], special_ad_category_country: ['FI'] })
    expect(itemAt(result, ['specialAdCategory'])).toMatchObject({ status: 'exact', code: 'sac_declared' })
  })

  it('when compiled, then the targeting carries only what housing ads may use', () => {
    expect(result.spec.targeting).toEqual({
      geo_locations: { custom_locations: [{ ...HELSINKI, radius: 25 }] },
      age_min: 18,
      flexible_spec: [{ interests: [{ id: '6007828099136', name: 'Luxury goods' }] }],
      publisher_platforms: ['facebook'],
      targeting_automation: { advantage_audience: 0 },
    })
  })

  it.each([
    [['age'], 'approximated', 'sac_housing_age_locked'],
    [['genders'], 'approximated', 'sac_housing_gender_locked'],
    [['geo', 'include', 0], 'approximated', 'sac_housing_radius_widened'],
    [['geo', 'include', 1], 'unsupported', 'sac_housing_postal_unavailable'],
    [['geo', 'exclude', 0], 'unsupported', 'sac_housing_location_exclusion_unavailable'],
    [['exclude', 0], 'unsupported', 'sac_housing_exclusion_unavailable'],
  ])('when compiled, then %j is reported %s with %s', (path, status, code) => {
    expect(itemAt(result, path)).toMatchObject({ status, code })
  })

  it('when compiled, then policy explains the limits, the unconfirmed European list and the DSA placeholders', () => {
    expect(policyCodes(result)).toEqual(
      expect.arrayContaining([
        'sac_audience_restricted',
        'sac_automation_unavailable',
        'sac_detailed_targeting_limited',
        'meta_dsa_beneficiary_payor',
      ]),
    )
    expect(result.policy.find((f) => f.code === 'sac_audience_restricted')?.message).toContain('unconfirmed')
    expect(result.spec.adSet).toEqual({
      dsa_beneficiary: '<fill in: who benefits from the ad>',
      dsa_payor: '<fill in: who pays>',
    })
  })
})

describe('metaCompiler housing in the US', () => {
  const result = compileMeta(
    villa({ include: [{ country: 'US' }, { radius: { lat: 40.7, lng: -74, km: 10 }, label: 'NYC' }] }),
  )

  it('when compiled, then the same limits apply and the 10 km circle widens to 25 km', () => {
    expect(result.spec.campaign).toEqual({ special_ad_categories: ['HOUSING'], special_ad_category_country: ['US'] })
    expect(result.spec.targeting).toMatchObject({ age_min: 18, geo_locations: { countries: ['US'] } })
    expect(result.spec.targeting.geo_locations.custom_locations).toEqual([
      { latitude: 40.7, longitude: -74, radius: 25, distance_unit: 'kilometer', name: 'NYC' },
    ])
    expect(result.spec.targeting).not.toHaveProperty('age_max')
    expect(result.spec.targeting).not.toHaveProperty('genders')
    expect(itemAt(result, ['geo', 'include', 1]).code).toBe('sac_housing_radius_widened')
  })

  it('when only US places are named, then no DSA placeholders are needed', () => {
    // A bare circle has no country, so the shared DSA check assumes it may lie in the EU.
    expect(compileMeta(villa({ include: [{ country: 'US' }] })).spec).not.toHaveProperty('adSet')
  })
})

describe('metaCompiler special ad categories', () => {
  it('when housing reaches only Japan, then the category is declared and the targeting kept', () => {
    const result = compileMeta(villa({ include: [{ country: 'JP' }] }))

    expect(result.spec.campaign).toEqual({ special_ad_categories: ['HOUSING'], special_ad_category_country: ['JP'] })
    expect(result.spec.targeting).toMatchObject({ age_min: 30, age_max: 60, genders: [2] })
    expect(policyCodes(result)).toContain('sac_restrictions_not_applied')
  })

  it.each([
    ['employment', 'EMPLOYMENT', 'sac_employment_age_locked'],
    ['financial', 'FINANCIAL_PRODUCTS_SERVICES', 'sac_financial_age_locked'],
  ] as const)('when the category is %s in Sweden, then it is %s with the same locks', (category, name, code) => {
    const result = compileMeta({
      specialAdCategory: category,
      geo: { include: [{ country: 'SE' }] },
      age: { min: 25, max: 40 },
    })

    expect(result.spec.campaign).toEqual({ special_ad_categories: [name], special_ad_category_country: ['SE'] })
    expect(result.spec.targeting.age_min).toBe(18)
    expect(itemAt(result, ['age']).code).toBe(code)
  })

  it('when the category is politics in Finland, then Meta’s EU stop on political ads is an error', () => {
    const result = compileMeta({ specialAdCategory: 'politics', age: { min: 30, max: 60 } })

    expect(result.spec.campaign.special_ad_categories).toEqual(['ISSUES_ELECTIONS_POLITICS'])
    expect(result.spec.targeting).toMatchObject({ age_min: 30, age_max: 60 })
    expect(result.policy.find((f) => f.code === 'meta_eu_political_ads_stopped')?.severity).toBe('error')
  })

  it('when the category is gambling, then it is declared and Meta’s permission is required', () => {
    const result = compileMeta({ specialAdCategory: 'gambling' })

    expect(result.spec.campaign.special_ad_categories).toEqual(['ONLINE_GAMBLING_AND_GAMING'])
    expect(policyCodes(result)).toContain('meta_gambling_permission')
  })

  it('when there is no category, then special_ad_categories is empty and no country is sent', () => {
    const result = compileMeta({})

    expect(result.spec.campaign).toEqual({ special_ad_categories: [] })
    expect(itemAt(result, ['specialAdCategory'])).toMatchObject({ status: 'exact', code: 'sac_none' })
  })

  // Issue 13: a circle in Finland is in Finland; Meta needs special_ad_category_country for it.
  it('when housing targets only a circle in Finland, then the campaign names Finland as its country', () => {
    const result = compileMeta({
      specialAdCategory: 'housing',
      geo: { include: [{ radius: { lat: 60.2, lng: 24.9, km: 30 } }] },
    })

    expect(result.spec.campaign).toEqual({ special_ad_categories: ['HOUSING'], special_ad_category_country: ['FI'] })
    expect(result.spec.targeting.age_min).toBe(18)
    expect(policyCodes(result)).not.toContain('sac_country_missing')
  })

  it('when housing targets only a circle kohde cannot place, then it is restricted anyway and a warning asks for it', () => {
    const result = compileMeta({
      specialAdCategory: 'housing',
      geo: { include: [{ radius: { lat: 10, lng: -30, km: 30 } }] },
    })

    expect(result.spec.campaign).toEqual({ special_ad_categories: ['HOUSING'] })
    expect(result.spec.targeting.age_min).toBe(18)
    expect(policyCodes(result)).toContain('sac_country_missing')
  })

  it('when a housing audience starts at 13, then ages become 18–65+', () => {
    const result = compileMeta({ specialAdCategory: 'housing', age: { min: 13 } })

    expect(result.spec.targeting.age_min).toBe(18)
    expect(itemAt(result, ['age']).code).toBe('sac_housing_age_locked')
  })
})
