import { z } from 'zod'

// Google Ads API v24 shapes (google-ads-node protos, platforms.md §1.2–§1.5, §1.10), snake_case as the
// resources spell them; enums by name as the REST API writes them (google-ads-v24-enums.md).
// `{customerId}` is a literal placeholder the connector fills. customAudiences/-1, -2… are temporary names
// joining adGroupCriteria to customAudiences: CustomAudienceService is not part of GoogleAdsService.Mutate (v24),
// so the connector creates the segments first and swaps in the resource names it gets back.
export const CUSTOMER_PLACEHOLDER = '{customerId}'
export const customerResource = (collection: string, id: string | number): string =>
  `customers/${CUSTOMER_PLACEHOLDER}/${collection}/${id}`

export const AGE_RANGE_TYPES = [
  'AGE_RANGE_18_24',
  'AGE_RANGE_25_34',
  'AGE_RANGE_35_44',
  'AGE_RANGE_45_54',
  'AGE_RANGE_55_64',
  'AGE_RANGE_65_UP',
  'AGE_RANGE_UNDETERMINED',
] as const
export const GENDER_TYPES = ['MALE', 'FEMALE', 'UNDETERMINED'] as const
export const PARENTAL_STATUS_TYPES = ['PARENT', 'NOT_A_PARENT', 'UNDETERMINED'] as const
export const INCOME_RANGE_TYPES = [
  'INCOME_RANGE_0_50',
  'INCOME_RANGE_50_60',
  'INCOME_RANGE_60_70',
  'INCOME_RANGE_70_80',
  'INCOME_RANGE_80_90',
  'INCOME_RANGE_90_UP',
  'INCOME_RANGE_UNDETERMINED',
] as const

export const AgeRangeTypeSchema = z.enum(AGE_RANGE_TYPES)
export const GenderTypeSchema = z.enum(GENDER_TYPES)
export const ParentalStatusTypeSchema = z.enum(PARENTAL_STATUS_TYPES)
export const IncomeRangeTypeSchema = z.enum(INCOME_RANGE_TYPES)
export type AgeRangeType = z.infer<typeof AgeRangeTypeSchema>
export type ParentalStatusType = z.infer<typeof ParentalStatusTypeSchema>
export type IncomeRangeType = z.infer<typeof IncomeRangeTypeSchema>

const customerResourceSchema = (collection: string) =>
  z.string().regex(new RegExp(`^customers/\\{customerId\\}/${collection}/-?[0-9]+$`))

const negative = { negative: z.literal(true).optional() }

export const ProximityInfoSchema = z.strictObject({
  geo_point: z.strictObject({ latitude_in_micro_degrees: z.int(), longitude_in_micro_degrees: z.int() }),
  radius: z.number().positive(),
  radius_units: z.literal('KILOMETERS'),
})
export type ProximityInfo = z.infer<typeof ProximityInfoSchema>

export const CampaignCriterionSchema = z.union([
  z.strictObject({
    location: z.strictObject({ geo_target_constant: z.string().regex(/^geoTargetConstants\/[0-9]+$/) }),
    ...negative,
  }),
  z.strictObject({ proximity: ProximityInfoSchema, ...negative }),
  z.strictObject({ language: z.strictObject({ language_constant: z.string().regex(/^languageConstants\/[0-9]+$/) }) }),
])
export type CampaignCriterion = z.infer<typeof CampaignCriterionSchema>

export const AdGroupCriterionSchema = z.union([
  z.strictObject({ age_range: z.strictObject({ type: AgeRangeTypeSchema }), ...negative }),
  z.strictObject({ gender: z.strictObject({ type: GenderTypeSchema }), ...negative }),
  z.strictObject({ parental_status: z.strictObject({ type: ParentalStatusTypeSchema }), ...negative }),
  z.strictObject({ income_range: z.strictObject({ type: IncomeRangeTypeSchema }), ...negative }),
  z.strictObject({
    user_interest: z.strictObject({ user_interest_category: customerResourceSchema('userInterests') }),
    ...negative,
  }),
  z.strictObject({
    custom_audience: z.strictObject({ custom_audience: customerResourceSchema('customAudiences') }),
    ...negative,
  }),
  z.strictObject({ user_list: z.strictObject({ user_list: customerResourceSchema('userLists') }), ...negative }),
  z.strictObject({ life_event: z.strictObject({ life_event_id: z.int().positive() }), ...negative }),
  // ExtendedDemographicInfo: Google's detailed demographics (parents of toddlers, homeowners …), criteria.proto v24.
  z.strictObject({
    extended_demographic: z.strictObject({ extended_demographic_id: z.int().positive() }),
    ...negative,
  }),
  // KeywordInfo.text: "at most 80 characters and 10 words" (common/criteria.proto, v24).
  z.strictObject({
    keyword: z.strictObject({ text: z.string().min(1).max(80), match_type: z.literal('PHRASE') }),
    ...negative,
  }),
])
export type AdGroupCriterion = z.infer<typeof AdGroupCriterionSchema>

export const CustomAudienceMemberSchema = z.union([
  z.strictObject({ member_type: z.literal('KEYWORD'), keyword: z.string().min(1).max(80) }),
  z.strictObject({ member_type: z.literal('URL'), url: z.url({ protocol: /^https?$/ }).max(2048) }),
])
export type CustomAudienceMember = z.infer<typeof CustomAudienceMemberSchema>

export const CustomAudienceSchema = z.strictObject({
  resource_name: customerResourceSchema('customAudiences'),
  name: z.string().min(1),
  type: z.literal('AUTO'),
  members: z.array(CustomAudienceMemberSchema).min(1),
})
export type CustomAudience = z.infer<typeof CustomAudienceSchema>

export const GoogleCampaignSchema = z.strictObject({
  contains_eu_political_advertising: z.enum([
    'CONTAINS_EU_POLITICAL_ADVERTISING',
    'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING',
  ]),
  geo_target_type_setting: z.strictObject({ positive_geo_target_type: z.enum(['PRESENCE', 'PRESENCE_OR_INTEREST']) }),
})
export type GoogleCampaign = z.infer<typeof GoogleCampaignSchema>

export const GoogleSpecSchema = z
  .strictObject({
    campaignCriteria: z.array(CampaignCriterionSchema),
    adGroupCriteria: z.array(AdGroupCriterionSchema),
    customAudiences: z.array(CustomAudienceSchema).meta({
      description: 'Custom segments to create first; adGroupCriteria refer to them by their temporary resource names.',
    }),
    campaign: GoogleCampaignSchema,
  })
  .meta({
    id: 'GoogleSpec',
    description: 'Google Ads campaign and ad-group targeting, in the google-ads-api resource shapes.',
  })
export type GoogleSpec = z.infer<typeof GoogleSpecSchema>
