import { ResourceNames, enums } from 'google-ads-api'
import { describe, expect, it } from 'vitest'
import type { AudienceInput } from '../../../audiences/index.js'
import {
  AGE_RANGE_TYPES,
  GENDER_TYPES,
  INCOME_RANGE_TYPES,
  PARENTAL_STATUS_TYPES,
  type GoogleSpec,
} from '../../../audiences/channels/google/google-spec-schema.js'
import { compileGoogle } from './google-compile.js'
import { TEST_CUSTOMER_ID, expectedByName, loadIntoSdk, toSdkObjects } from './google-sdk-converter.js'
import { googleLiveTaxonomy } from './google-test-taxonomy.js'

// Audiences that between them use every criterion kind the compiler emits.
const EVERY_KIND: AudienceInput = {
  name: 'Villa buyers',
  geo: {
    include: [
      { country: 'FI' },
      { region: 'FI-18' },
      { postalCode: '00100', country: 'FI' },
      { radius: { lat: 60.2, lng: 24.9, km: 5 } },
    ],
    exclude: [{ country: 'SE' }],
    presence: 'homeOrRecent',
  },
  age: { min: 30, max: 60 },
  genders: ['female'],
  languages: ['en'],
  include: [
    [
      { facet: 'interest', value: 'interest.cats' },
      { facet: 'interest', value: 'interest.design' },
      { facet: 'lifeEvent', value: 'lifeEvent.recently-moved' },
      { facet: 'education', value: 'education.university' },
    ],
    [{ facet: 'parentalStatus', value: 'parental.parent' }],
    [{ facet: 'keyword', value: 'hirsihuvila' }],
  ],
  exclude: [
    { facet: 'customerList', value: 'list.current-customers' },
    { facet: 'keyword', value: 'vuokra' },
    { facet: 'website', value: 'kilpailija.fi' },
    { facet: 'parentalStatus', value: 'parental.not-parent' },
  ],
}
const INCOME_AND_POLITICS: AudienceInput = {
  name: 'Donors',
  specialAdCategory: 'politics',
  geo: { include: [{ country: 'AU' }, { radius: { lat: -33.87, lng: 151.21, km: 12.5 } }] },
  genders: ['male'],
  age: { min: 65 },
  include: [[{ facet: 'income', value: 'income.top-20' }]],
}

const everyKind = () => compileGoogle(EVERY_KIND, googleLiveTaxonomy).spec
const incomeAndPolitics = () => compileGoogle(INCOME_AND_POLITICS, googleLiveTaxonomy).spec

// Numbers from google-ads-v24-enums.md (build/src/protos/autogen/enums.d.ts of google-ads-api 24.1.0).
const AGE_NUMBERS: Record<(typeof AGE_RANGE_TYPES)[number], number> = {
  AGE_RANGE_18_24: 503001,
  AGE_RANGE_25_34: 503002,
  AGE_RANGE_35_44: 503003,
  AGE_RANGE_45_54: 503004,
  AGE_RANGE_55_64: 503005,
  AGE_RANGE_65_UP: 503006,
  AGE_RANGE_UNDETERMINED: 503999,
}
const GENDER_NUMBERS: Record<(typeof GENDER_TYPES)[number], number> = { MALE: 10, FEMALE: 11, UNDETERMINED: 20 }
const PARENTAL_NUMBERS: Record<(typeof PARENTAL_STATUS_TYPES)[number], number> = {
  PARENT: 300,
  NOT_A_PARENT: 301,
  UNDETERMINED: 302,
}
const INCOME_NUMBERS: Record<(typeof INCOME_RANGE_TYPES)[number], number> = {
  INCOME_RANGE_0_50: 510001,
  INCOME_RANGE_50_60: 510002,
  INCOME_RANGE_60_70: 510003,
  INCOME_RANGE_70_80: 510004,
  INCOME_RANGE_80_90: 510005,
  INCOME_RANGE_90_UP: 510006,
  INCOME_RANGE_UNDETERMINED: 510000,
}

describe('googleCompiler output in the google-ads-api SDK', () => {
  it.each([
    ['every criterion kind', everyKind],
    ['income, politics and a southern-hemisphere circle', incomeAndPolitics],
  ] as const)(
    'when %s is loaded into the v24 protobuf messages, then verify() passes and a wire round-trip gives it back',
    (_name, spec) => {
      const loaded = loadIntoSdk(spec())

      expect(loaded.errors).toEqual([])
      expect(loaded.roundTrip).toEqual(expectedByName(spec()))
    },
  )

  it('when converted for the SDK, then enum names become the SDK numbers documented for v24', () => {
    const sdk = toSdkObjects(everyKind())

    expect(sdk.adGroupCriteria.map((c) => Object.values(c)[1])).toEqual([
      { type: 503002 },
      { type: 503003 },
      { type: 503004 },
      { type: 503005 },
      { type: 11 },
      { custom_audience: `customers/${TEST_CUSTOMER_ID}/customAudiences/-1` },
      { user_interest_category: `customers/${TEST_CUSTOMER_ID}/userInterests/90001` },
      { life_event_id: 90003 },
      { extended_demographic_id: 90004 },
      { type: 300 },
      { text: 'hirsihuvila', match_type: 3 },
      { custom_audience: `customers/${TEST_CUSTOMER_ID}/customAudiences/-2` },
      { user_list: `customers/${TEST_CUSTOMER_ID}/userLists/90002` },
      { text: 'vuokra', match_type: 3 },
      { type: 301 },
    ])
    expect(sdk.campaign).toMatchObject({
      contains_eu_political_advertising: 3,
      geo_target_type_setting: { positive_geo_target_type: 7 },
    })
    expect(
      sdk.customAudiences.map((a) => [a.type, (a.members as { member_type: number }[]).map((m) => m.member_type)]),
    ).toEqual([
      [2, [2, 2, 3]],
      [2, [3]],
    ])
    expect(toSdkObjects(incomeAndPolitics()).campaign).toMatchObject({ contains_eu_political_advertising: 2 })
  })

  it('when a proximity target is converted, then its radius unit is KILOMETERS = 3', () => {
    const proximity = toSdkObjects(incomeAndPolitics()).campaignCriteria.find((c) => 'proximity' in c)

    expect(proximity).toEqual({
      campaign: `customers/${TEST_CUSTOMER_ID}/campaigns/111`,
      proximity: {
        geo_point: { latitude_in_micro_degrees: -33870000, longitude_in_micro_degrees: 151210000 },
        radius: 12.5,
        radius_units: 3,
      },
    })
  })

  it.each([
    ['AgeRangeType', AGE_RANGE_TYPES, AGE_NUMBERS, enums.AgeRangeType],
    ['GenderType', GENDER_TYPES, GENDER_NUMBERS, enums.GenderType],
    ['ParentalStatusType', PARENTAL_STATUS_TYPES, PARENTAL_NUMBERS, enums.ParentalStatusType],
    ['IncomeRangeType', INCOME_RANGE_TYPES, INCOME_NUMBERS, enums.IncomeRangeType],
  ] as const)(
    'when the spec schema names a %s, then the SDK has it with the documented number',
    (_enum, names, documented, sdk) => {
      expect(Object.keys(documented).sort()).toEqual([...names].sort())
      for (const [name, number] of Object.entries(documented))
        expect((sdk as Record<string, unknown>)[name], name).toBe(number)
    },
  )

  it('when resource names are written, then they match the SDK’s ResourceNames helpers', () => {
    const spec = JSON.stringify(everyKind()).replaceAll('{customerId}', TEST_CUSTOMER_ID)

    for (const name of [
      ResourceNames.geoTargetConstant(2246),
      ResourceNames.geoTargetConstant(2752),
      ResourceNames.languageConstant(1000),
      ResourceNames.customAudience(TEST_CUSTOMER_ID, -1),
      ResourceNames.userInterest(TEST_CUSTOMER_ID, 90001),
      ResourceNames.userList(TEST_CUSTOMER_ID, 90002),
    ])
      expect(spec).toContain(`"${name}"`)
  })

  it('when a criterion carries a field the proto lacks, then the round-trip check catches it', () => {
    const spec = everyKind()
    const broken = {
      ...spec,
      adGroupCriteria: [{ age_range: { type: 'AGE_RANGE_35_44', bracket: 3 } }],
    } as unknown as GoogleSpec

    expect(loadIntoSdk(broken).roundTrip).not.toEqual(expectedByName(broken))
  })

  it('when an enum name is not the SDK’s, then the conversion refuses it', () => {
    const broken = {
      ...everyKind(),
      adGroupCriteria: [{ age_range: { type: 'AGE_RANGE_30_60' } }],
    } as unknown as GoogleSpec

    expect(() => toSdkObjects(broken)).toThrow('AGE_RANGE_30_60 is not a value of the SDK enum at age_range.type')
  })

  it('when two criteria share one criterion oneof, then verify() reports it', () => {
    const broken = {
      ...everyKind(),
      adGroupCriteria: [{ age_range: { type: 'AGE_RANGE_35_44' }, gender: { type: 'MALE' } }],
    } as unknown as GoogleSpec

    expect(loadIntoSdk(broken).errors).toContain('criterion: multiple values')
  })
})
