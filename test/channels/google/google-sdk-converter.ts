import { enums, resources, services } from 'google-ads-api'
import type { GoogleSpec } from '../../../audiences/channels/google/google-spec-schema.js'

export const TEST_CUSTOMER_ID = '1234567890'
export const TEST_CAMPAIGN = `customers/${TEST_CUSTOMER_ID}/campaigns/111`
export const TEST_AD_GROUP = `customers/${TEST_CUSTOMER_ID}/adGroups/222`

type Json = Record<string, unknown>
type EnumTable = Record<string, Record<string, string | number>>

// Every field the spec writes as an enum name, by dotted path inside its message (array indices left out).
const CAMPAIGN_CRITERION_ENUMS: EnumTable = { 'proximity.radius_units': enums.ProximityRadiusUnits }
const AD_GROUP_CRITERION_ENUMS: EnumTable = {
  'age_range.type': enums.AgeRangeType,
  'gender.type': enums.GenderType,
  'parental_status.type': enums.ParentalStatusType,
  'income_range.type': enums.IncomeRangeType,
  'keyword.match_type': enums.KeywordMatchType,
}
const CUSTOM_AUDIENCE_ENUMS: EnumTable = {
  type: enums.CustomAudienceType,
  'members.member_type': enums.CustomAudienceMemberType,
}
const CAMPAIGN_ENUMS: EnumTable = {
  contains_eu_political_advertising: enums.EuPoliticalAdvertisingStatus,
  'geo_target_type_setting.positive_geo_target_type': enums.PositiveGeoTargetType,
}

const fill = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('{customerId}', TEST_CUSTOMER_ID)) as T

function toNumeric(value: unknown, table: EnumTable, path = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => toNumeric(v, table, path))
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, toNumeric(v, table, path ? `${path}.${k}` : k)]),
    )
  const names = table[path]
  if (!names || typeof value !== 'string') return value
  const number = names[value]
  if (typeof number !== 'number') throw new Error(`${value} is not a value of the SDK enum at ${path}`)
  return number
}

/** The spec as the SDK takes it: placeholders filled, campaign and ad group set, enums as the SDK's numbers. */
export function toSdkObjects(spec: GoogleSpec) {
  return {
    campaignCriteria: spec.campaignCriteria.map(
      (c) => toNumeric({ campaign: TEST_CAMPAIGN, ...fill(c) }, CAMPAIGN_CRITERION_ENUMS) as Json,
    ),
    adGroupCriteria: spec.adGroupCriteria.map(
      (c) => toNumeric({ ad_group: TEST_AD_GROUP, ...fill(c) }, AD_GROUP_CRITERION_ENUMS) as Json,
    ),
    customAudiences: spec.customAudiences.map((a) => toNumeric(fill(a), CUSTOM_AUDIENCE_ENUMS) as Json),
    campaign: toNumeric({ resource_name: TEST_CAMPAIGN, ...spec.campaign }, CAMPAIGN_ENUMS) as Json,
  }
}

/** The same objects with enums by name: what a wire round-trip must give back. */
export function expectedByName(spec: GoogleSpec) {
  return {
    campaignCriteria: spec.campaignCriteria.map((c) => ({ campaign: TEST_CAMPAIGN, ...fill(c) })),
    adGroupCriteria: spec.adGroupCriteria.map((c) => ({ ad_group: TEST_AD_GROUP, ...fill(c) })),
    customAudiences: spec.customAudiences.map(fill),
    campaign: { resource_name: TEST_CAMPAIGN, ...spec.campaign },
  }
}

type Message = {
  verify(object: Json): string | null
  fromObject(object: Json): object
  encode(message: object): { finish(): Uint8Array }
  decode(bytes: Uint8Array): object
  toObject(message: object, options: { enums: StringConstructor; longs: NumberConstructor }): Json
}

// verify() checks types and oneofs; fromObject → encode → decode → toObject is a protobuf wire round-trip
// that drops any field the proto does not know, so equality with the input proves every field is real.
function check(type: Message, objects: Json[]): { errors: (string | null)[]; roundTrip: Json[] } {
  return {
    errors: objects.map((o) => type.verify(o)),
    roundTrip: objects.map((o) =>
      type.toObject(type.decode(type.encode(type.fromObject(o)).finish()), { enums: String, longs: Number }),
    ),
  }
}

/** Loads the spec into the SDK's v24 protobuf messages: verify errors (null = valid) and the round-tripped objects. */
export function loadIntoSdk(spec: GoogleSpec) {
  const sdk = toSdkObjects(spec)
  const campaignCriteria = check(resources.CampaignCriterion as unknown as Message, sdk.campaignCriteria)
  const adGroupCriteria = check(resources.AdGroupCriterion as unknown as Message, sdk.adGroupCriteria)
  const customAudiences = check(resources.CustomAudience as unknown as Message, sdk.customAudiences)
  const campaign = check(resources.Campaign as unknown as Message, [sdk.campaign])
  // How the connector sends them: custom segments to CustomAudienceService (create takes no resource_name),
  // the criteria and the campaign setting as one GoogleAdsService.Mutate.
  const customAudienceRequest = services.MutateCustomAudiencesRequest.verify({
    customer_id: TEST_CUSTOMER_ID,
    operations: sdk.customAudiences.map(({ resource_name: _name, ...create }) => ({ create })),
    validate_only: true,
  })
  const mutateRequest = services.MutateGoogleAdsRequest.verify({
    customer_id: TEST_CUSTOMER_ID,
    mutate_operations: [
      {
        campaign_operation: {
          update: sdk.campaign,
          update_mask: {
            paths: ['contains_eu_political_advertising', 'geo_target_type_setting.positive_geo_target_type'],
          },
        },
      },
      ...sdk.campaignCriteria.map((create) => ({ campaign_criterion_operation: { create } })),
      ...sdk.adGroupCriteria.map((create) => ({ ad_group_criterion_operation: { create } })),
    ],
    validate_only: true,
  })
  return {
    errors: [
      ...campaignCriteria.errors,
      ...adGroupCriteria.errors,
      ...customAudiences.errors,
      ...campaign.errors,
      customAudienceRequest,
      mutateRequest,
    ].filter((e) => e !== null),
    roundTrip: {
      campaignCriteria: campaignCriteria.roundTrip,
      adGroupCriteria: adGroupCriteria.roundTrip,
      customAudiences: customAudiences.roundTrip,
      campaign: campaign.roundTrip[0],
    },
  }
}
