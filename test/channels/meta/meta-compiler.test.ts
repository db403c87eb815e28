import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AudienceSchema,
  COMPILERS,
  DEFAULT_TAXONOMY,
  flattenAudience,
  listCriteria,
  validateAudience,
  type AudienceInput,
} from '../../../audiences/index.js'
import { compileChannels } from '../../../audiences/channels/index.js'
import { metaCompiler } from '../../../audiences/channels/meta/meta-compiler.js'
import { MetaSpecSchema } from '../../../audiences/channels/meta/meta-spec-schema.js'
import { anAudience } from '../../support/audience-builder.js'
import { audienceArbitrary } from '../../support/audience-arbitrary.js'
import { compileMeta, itemAt, policyCodes } from './meta-support.js'

// api.md's audience: luxury villa buyers in Finland.
const VILLA_BUYERS: Partial<AudienceInput> = {
  geo: { include: [{ country: 'FI' }], exclude: [], presence: 'home' },
  age: { min: 30, max: 60 },
  languages: ['fi', 'sv'],
  include: [
    [
      { facet: 'title', value: 'title.ceo' },
      { facet: 'title', value: 'title.physician' },
      { facet: 'title', value: 'title.lawyer' },
    ],
    [{ facet: 'income', value: 'income.top-20' }],
    [
      { facet: 'interest', value: 'interest.interior-design' },
      { facet: 'interest', value: 'interest.luxury-goods' },
    ],
  ],
  exclude: [{ facet: 'customerList', value: 'list.current-customers' }],
}

describe('metaCompiler', () => {
  it('when compiling api.md’s villa buyers, then the spec matches Meta’s shape', () => {
    const result = compileMeta(VILLA_BUYERS)

    expect(result.spec).toEqual({
      targeting: {
        geo_locations: { countries: ['FI'] },
        age_min: 30,
        age_max: 60,
        flexible_spec: [
          {
            interests: [
              { id: '6002920953955', name: 'Interior design (design)' },
              { id: '6007828099136', name: 'Luxury goods' },
            ],
          },
        ],
        publisher_platforms: ['facebook'],
        targeting_automation: { advantage_audience: 0 },
      },
      campaign: { special_ad_categories: [] },
      adSet: { dsa_beneficiary: '<fill in: who benefits from the ad>', dsa_payor: '<fill in: who pays>' },
    })
    expect(result.fidelity.level).toBe('lossy')
    expect(itemAt(result, ['include', 1, 0])).toMatchObject({ status: 'unsupported', code: 'meta_restricted_field' })
  })

  it('when compiling for facebook and instagram, then only publisher_platforms differs', () => {
    const facebook = compileMeta(VILLA_BUYERS, { channel: 'facebook' })
    const instagram = compileMeta(VILLA_BUYERS, { channel: 'instagram' })

    expect(facebook.spec.targeting.publisher_platforms).toEqual(['facebook'])
    expect(instagram.spec.targeting.publisher_platforms).toEqual(['instagram'])
    expect({
      ...instagram,
      spec: { ...instagram.spec, targeting: { ...instagram.spec.targeting, publisher_platforms: ['facebook'] } },
    }).toEqual(facebook)
  })

  it('when an audience is compiled for both Meta channels at once, then each reads as its own compile', () => {
    // compileChannels compiles Meta once and re-addresses the second channel's copy (publisher_platforms only).
    fc.assert(
      fc.property(audienceArbitrary(DEFAULT_TAXONOMY), (input) => {
        const parsed = AudienceSchema.safeParse(input)
        if (!parsed.success || validateAudience(parsed.data, DEFAULT_TAXONOMY).length > 0) return
        const flat = flattenAudience(parsed.data, DEFAULT_TAXONOMY)
        for (const order of [
          ['instagram', 'google', 'facebook'],
          ['facebook', 'instagram'],
        ] as const) {
          const both = compileChannels(flat, DEFAULT_TAXONOMY, order)
          expect([...both.keys()]).toEqual(order)
          for (const channel of ['facebook', 'instagram'] as const) {
            const alone = JSON.stringify(metaCompiler(channel).compile(flat, DEFAULT_TAXONOMY))
            expect(JSON.stringify(both.get(channel))).toBe(alone)
            expect(alone).toContain(`"publisher_platforms":["${channel}"]`)
          }
        }
      }),
      { numRuns: 60 },
    )
  })

  it('when compiling twice, then the output is identical', () => {
    const flat = flattenAudience(
      anAudience({ ...VILLA_BUYERS, geo: { include: [{ region: 'FI-18' }, { postalCode: '00100', country: 'FI' }] } }),
      DEFAULT_TAXONOMY,
    )

    const first = metaCompiler('instagram').compile(flat, DEFAULT_TAXONOMY)
    expect(JSON.stringify(metaCompiler('instagram').compile(flat, DEFAULT_TAXONOMY))).toBe(JSON.stringify(first))
  })

  it('when compiled, then the channel does not name positions and says why', () => {
    const result = compileMeta({})

    expect(Object.keys(result.spec.targeting)).not.toContain('facebook_positions')
    expect(Object.keys(result.spec.targeting)).not.toContain('instagram_positions')
    expect(policyCodes(result)).toEqual(
      expect.arrayContaining(['meta_placements_automatic', 'meta_advantage_audience_off']),
    )
  })

  it('when the audience reaches the EU, then the DSA payer/beneficiary placeholders come with a warning', () => {
    const result = compileMeta({})

    expect(result.spec.adSet).toBeDefined()
    expect(result.policy.find((f) => f.code === 'meta_dsa_beneficiary_payor')?.severity).toBe('warning')
  })

  it('when registered, then COMPILERS serves facebook and instagram with this compiler', () => {
    expect(COMPILERS.facebook.channel).toBe('facebook')
    expect(COMPILERS.instagram.channel).toBe('instagram')
    expect(COMPILERS.instagram.capabilities).toEqual(metaCompiler('instagram').capabilities)
  })

  it('when compiling any valid audience, then the spec is valid, every criterion is reported once and output is stable', () => {
    fc.assert(
      fc.property(
        audienceArbitrary(DEFAULT_TAXONOMY),
        fc.constantFrom('facebook' as const, 'instagram' as const),
        (input, channel) => {
          const audience = AudienceSchema.parse(input)
          fc.pre(validateAudience(audience, DEFAULT_TAXONOMY).length === 0)
          const flat = flattenAudience(audience, DEFAULT_TAXONOMY)

          const result = metaCompiler(channel).compile(flat, DEFAULT_TAXONOMY)

          expect(MetaSpecSchema.safeParse(result.spec).error).toBeUndefined()
          const reported = result.fidelity.items.map((i) => `${i.path.join('.')}|${i.criterion}`)
          expect(reported.sort()).toEqual(
            listCriteria(flat)
              .map((c) => `${c.path.join('.')}|${c.criterion}`)
              .sort(),
          )
          expect(metaCompiler(channel).compile(flat, DEFAULT_TAXONOMY)).toEqual(result)
        },
      ),
      { numRuns: 300 },
    )
  })
})
