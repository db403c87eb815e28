import fc from 'fast-check'
import {
  FACETS,
  SPECIAL_AD_CATEGORIES,
  type AudienceInput,
  type GeoItem,
  type Taxonomy,
  type Term,
} from '../../../audiences/index.js'

// Places of every kind: sourced countries, countries without constants, regions with and without
// centres, municipalities, cities kohde knows and does not, postal codes at home and abroad.
const PLACES: GeoItem[] = [
  { country: 'FI' },
  { country: 'SE' },
  { country: 'US' },
  { country: 'CA' },
  { country: 'AU' },
  { region: 'FI-18' },
  { region: 'FI-19' },
  { region: 'FI-11' },
  { region: 'SE-AB' },
  { municipality: '091', country: 'FI' },
  { municipality: '020', country: 'FI' },
  { city: 'Espoo', country: 'FI' },
  { city: 'Lyon', country: 'SE' },
  { postalCode: '00100', country: 'FI' },
  { postalCode: '02100', country: 'FI' },
  { postalCode: '10001', country: 'US' },
]
const FREE_TEXT = ['hirsihuvila', 'toimitusjohtaja', 'design furniture', 'ÄÖÅ äöå', 'x', 'a b c d e f g h i j k l']

const place: fc.Arbitrary<GeoItem> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PLACES) },
  {
    weight: 1,
    arbitrary: fc.record({
      radius: fc.record({
        lat: fc.double({ min: -60, max: 70, noNaN: true }),
        lng: fc.double({ min: -179, max: 179, noNaN: true }),
        km: fc.double({ min: 0.1, max: 80, noNaN: true }),
      }),
    }),
  },
)

const termOf = (taxonomy: Taxonomy): fc.Arbitrary<Term> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(...[...taxonomy.terms.values()].map((e) => ({ facet: e.facet, value: e.key }))),
    },
    { weight: 1, arbitrary: fc.record({ facet: fc.constantFrom(...FACETS), value: fc.constantFrom(...FREE_TEXT) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        facet: fc.constant('website' as const),
        value: fc.constantFrom('kilpailija.fi', 'https://www.example.com/a'),
      }),
    },
  )

/** Audiences over a taxonomy's terms, every geo kind and special ad category, optionally with a parent. */
export function audienceOf(taxonomy: Taxonomy, depth: number): fc.Arbitrary<AudienceInput> {
  const term = termOf(taxonomy)
  const own = fc.record({
    name: fc.constantFrom('Villa buyers', 'Mökin ostajat'),
    locale: fc.constantFrom('fi' as const, 'sv' as const, 'en' as const),
    specialAdCategory: fc.constantFrom(...SPECIAL_AD_CATEGORIES),
    geo: fc.record({
      include: fc.array(place, { minLength: depth === 0 ? 1 : 0, maxLength: 4 }),
      exclude: fc.array(place, { maxLength: 2 }),
      presence: fc.constantFrom('home' as const, 'homeOrRecent' as const),
    }),
    age: fc
      .tuple(fc.integer({ min: 13, max: 80 }), fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }))
      .map(([min, span]) => (span === undefined ? { min } : { min, max: min + span })),
    genders: fc.subarray(['female', 'male'] as const),
    languages: fc.subarray(['en', 'fi', 'sv', 'de']),
    include: fc.array(fc.array(term, { minLength: 1, maxLength: 4 }), { maxLength: 4 }),
    exclude: fc.array(term, { maxLength: 3 }),
  })
  if (depth === 0) return own
  return fc.tuple(own, audienceOf(taxonomy, 0)).map(([child, parent]) => ({ ...child, parent }))
}
