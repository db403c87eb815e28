import { describe, expect, it } from 'vitest'
import type { AudienceInput } from '../../../audiences/index.js'
import { compileLinkedIn } from './linkedin-compile.js'

type GeoInput = AudienceInput['geo']['include'][number]

const FI = 'urn:li:geo:100456013'
const SE = 'urn:li:geo:105117694'
const LOCATIONS = 'urn:li:adTargetingFacet:locations'
const typeahead = (query: string) =>
  `adTargetingEntities?q=typeahead&facet=urn:li:adTargetingFacet:locations&query=${query}`

type Expected = { locations: string[] | null; status: string; code: string; lookup?: string }

// One place per row; `locations` is what the include.and must start with (null: no location at all).
const PLACES: [string, GeoInput, Expected][] = [
  ['Finland', { country: 'FI' }, { locations: [FI], status: 'exact', code: 'geo_exact' }],
  ['Sweden', { country: 'SE' }, { locations: [SE], status: 'exact', code: 'geo_exact' }],
  [
    'Uusimaa (region with a lookup)',
    { region: 'FI-18' },
    { locations: [FI], status: 'approximated', code: 'geo_widened_to_country', lookup: typeahead('Uusimaa') },
  ],
  [
    'Stockholm County (region without a mapping)',
    { region: 'SE-AB' },
    { locations: [SE], status: 'approximated', code: 'geo_widened_to_country', lookup: typeahead('Stockholm County') },
  ],
  [
    'Helsinki by municipality code',
    { municipality: '091', country: 'FI' },
    { locations: [FI], status: 'approximated', code: 'geo_widened_to_country', lookup: typeahead('Helsinki') },
  ],
  [
    'Helsingfors by city name',
    { city: 'Helsingfors', country: 'FI' },
    { locations: [FI], status: 'approximated', code: 'geo_widened_to_country', lookup: typeahead('Helsinki') },
  ],
  [
    'Göteborg (a city kohde has no data for)',
    { city: 'Göteborg', country: 'SE' },
    { locations: [SE], status: 'approximated', code: 'geo_widened_to_country', lookup: typeahead('Göteborg') },
  ],
  [
    'postal code 00100',
    { postalCode: '00100', country: 'FI' },
    { locations: [FI], status: 'approximated', code: 'geo_widened_to_country', lookup: typeahead('00100') },
  ],
  [
    'a 5 km circle',
    { radius: { lat: 60.17, lng: 24.94, km: 5 } },
    { locations: null, status: 'unsupported', code: 'radius_unsupported' },
  ],
  [
    'the United States (no sourced URN)',
    { country: 'US' },
    { locations: null, status: 'unresolved', code: 'geo_urn_unknown', lookup: typeahead('United States') },
  ],
]

describe('linkedinCompiler geography', () => {
  it.each(PLACES)('when the audience targets %s, then it compiles as the table says', (_name, place, expected) => {
    const result = compileLinkedIn({ geo: { include: [place] } })

    const item = result.fidelity.items.find((i) => i.path.join('.') === 'geo.include.0')
    expect(item).toMatchObject({ status: expected.status, code: expected.code })
    if (expected.lookup) expect(item?.message).toContain(expected.lookup)
    expect(result.and[0]).toEqual(expected.locations ? { or: { [LOCATIONS]: expected.locations } } : undefined)
    expect(result.policyCodes.includes('linkedin_location_required')).toBe(expected.locations === null)
  })

  it('when a sub-country place has no URN, then the message says the whole country is targeted and is over-inclusive', () => {
    const result = compileLinkedIn({ geo: { include: [{ municipality: '091', country: 'FI' }] } })

    expect(result.item('geo:FI/municipality:091').message).toMatch(
      /all of Finland \(urn:li:geo:100456013\).*over-inclusive/,
    )
  })

  // Statistics Finland 11re, 31 Dec 2019 (population/SOURCES.md): Finland 5,525,292, Helsinki 653,835; 8.45 times.
  it('when Helsinki widens to Finland, then the message gives the factor and the item the country it targets', () => {
    const result = compileLinkedIn({ geo: { include: [{ municipality: '091', country: 'FI' }] } })

    expect(result.item('geo:FI/municipality:091').message).toContain(
      'over-inclusive, about 8.5 times the people (Finland 5,525,000 against 654,000 in Helsinki, all ages)',
    )
    expect(result.item('geo:FI/municipality:091').effective).toEqual({ kind: 'places', places: [{ country: 'FI' }] })
  })

  it('when one place resolves, then places without a URN stay unresolved instead of widening to their country', () => {
    const result = compileLinkedIn({ geo: { include: [{ country: 'FI' }, { region: 'SE-AB' }] } })

    expect(result.and[0]).toEqual({ or: { [LOCATIONS]: [FI] } })
    expect(result.item('geo:SE-AB')).toMatchObject({ status: 'unresolved', code: 'geo_urn_unknown' })
  })

  it('when places in two countries all lack URNs, then both countries stand in, once each', () => {
    const result = compileLinkedIn({
      geo: {
        include: [
          { municipality: '091', country: 'FI' },
          { city: 'Göteborg', country: 'SE' },
          { postalCode: '00100', country: 'FI' },
        ],
      },
    })

    expect(result.and[0]).toEqual({ or: { [LOCATIONS]: [FI, SE] } })
  })

  it('when a circle sits beside a place that widens to its country, then the circle stays unsupported', () => {
    const result = compileLinkedIn({
      geo: { include: [{ radius: { lat: 60.17, lng: 24.94, km: 5 } }, { municipality: '091', country: 'FI' }] },
    })

    expect(result.and[0]).toEqual({ or: { [LOCATIONS]: [FI] } })
    expect(result.fidelity.items[1]).toMatchObject({ status: 'unsupported', code: 'radius_unsupported' })
  })

  it('when a country is excluded, then it goes to exclude.or locations', () => {
    const result = compileLinkedIn({
      geo: { include: [{ country: 'FI' }, { country: 'SE' }], exclude: [{ country: 'SE' }] },
    })

    expect(result.spec.targetingCriteria.exclude).toEqual({ or: { [LOCATIONS]: [SE] } })
    expect(result.item('not geo:SE')).toMatchObject({ status: 'exact', code: 'geo_exact' })
  })

  it('when a sub-country place or a circle is excluded, then nothing is excluded and each is reported', () => {
    const result = compileLinkedIn({
      geo: {
        include: [{ country: 'FI' }],
        exclude: [{ municipality: '091', country: 'FI' }, { radius: { lat: 60.2, lng: 25, km: 3 } }],
      },
    })

    expect(result.spec.targetingCriteria.exclude).toBeUndefined()
    expect(result.item('not geo:FI/municipality:091')).toMatchObject({ status: 'unresolved', code: 'geo_urn_unknown' })
    expect(result.item('not geo:radius:60.2,25,3km')).toMatchObject({
      status: 'unsupported',
      code: 'radius_unsupported',
    })
  })

  it.each([
    ['home', 'approximated', 'presence_recent_included'],
    ['homeOrRecent', 'exact', 'presence_exact'],
  ] as const)('when presence is %s, then it is %s (%s)', (presence, status, code) => {
    const result = compileLinkedIn({ geo: { include: [{ country: 'FI' }], presence } })

    expect(result.item(`presence:${presence}`)).toMatchObject({ status, code })
  })
})
