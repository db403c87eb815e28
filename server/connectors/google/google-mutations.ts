import type { MutateOperation } from 'google-ads-api'
import {
  CUSTOMER_PLACEHOLDER,
  type AdGroupCriterion,
  type CampaignCriterion,
  type CustomAudience,
  type GoogleSpec,
} from '../../../audiences/channels/google/google-spec-schema.js'
import { googleAds } from '../platform-sdks.js'

// The SDK serialises plain objects' enums as numbers (platforms.md §1.3), so names from the spec become enums.* values.
// Built on first use: the tables live in the SDK, which loads only when a Google connector is used.
let enumTables: Record<string, Record<string, number | string>> | undefined
function enumFields(): Record<string, Record<string, number | string>> {
  if (enumTables) return enumTables
  const { enums } = googleAds()
  enumTables = {
    'age_range.type': enums.AgeRangeType,
    'gender.type': enums.GenderType,
    'parental_status.type': enums.ParentalStatusType,
    'income_range.type': enums.IncomeRangeType,
    'keyword.match_type': enums.KeywordMatchType,
    'proximity.radius_units': enums.ProximityRadiusUnits,
    'members.member_type': enums.CustomAudienceMemberType,
    type: enums.CustomAudienceType,
    contains_eu_political_advertising: enums.EuPoliticalAdvertisingStatus,
    'geo_target_type_setting.positive_geo_target_type': enums.PositiveGeoTargetType,
  }
  return enumTables
}

// Fills the customer placeholder and turns enum names into numbers; a field is named "<parent>.<key>" or "<key>" at the top.
export function toSdkShape(value: unknown, customerId: string, parent?: string, key?: string): unknown {
  if (typeof value === 'string') {
    const field = parent ? `${parent}.${key}` : key
    const number = field === undefined ? undefined : enumFields()[field]?.[value]
    if (typeof number === 'number') return number
    return value.replaceAll(`customers/${CUSTOMER_PLACEHOLDER}/`, `customers/${customerId}/`)
  }
  if (Array.isArray(value)) return value.map((v) => toSdkShape(v, customerId, parent, key))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toSdkShape(v, customerId, key, k)]))
}

export const isTemporaryAudience = (criterion: AdGroupCriterion): boolean =>
  'custom_audience' in criterion && /\/customAudiences\/-[0-9]+$/.test(criterion.custom_audience.custom_audience)

export function customAudienceCreates(
  audiences: readonly CustomAudience[],
  customerId: string,
  label: string,
): unknown[] {
  return audiences.map(({ resource_name: _temporary, ...audience }) =>
    toSdkShape({ ...audience, name: `${audience.name} (${label})` }, customerId),
  )
}

// Temporary ids (-1, -2, -3) let one atomic validate-only Mutate check the criteria without an existing campaign:
// a paused Display campaign (audience criteria cannot go on Search, criterion_error.proto) and one ad group.
export function scaffoldOperations(
  spec: GoogleSpec,
  customerId: string,
  label: string,
  adGroupCriteria: readonly AdGroupCriterion[],
): MutateOperation<Record<string, unknown>>[] {
  const budget = `customers/${customerId}/campaignBudgets/-1`
  const campaign = `customers/${customerId}/campaigns/-2`
  const adGroup = `customers/${customerId}/adGroups/-3`
  const { enums } = googleAds()
  const create = (entity: string, resource: Record<string, unknown>) =>
    ({ entity, operation: 'create', resource }) as MutateOperation<Record<string, unknown>>
  return [
    create('campaign_budget', {
      resource_name: budget,
      name: `kohde check ${label}`,
      amount_micros: 1_000_000,
      delivery_method: enums.BudgetDeliveryMethod.STANDARD,
      explicitly_shared: false,
    }),
    create('campaign', {
      resource_name: campaign,
      name: `kohde check ${label}`,
      status: enums.CampaignStatus.PAUSED,
      advertising_channel_type: enums.AdvertisingChannelType.DISPLAY,
      campaign_budget: budget,
      manual_cpc: {},
      ...(toSdkShape(spec.campaign, customerId) as Record<string, unknown>),
    }),
    create('ad_group', {
      resource_name: adGroup,
      name: `kohde check ${label}`,
      campaign,
      status: enums.AdGroupStatus.PAUSED,
      type: enums.AdGroupType.DISPLAY_STANDARD,
    }),
    ...spec.campaignCriteria.map((c: CampaignCriterion) =>
      create('campaign_criterion', { campaign, ...(toSdkShape(c, customerId) as Record<string, unknown>) }),
    ),
    ...adGroupCriteria.map((c) =>
      create('ad_group_criterion', { ad_group: adGroup, ...(toSdkShape(c, customerId) as Record<string, unknown>) }),
    ),
  ]
}

// For a launch: CustomAudienceService answers in operation order, so the i-th created name replaces the i-th
// temporary customAudiences/-N the spec declared.
export function withCreatedAudiences(
  spec: GoogleSpec,
  customerId: string,
  created: readonly string[],
): AdGroupCriterion[] {
  if (created.length !== spec.customAudiences.length) {
    throw new Error(`expected ${spec.customAudiences.length} created custom segments, got ${created.length}`)
  }
  const fill = (name: string) => name.replace(`customers/${CUSTOMER_PLACEHOLDER}/`, `customers/${customerId}/`)
  const byTemporary = new Map(spec.customAudiences.map((a, i) => [fill(a.resource_name), created[i] ?? '']))
  return spec.adGroupCriteria.map((criterion) => {
    if (!('custom_audience' in criterion)) return criterion
    const temporary = fill(criterion.custom_audience.custom_audience)
    const real = byTemporary.get(temporary)
    return real ? { ...criterion, custom_audience: { custom_audience: real } } : criterion
  })
}
