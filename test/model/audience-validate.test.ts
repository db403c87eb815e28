import { describe, expect, it } from 'vitest'
import { validateAudience } from '../../audiences/index.js'
import { anAudience } from '../support/audience-builder.js'
import { tinyTaxonomy } from '../support/tiny-taxonomy.js'

const taxonomy = tinyTaxonomy()
const codesAt = (audience: ReturnType<typeof anAudience>) =>
  validateAudience(audience, taxonomy).map((i) => [i.path.join('.'), i.code])

describe('validateAudience', () => {
  it('when the audience is well formed, then reports nothing', () => {
    const audience = anAudience({
      age: { min: 30, max: 60 },
      include: [
        [
          { facet: 'title', value: 'title.ceo' },
          { facet: 'title', value: 'lääkäri' },
        ],
      ],
    })

    expect(validateAudience(audience, taxonomy)).toEqual([])
  })

  it('when the minimum age is above the maximum, then reports age_range_empty at age.min', () => {
    expect(codesAt(anAudience({ age: { min: 61, max: 60 } }))).toEqual([['age.min', 'age_range_empty']])
  })

  it('when the minimum age is under 13, then reports age_below_minimum', () => {
    expect(codesAt(anAudience({ age: { min: 12 } }))).toEqual([['age.min', 'age_below_minimum']])
  })

  it('when no place is included, then reports geo_empty', () => {
    expect(codesAt(anAudience({ geo: { include: [] } }))).toEqual([['geo.include', 'geo_empty']])
  })

  it('when a radius is 0 km, then reports radius_empty with the item path', () => {
    const audience = anAudience({ geo: { include: [{ radius: { lat: 60.17, lng: 24.94, km: 0 } }] } })

    expect(codesAt(audience)).toEqual([['geo.include.0', 'radius_empty']])
  })

  it('when a Finnish postal code does not exist, then reports postal_code_unknown', () => {
    const audience = anAudience({
      geo: { include: [{ country: 'FI' }], exclude: [{ postalCode: '99999', country: 'FI' }] },
    })

    expect(codesAt(audience)).toEqual([['geo.exclude.0', 'postal_code_unknown']])
  })

  it('when a region or municipality code is unknown in Finland, then reports it', () => {
    const audience = anAudience({ geo: { include: [{ region: 'FI-99' }, { municipality: '999', country: 'FI' }] } })

    expect(codesAt(audience)).toEqual([
      ['geo.include.0', 'region_unknown'],
      ['geo.include.1', 'municipality_unknown'],
    ])
  })

  it('when a country code is not a country, then reports country_unknown', () => {
    expect(codesAt(anAudience({ geo: { include: [{ country: 'XX' }] } }))).toEqual([
      ['geo.include.0', 'country_unknown'],
    ])
  })

  it('when a term looks like a taxonomy key but is unknown or of another facet, then reports it at the term', () => {
    const audience = anAudience({
      include: [[{ facet: 'interest', value: 'interest.nope' }], [{ facet: 'interest', value: 'title.ceo' }]],
    })

    expect(codesAt(audience)).toEqual([
      ['include.0.0.value', 'term_unknown'],
      ['include.1.0.facet', 'term_facet_mismatch'],
    ])
  })

  it('when a website term is not an address, then reports website_invalid', () => {
    const audience = anAudience({ exclude: [{ facet: 'website', value: 'not an address' }] })

    expect(codesAt(audience)).toEqual([['exclude.0.value', 'website_invalid']])
  })

  it('when a sub-segment age does not overlap its parent, then reports age_range_empty', () => {
    const audience = anAudience({ age: { min: 50, max: 60 }, parent: anAudience({ age: { min: 20, max: 30 } }) })

    expect(codesAt(audience)).toEqual([['age', 'age_range_empty']])
  })

  it('when a parent is invalid, then the path goes through parent', () => {
    const audience = anAudience({ parent: anAudience({ age: { min: 40, max: 30 } }) })

    expect(codesAt(audience)).toEqual([['parent.age.min', 'age_range_empty']])
  })

  it('when sub-segment genders do not overlap the parent, then reports genders_disjoint', () => {
    const audience = anAudience({ genders: ['male'], parent: anAudience({ genders: ['female'] }) })

    expect(codesAt(audience)).toEqual([['genders', 'genders_disjoint']])
  })

  it('when a sub-segment has no places of its own, then it inherits the parent geography', () => {
    const audience = anAudience({ geo: { include: [] }, parent: anAudience() })

    expect(validateAudience(audience, taxonomy)).toEqual([])
  })

  // api.md "Additions (2026-12)": a sub-segment narrows its parent; what lies outside it is a 422 with the path.
  it('when a sub-segment of a Finland audience names Sweden, then reports geo_outside_parent at the place', () => {
    const audience = anAudience({ geo: { include: [{ country: 'SE' }] }, parent: anAudience() })

    expect(codesAt(audience)).toEqual([
      ['geo.include', 'geo_empty'],
      ['geo.include.0', 'geo_outside_parent'],
    ])
  })

  it('when a sub-segment names a language its parent does not have, then reports language_outside_parent', () => {
    const audience = anAudience({ languages: ['en'], parent: anAudience({ languages: ['fi', 'sv'] }) })

    expect(codesAt(audience)).toEqual([['languages.0', 'language_outside_parent']])
  })
})
