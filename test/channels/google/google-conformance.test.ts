import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AudienceSchema,
  FACETS,
  SPECIAL_AD_CATEGORIES,
  flattenAudience,
  listCriteria,
  validateAudience,
  type AudienceInput,
  type GeoItem,
  type Taxonomy,
  type Term,
} from '../../../audiences/index.js'
import { googleCompiler } from '../../../audiences/channels/google/google-compiler.js'
import { GoogleSpecSchema } from '../../../audiences/channels/google/google-spec-schema.js'
import { expectedByName, loadIntoSdk } from './google-sdk-converter.js'
import { googleLiveTaxonomy, googleTestTaxonomy } from './google-test-taxonomy.js'

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

function audienceOf(taxonomy: Taxonomy, depth: number): fc.Arbitrary<AudienceInput> {
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

const pairs = (items: { path: (string | number)[]; criterion: string }[]) =>
  items.map((i) => `${i.path.join('.')} ${i.criterion}`).sort()

function expectConforms(input: AudienceInput, taxonomy: Taxonomy): void {
  const audience = AudienceSchema.parse(input)
  fc.pre(validateAudience(audience, taxonomy).length === 0)
  const flat = flattenAudience(audience)
  const result = googleCompiler.compile(flat, taxonomy)

  expect(GoogleSpecSchema.safeParse(result.spec).error).toBeUndefined()
  expect(pairs(result.fidelity.items)).toEqual(pairs(listCriteria(flat)))
  expect(JSON.stringify(googleCompiler.compile(flat, taxonomy))).toBe(JSON.stringify(result))
  const loaded = loadIntoSdk(result.spec)
  expect(loaded.errors).toEqual([])
  expect(loaded.roundTrip).toEqual(expectedByName(result.spec))
  const referenced = result.spec.adGroupCriteria.flatMap((c) =>
    'custom_audience' in c ? [c.custom_audience.custom_audience] : [],
  )
  expect(referenced.sort()).toEqual(result.spec.customAudiences.map((a) => a.resource_name).sort())
  expect(new Set(result.spec.adGroupCriteria.map((c) => JSON.stringify(c))).size).toBe(
    result.spec.adGroupCriteria.length,
  )
}

describe('googleCompiler conformance', () => {
  it.each([
    ['the test taxonomy', googleTestTaxonomy],
    ['stored live ids', googleLiveTaxonomy],
  ] as const)(
    'when compiling any valid audience with %s, then the spec is valid, loads into the SDK, reports every criterion once and is deterministic',
    (_name, taxonomy) => {
      fc.assert(
        fc.property(fc.oneof(audienceOf(taxonomy, 0), audienceOf(taxonomy, 1)), (input) =>
          expectConforms(input, taxonomy),
        ),
        { numRuns: 250 },
      )
    },
  )

  it('when an audience is compiled twice, then both results are byte-identical', () => {
    const audience = AudienceSchema.parse({
      name: 'Villa buyers',
      geo: { include: [{ country: 'FI' }, { region: 'FI-18' }] },
      age: { min: 30, max: 60 },
      include: [[{ facet: 'title', value: 'title.ceo' }], [{ facet: 'interest', value: 'interest.design' }]],
      exclude: [{ facet: 'customerList', value: 'list.current-customers' }],
    })
    const flat = flattenAudience(audience)

    expect(JSON.stringify(googleCompiler.compile(flat, googleTestTaxonomy))).toBe(
      JSON.stringify(googleCompiler.compile(flattenAudience(audience), googleTestTaxonomy)),
    )
  })

  it('when asked for its capabilities, then it declares Google’s age brackets and an 18 minimum', () => {
    expect(googleCompiler.capabilities).toMatchObject({
      ageBrackets: [
        [18, 24],
        [25, 34],
        [35, 44],
        [45, 54],
        [55, 64],
        [65, null],
      ],
      minAge: 18,
    })
  })
})
