import fc from 'fast-check'
import { FACETS, SPECIAL_AD_CATEGORIES, type AudienceInput, type Taxonomy, type Term } from '../../audiences/index.js'

const FREE_TEXT = ['hirsihuvila', 'toimitusjohtaja', 'läkare', 'design furniture', 'ÄÖÅ äöå', 'x']
const WEBSITES = ['https://www.talotehdas.fi', 'kilpailija.fi', 'www.example.com/huvilat']

function termArbitrary(taxonomy: Taxonomy): fc.Arbitrary<Term> {
  const keys = [...taxonomy.terms.values()].map((t) => ({ facet: t.facet, value: t.key }))
  const taxonomyTerm =
    keys.length > 0 ? fc.constantFrom(...keys) : fc.constant({ facet: 'keyword' as const, value: 'x' })
  return fc.oneof(
    { weight: 6, arbitrary: taxonomyTerm },
    { weight: 1, arbitrary: fc.record({ facet: fc.constantFrom(...FACETS), value: fc.constantFrom(...FREE_TEXT) }) },
    {
      weight: 1,
      arbitrary: fc.record({ facet: fc.constant('website' as const), value: fc.constantFrom(...WEBSITES) }),
    },
  )
}

function geoArbitrary(taxonomy: Taxonomy): fc.Arbitrary<NonNullable<AudienceInput['geo']['include']>[number]> {
  const regions = [...taxonomy.geo.values()].filter((g) => g.kind === 'region').map((g) => ({ region: g.code }))
  const municipalities = [...taxonomy.geo.values()]
    .filter((g) => g.kind === 'municipality')
    .map((g) => ({ municipality: g.code, country: g.country }))
  const places = [
    { country: 'FI' },
    { country: 'SE' },
    { country: 'US' },
    { country: 'DE' },
    ...regions,
    ...municipalities,
  ]
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...places) },
    { weight: 1, arbitrary: fc.constantFrom({ city: 'Helsinki', country: 'FI' }, { city: 'Göteborg', country: 'SE' }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom({ postalCode: '00100', country: 'FI' }, { postalCode: '33100', country: 'FI' }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        radius: fc.record({
          lat: fc.double({ min: 59.5, max: 70, noNaN: true }),
          lng: fc.double({ min: 19, max: 31, noNaN: true }),
          km: fc.double({ min: 0.5, max: 80, noNaN: true }),
        }),
      }),
    },
  )
}

/** Audiences drawn from the real taxonomy: every facet, every geo kind, exclusions, sub-segments. */
export function audienceArbitrary(taxonomy: Taxonomy, depth = 1): fc.Arbitrary<AudienceInput> {
  const term = termArbitrary(taxonomy)
  const place = geoArbitrary(taxonomy)
  const base = fc.record({
    name: fc.constantFrom('Luxury villa buyers', 'Mökin ostajat', 'Hästägare'),
    locale: fc.constantFrom('fi' as const, 'sv' as const, 'en' as const),
    specialAdCategory: fc.constantFrom(...SPECIAL_AD_CATEGORIES),
    geo: fc.record({
      include: fc.array(place, { minLength: 1, maxLength: 4 }),
      exclude: fc.array(place, { maxLength: 2 }),
      presence: fc.constantFrom('home' as const, 'homeOrRecent' as const),
    }),
    age: fc
      .tuple(fc.integer({ min: 13, max: 80 }), fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }))
      .map(([min, span]) => (span === undefined ? { min } : { min, max: min + span })),
    genders: fc.subarray(['female', 'male'] as const),
    languages: fc.subarray(['fi', 'sv', 'en', 'de']),
    include: fc.array(fc.array(term, { minLength: 1, maxLength: 4 }), { maxLength: 4 }),
    exclude: fc.array(term, { maxLength: 3 }),
  })
  if (depth === 0) return base
  return fc
    .tuple(base, fc.option(audienceArbitrary(taxonomy, depth - 1), { nil: undefined, freq: 3 }))
    .map(([audience, parent]) => (parent ? { ...audience, parent } : audience))
}
