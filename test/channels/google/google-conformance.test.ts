import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AudienceSchema,
  DEFAULT_TAXONOMY,
  TEMPLATES,
  flattenAudience,
  listCriteria,
  validateAudience,
  type Audience,
  type Taxonomy,
} from '../../../audiences/index.js'
import { googleCompiler } from '../../../audiences/channels/google/google-compiler.js'
import { GoogleSpecSchema } from '../../../audiences/channels/google/google-spec-schema.js'
import { audienceOf } from './google-audience-arbitrary.js'
import { expectedByName, loadIntoSdk } from './google-sdk-converter.js'
import { googleLiveTaxonomy, googleTestTaxonomy } from './google-test-taxonomy.js'

const pairs = (items: readonly { path: readonly (string | number)[]; criterion: string }[]) =>
  items.map((i) => `${i.path.join('.')} ${i.criterion}`).sort()

function expectConforms(audience: Audience, taxonomy: Taxonomy): void {
  const flat = flattenAudience(audience, taxonomy)
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
    ['the shipped taxonomy', DEFAULT_TAXONOMY],
  ] as const)(
    'when compiling any valid audience with %s, then the spec is valid, loads into the SDK, reports every criterion once and is deterministic',
    (_name, taxonomy) => {
      fc.assert(
        fc.property(fc.oneof(audienceOf(taxonomy, 0), audienceOf(taxonomy, 1)), (input) => {
          const audience = AudienceSchema.parse(input)
          fc.pre(validateAudience(audience, taxonomy).length === 0)
          expectConforms(audience, taxonomy)
        }),
        { numRuns: 250 },
      )
    },
  )

  it.each(TEMPLATES.map((template) => [template.id, template] as const))(
    'when the %s template is compiled with the shipped taxonomy, then it conforms and loads into the SDK',
    (_id, template) => {
      expect(validateAudience(template.audience, DEFAULT_TAXONOMY)).toEqual([])
      expectConforms(template.audience, DEFAULT_TAXONOMY)
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
    const flat = flattenAudience(audience, googleTestTaxonomy)

    expect(JSON.stringify(googleCompiler.compile(flat, googleTestTaxonomy))).toBe(
      JSON.stringify(googleCompiler.compile(flattenAudience(audience, googleTestTaxonomy), googleTestTaxonomy)),
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
