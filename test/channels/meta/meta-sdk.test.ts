import fc from 'fast-check'
import {
  AdAccountTargetingUnified,
  AdSet,
  Campaign,
  FlexibleTargeting,
  Targeting,
  TargetingAutomation,
  TargetingGeoLocation,
  TargetingGeoLocationCity,
  TargetingGeoLocationCustomLocation,
  TargetingGeoLocationRegion,
} from 'facebook-nodejs-business-sdk'
import { describe, expect, it } from 'vitest'
import { AudienceSchema, flattenAudience, validateAudience, type AudienceInput } from '../../../audiences/index.js'
import { metaCompiler } from '../../../audiences/channels/meta/meta-compiler.js'
import type { MetaSpec, MetaTargetingOption } from '../../../audiences/channels/meta/meta-spec-schema.js'
import { audienceArbitrary } from '../../support/audience-arbitrary.js'
import { LIVE_TAXONOMY, compileMeta } from './meta-support.js'

// The field lists facebook-nodejs-business-sdk 24.0.1 ships (src/objects/*.js), read at test time.
const fieldsOf = (sdkClass: { Fields: Readonly<Record<string, string>> }) => new Set(Object.values(sdkClass.Fields))
const TARGETING = fieldsOf(Targeting)
const FLEXIBLE = fieldsOf(FlexibleTargeting)
const GEO = fieldsOf(TargetingGeoLocation)
const CUSTOM_LOCATION = fieldsOf(TargetingGeoLocationCustomLocation)
const REGION = fieldsOf(TargetingGeoLocationRegion)
const CITY = fieldsOf(TargetingGeoLocationCity)
const AUTOMATION = fieldsOf(TargetingAutomation)
const OPTION = fieldsOf(AdAccountTargetingUnified)
const CAMPAIGN = fieldsOf(Campaign)
const AD_SET = fieldsOf(AdSet)
const SPECIAL_AD_CATEGORIES = new Set<string>(Object.values(Campaign.SpecialAdCategories))
const CATEGORY_COUNTRIES = new Set<string>(Object.values(Campaign.SpecialAdCategoryCountry))

/** Every key and enum value of a spec that the SDK does not know, as "where.key". */
function unknownToSdk(spec: MetaSpec): string[] {
  const unknown: string[] = []
  const check = (where: string, object: object, known: ReadonlySet<string>) => {
    for (const key of Object.keys(object)) if (!known.has(key)) unknown.push(`${where}.${key}`)
  }
  const options = (where: string, list: readonly (MetaTargetingOption | number)[] | undefined) =>
    list?.forEach((o) => typeof o === 'object' && check(`${where}[]`, o, OPTION))
  const { targeting } = spec
  check('targeting', targeting, TARGETING)
  for (const [where, geo] of [
    ['geo_locations', targeting.geo_locations],
    ['excluded_geo_locations', targeting.excluded_geo_locations],
  ] as const) {
    if (!geo) continue
    check(where, geo, GEO)
    geo.custom_locations?.forEach((l) => check(`${where}.custom_locations[]`, l, CUSTOM_LOCATION))
    geo.regions?.forEach((r) => check(`${where}.regions[]`, r, REGION))
    geo.cities?.forEach((c) => check(`${where}.cities[]`, c, CITY))
  }
  targeting.flexible_spec?.forEach((object, i) => {
    check(`flexible_spec[${i}]`, object, FLEXIBLE)
    for (const [field, list] of Object.entries(object)) options(`flexible_spec[${i}].${field}`, list)
  })
  options('excluded_custom_audiences', targeting.excluded_custom_audiences)
  check('targeting_automation', targeting.targeting_automation, AUTOMATION)
  check('campaign', spec.campaign, CAMPAIGN)
  if (spec.adSet) check('adSet', spec.adSet, AD_SET)
  for (const c of spec.campaign.special_ad_categories)
    if (!SPECIAL_AD_CATEGORIES.has(c)) unknown.push(`special_ad_categories=${c}`)
  for (const c of spec.campaign.special_ad_category_country ?? [])
    if (!CATEGORY_COUNTRIES.has(c)) unknown.push(`special_ad_category_country=${c}`)
  return unknown
}

const RICH: Partial<AudienceInput>[] = [
  {
    geo: {
      include: [
        { region: 'FI-18' },
        { municipality: '091', country: 'FI' },
        { radius: { lat: 61.5, lng: 23.8, km: 20 } },
      ],
      exclude: [{ country: 'SE' }, { postalCode: '00100', country: 'FI' }],
    },
    age: { min: 30, max: 60 },
    genders: ['male'],
    languages: ['fi', 'sv'],
    include: [
      [
        { facet: 'interest', value: 'interest.interior-design' },
        { facet: 'customerList', value: 'list.current-customers' },
      ],
      [{ facet: 'relationship', value: 'relationship.in-relationship' }],
      [{ facet: 'industry', value: 'industry.accounting-finance' }],
    ],
    exclude: [{ facet: 'customerList', value: 'list.current-customers' }],
  },
  { specialAdCategory: 'housing', geo: { include: [{ country: 'FI' }, { country: 'US' }, { country: 'CA' }] } },
  { specialAdCategory: 'financial', geo: { include: [{ country: 'SE' }] } },
  { specialAdCategory: 'employment', geo: { include: [{ country: 'DE' }] } },
  { specialAdCategory: 'politics', geo: { include: [{ country: 'US' }] } },
  { specialAdCategory: 'gambling', geo: { include: [{ country: 'GB' }] } },
]

describe('metaCompiler against facebook-nodejs-business-sdk', () => {
  it('when the SDK is loaded, then its field lists are the ones the check relies on', () => {
    expect(TARGETING.has('flexible_spec')).toBe(true)
    expect([...AUTOMATION]).toContain('advantage_audience')
    expect(SPECIAL_AD_CATEGORIES).toContain('HOUSING')
  })

  it('when a spec carries a key the SDK lacks, then the check names it', () => {
    const spec = compileMeta({}).spec
    const bad = { ...spec, targeting: { ...spec.targeting, interests_typo: [] } } as unknown as MetaSpec

    expect(unknownToSdk(bad)).toEqual(['targeting.interests_typo'])
  })

  it.each(RICH.map((a, i) => [i, a] as const))(
    'when rich audience %i is compiled for both channels, then every key and enum value is known to the SDK',
    (_i, audience) => {
      for (const channel of ['facebook', 'instagram'] as const)
        expect(unknownToSdk(compileMeta(audience, { channel, taxonomy: LIVE_TAXONOMY }).spec)).toEqual([])
    },
  )

  it('when any valid audience is compiled, then every key and enum value is known to the SDK', () => {
    fc.assert(
      fc.property(audienceArbitrary(LIVE_TAXONOMY), (input) => {
        const audience = AudienceSchema.parse(input)
        fc.pre(validateAudience(audience, LIVE_TAXONOMY).length === 0)
        expect(
          unknownToSdk(metaCompiler('facebook').compile(flattenAudience(audience, LIVE_TAXONOMY), LIVE_TAXONOMY).spec),
        ).toEqual([])
      }),
      { numRuns: 200 },
    )
  })
})
