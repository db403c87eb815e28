import { describe, expect, it } from 'vitest'
import type { GeoItem } from '../../../audiences/index.js'
import type { CampaignCriterion } from '../../../audiences/channels/google/google-spec-schema.js'
import { compileGoogle, itemAt, verdictAt, type Verdict } from './google-compile.js'

type GeoCase = { place: GeoItem; criteria: CampaignCriterion[]; verdict: Verdict }

// Centres and radii come from the test taxonomy; micro degrees = degrees × 1,000,000 (criteria.proto GeoPointInfo).
const circle = (lat: number, lng: number, radius: number): CampaignCriterion => ({
  proximity: {
    geo_point: { latitude_in_micro_degrees: lat, longitude_in_micro_degrees: lng },
    radius,
    radius_units: 'KILOMETERS',
  },
})
const HELSINKI = circle(60169900, 24938400, 14)
const ESPOO = circle(60205500, 24655900, 16)

const INCLUDE_CASES: Record<string, GeoCase> = {
  'a country with a sourced constant': {
    place: { country: 'FI' },
    criteria: [{ location: { geo_target_constant: 'geoTargetConstants/2246' } }],
    verdict: ['exact', 'geo_exact'],
  },
  Sweden: {
    place: { country: 'SE' },
    criteria: [{ location: { geo_target_constant: 'geoTargetConstants/2752' } }],
    verdict: ['exact', 'geo_exact'],
  },
  'a country with no constant': { place: { country: 'US' }, criteria: [], verdict: ['unresolved', 'geo_lookup'] },
  'a Finnish region': {
    place: { region: 'FI-18' },
    criteria: [HELSINKI, ESPOO],
    verdict: ['approximated', 'geo_circles'],
  },
  'a region with no municipality data but a centre': {
    place: { region: 'FI-19' },
    criteria: [circle(60500000, 22300000, 90)],
    verdict: ['approximated', 'geo_circles'],
  },
  'a Swedish county without a centre': {
    place: { region: 'SE-AB' },
    criteria: [],
    verdict: ['unresolved', 'geo_lookup'],
  },
  'a municipality by code': {
    place: { municipality: '091', country: 'FI' },
    criteria: [HELSINKI],
    verdict: ['approximated', 'geo_circles'],
  },
  'a city by name': {
    place: { city: 'Espoo', country: 'FI' },
    criteria: [ESPOO],
    verdict: ['approximated', 'geo_circles'],
  },
  'a municipality without a centre': {
    place: { municipality: '020', country: 'FI' },
    criteria: [],
    verdict: ['unresolved', 'geo_lookup'],
  },
  'a city kohde has no data for': {
    place: { city: 'Lyon', country: 'SE' },
    criteria: [],
    verdict: ['unresolved', 'geo_lookup'],
  },
  'a Finnish postal code': {
    place: { postalCode: '00100', country: 'FI' },
    criteria: [circle(60171400, 24931600, 1.2)],
    verdict: ['approximated', 'geo_circles'],
  },
  'a postal code abroad': {
    place: { postalCode: '10001', country: 'US' },
    criteria: [],
    verdict: ['unresolved', 'geo_lookup'],
  },
  'a radius circle': {
    place: { radius: { lat: 60.2, lng: 24.9, km: 5 }, label: 'Office' },
    criteria: [circle(60200000, 24900000, 5)],
    verdict: ['exact', 'geo_radius'],
  },
}

const EXCLUDE_CASES: Record<string, GeoCase> = {
  'a country with a sourced constant': {
    place: { country: 'SE' },
    criteria: [{ location: { geo_target_constant: 'geoTargetConstants/2752' }, negative: true }],
    verdict: ['exact', 'geo_excluded'],
  },
  'a municipality with no constant': {
    place: { municipality: '091', country: 'FI' },
    criteria: [],
    verdict: ['unresolved', 'geo_lookup'],
  },
  'a postal code': {
    place: { postalCode: '00100', country: 'FI' },
    criteria: [],
    verdict: ['unsupported', 'geo_exclusion_circle'],
  },
  'a radius circle': {
    place: { radius: { lat: 60.2, lng: 24.9, km: 5 } },
    criteria: [],
    verdict: ['unsupported', 'geo_exclusion_circle'],
  },
  'a place kohde has no data for': {
    place: { city: 'Lyon', country: 'SE' },
    criteria: [],
    verdict: ['unresolved', 'geo_lookup'],
  },
}

const FINLAND: CampaignCriterion = { location: { geo_target_constant: 'geoTargetConstants/2246' } }

describe('googleCompiler geography', () => {
  it.each(Object.entries(INCLUDE_CASES))(
    'when the audience targets %s, then the campaign criteria are as the table says',
    (_name, c) => {
      const result = compileGoogle({ geo: { include: [c.place] } })

      expect(result.spec.campaignCriteria).toEqual(c.criteria)
      expect(verdictAt(result.fidelity.items, 'geo', 'include', 0)).toEqual(c.verdict)
    },
  )

  it.each(Object.entries(EXCLUDE_CASES))(
    'when Finland excludes %s, then the negative criteria are as the table says',
    (_name, c) => {
      const result = compileGoogle({ geo: { include: [{ country: 'FI' }], exclude: [c.place] } })

      expect(result.spec.campaignCriteria).toEqual([FINLAND, ...c.criteria])
      expect(verdictAt(result.fidelity.items, 'geo', 'exclude', 0)).toEqual(c.verdict)
    },
  )

  it('when a municipality becomes a circle, then the message says so and how to make it exact', () => {
    const result = compileGoogle({ geo: { include: [{ municipality: '091', country: 'FI' }] } })

    expect(itemAt(result.fidelity.items, 'geo', 'include', 0).message).toBe(
      'Helsinki became a 14 km circle around its centre: the edges do not follow its borders; look up its geo target constant for an exact match',
    )
  })

  it('when a place becomes circles, then the item carries them as the places Google targets', () => {
    const result = compileGoogle({ geo: { include: [{ region: 'FI-18' }] } })

    // The test taxonomy's centres and radii: Helsinki 60.1699, 24.9384, 14 km; Espoo 60.2055, 24.6559, 16 km.
    expect(itemAt(result.fidelity.items, 'geo', 'include', 0).effective).toEqual({
      kind: 'places',
      places: [
        { radius: { lat: 60.1699, lng: 24.9384, km: 14 }, label: 'Helsinki' },
        { radius: { lat: 60.2055, lng: 24.6559, km: 16 }, label: 'Espoo' },
      ],
    })
  })

  it('when Uusimaa excludes Helsinki, which has no constant, then Helsinki’s own circle is not targeted', () => {
    const result = compileGoogle({
      geo: { include: [{ region: 'FI-18' }], exclude: [{ municipality: '091', country: 'FI' }] },
    })

    expect(result.spec.campaignCriteria).toEqual([ESPOO])
    expect(itemAt(result.fidelity.items, 'geo', 'include', 0).message).toContain(
      'the circles of Helsinki were left out because the audience excludes them',
    )
    expect(itemAt(result.fidelity.items, 'geo', 'exclude', 0)).toMatchObject({
      status: 'approximated',
      code: 'geo_exclusion_circles_left_out',
      effective: { kind: 'places', places: [] },
    })
  })

  it('when the excluded municipality has no circle among the included ones, then the exclusion stays unresolved', () => {
    const result = compileGoogle({
      geo: { include: [{ municipality: '049', country: 'FI' }], exclude: [{ municipality: '091', country: 'FI' }] },
    })

    expect(result.spec.campaignCriteria).toEqual([ESPOO])
    expect(verdictAt(result.fidelity.items, 'geo', 'exclude', 0)).toEqual(['unresolved', 'geo_lookup'])
  })

  it('when a country has no constant, then the message names the lookup to run', () => {
    const result = compileGoogle({ geo: { include: [{ country: 'US' }] } })

    expect(itemAt(result.fidelity.items, 'geo', 'include', 0).message).toContain(
      'GeoTargetConstantService.suggestGeoTargetConstants (country_code "US", location_names ["United States"])',
    )
  })

  it('when no place can be targeted, then an error finding warns that Google would serve everywhere', () => {
    const result = compileGoogle({ geo: { include: [{ region: 'SE-AB' }] } })

    expect(result.policy.find((p) => p.code === 'google_no_location')?.severity).toBe('error')
  })

  it('when only an exclusion resolves, then the campaign still counts as placed nowhere', () => {
    const result = compileGoogle({ geo: { include: [{ country: 'US' }], exclude: [{ country: 'SE' }] } })

    expect(result.policy.map((p) => p.code)).toContain('google_no_location')
  })
})

describe('googleCompiler presence', () => {
  it.each([
    ['home', ['approximated', 'presence_includes_visitors']],
    ['homeOrRecent', ['exact', 'presence_exact']],
  ] as const)('when presence is %s, then the campaign uses PRESENCE and reports %j', (presence, verdict) => {
    const result = compileGoogle({ geo: { include: [{ country: 'FI' }], presence } })

    expect(result.spec.campaign.geo_target_type_setting).toEqual({ positive_geo_target_type: 'PRESENCE' })
    expect(verdictAt(result.fidelity.items, 'geo', 'presence')).toEqual(verdict)
  })
})

describe('googleCompiler languages', () => {
  // Google serves an ad only to people it believes understand a targeted language (answer/1722078): a partial list
  // would shut out the speakers of the missing ones, so one language without a constant withholds them all.
  it.each([
    [['en'], [{ language: { language_constant: 'languageConstants/1000' } }], [['exact', 'language_exact']]],
    [['fi'], [], [['unresolved', 'language_lookup']]],
    [
      ['en', 'sv'],
      [],
      [
        ['approximated', 'language_withheld'],
        ['unresolved', 'language_lookup'],
      ],
    ],
  ] as const)(
    'when the languages are %j (only English has a constant in the test taxonomy), then the language criteria are as listed',
    (languages, criteria, verdicts) => {
      const result = compileGoogle({ languages: [...languages] })

      expect(result.spec.campaignCriteria.filter((c) => 'language' in c)).toEqual(criteria)
      expect(languages.map((_l, i) => verdictAt(result.fidelity.items, 'languages', i))).toEqual(verdicts)
    },
  )

  it('when a language is withheld, then its item says the campaign is not limited by language', () => {
    const result = compileGoogle({ languages: ['en', 'sv'] })

    expect(itemAt(result.fidelity.items, 'languages', 0).effective).toEqual({ kind: 'anyLanguage' })
    expect(itemAt(result.fidelity.items, 'languages', 1).message).toContain('not limited by language')
  })

  it('when a language has no constant, then the message carries the GAQL lookup', () => {
    const result = compileGoogle({ languages: ['sv'] })

    expect(itemAt(result.fidelity.items, 'languages', 0).message).toContain(
      "SELECT language_constant.id FROM language_constant WHERE language_constant.code = 'sv'",
    )
  })
})
