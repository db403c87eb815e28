import { z } from 'zod'
import { CountryCodeSchema } from '../../model/audience-schema.js'

// custom_locations radius: "from 0.63 to 50 miles, or 1 to 80 kilometers"; at most 200 per ad set
// (developers.facebook.com/documentation/ads-commerce/marketing-api/audiences/reference/basic-targeting).
export const META_RADIUS_KM = { min: 1, max: 80 } as const
export const META_MAX_CUSTOM_LOCATIONS = 200
// flexible_spec: at most 25 top-level objects (platforms.md §2.2).
export const META_MAX_FLEXIBLE_GROUPS = 25

// Targeting fields kohde writes into flexible_spec objects: the documented flexible_spec fields (platforms.md §2.2)
// minus income (restricted) and user_adclusters (no kohde facet). Object fields take {id, name}; the others take integers.
export const META_OBJECT_FIELDS = [
  'interests',
  'behaviors',
  'life_events',
  'family_statuses',
  'industries',
  'work_positions',
  'work_employers',
  'education_schools',
  'education_majors',
  'custom_audiences',
] as const
export const META_INTEGER_FIELDS = ['education_statuses', 'college_years'] as const
export type MetaObjectField = (typeof META_OBJECT_FIELDS)[number]
export type MetaIntegerField = (typeof META_INTEGER_FIELDS)[number]

export const MetaTargetingOptionSchema = z.strictObject({
  id: z.string().regex(/^[0-9]+$/),
  name: z.string().min(1).optional(),
})
export type MetaTargetingOption = z.infer<typeof MetaTargetingOptionSchema>

const optionList = () => z.array(MetaTargetingOptionSchema).min(1).max(1000).optional()
const integerList = () => z.array(z.int().nonnegative()).min(1).optional()

export const MetaFlexibleObjectSchema = z.strictObject({
  interests: optionList(),
  behaviors: optionList(),
  life_events: optionList(),
  family_statuses: optionList(),
  industries: optionList(),
  work_positions: optionList(),
  work_employers: optionList(),
  education_schools: optionList(),
  education_majors: optionList(),
  custom_audiences: optionList(),
  education_statuses: integerList(),
  college_years: integerList(),
})
export type MetaFlexibleObject = z.infer<typeof MetaFlexibleObjectSchema>

export const MetaCustomLocationSchema = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  radius: z.number().min(META_RADIUS_KM.min).max(META_RADIUS_KM.max),
  distance_unit: z.literal('kilometer'),
  name: z.string().min(1).optional(),
})
export type MetaCustomLocation = z.infer<typeof MetaCustomLocationSchema>

const GeoKeySchema = z.strictObject({ key: z.string().min(1) })

// The places kohde can name to Meta: regions and cities only with sourced keys, otherwise circles.
const MetaPlacesShape = {
  countries: z.array(CountryCodeSchema).min(1).optional(),
  regions: z.array(GeoKeySchema).min(1).max(200).optional(),
  cities: z.array(GeoKeySchema).min(1).max(250).optional(),
  custom_locations: z.array(MetaCustomLocationSchema).min(1).max(META_MAX_CUSTOM_LOCATIONS).optional(),
}

// No location_types: Meta's error subcode 1870199 asks clients to remove every value from it (meta-geo.ts).
export const MetaGeoLocationsSchema = z
  .strictObject(MetaPlacesShape)
  .refine((g) => g.countries || g.regions || g.cities || g.custom_locations, 'name at least one place')
export const MetaExcludedGeoLocationsSchema = z.strictObject(MetaPlacesShape)
export type MetaGeoLocations = z.infer<typeof MetaGeoLocationsSchema>
export type MetaExcludedGeoLocations = z.infer<typeof MetaExcludedGeoLocationsSchema>

export const MetaTargetingSchema = z.strictObject({
  geo_locations: MetaGeoLocationsSchema,
  excluded_geo_locations: MetaExcludedGeoLocationsSchema.optional(),
  age_min: z.int().min(13).max(65),
  // 65 means 65 and older; absent means no upper limit.
  age_max: z.int().min(13).max(65).optional(),
  genders: z.tuple([z.union([z.literal(1), z.literal(2)])]).optional(),
  locales: z.array(z.int().nonnegative()).min(1).max(90).optional(),
  relationship_statuses: integerList(),
  flexible_spec: z.array(MetaFlexibleObjectSchema).min(1).max(META_MAX_FLEXIBLE_GROUPS).optional(),
  excluded_custom_audiences: optionList(),
  publisher_platforms: z.tuple([z.enum(['facebook', 'instagram'])]),
  targeting_automation: z.strictObject({ advantage_audience: z.literal(0) }),
})
export type MetaTargeting = z.infer<typeof MetaTargetingSchema>

// SDK Campaign.SpecialAdCategories; CREDIT is replaced by FINANCIAL_PRODUCTS_SERVICES and NONE is sent as [].
export const MetaSpecialAdCategorySchema = z.enum([
  'HOUSING',
  'EMPLOYMENT',
  'FINANCIAL_PRODUCTS_SERVICES',
  'ISSUES_ELECTIONS_POLITICS',
  'ONLINE_GAMBLING_AND_GAMING',
])
export type MetaSpecialAdCategory = z.infer<typeof MetaSpecialAdCategorySchema>

export const MetaCampaignSchema = z.strictObject({
  special_ad_categories: z.array(MetaSpecialAdCategorySchema).max(1),
  special_ad_category_country: z.array(CountryCodeSchema).min(1).optional(),
})

// DSA payer and beneficiary: required for ad sets reaching the EU; kohde writes placeholders the planner fills.
export const MetaAdSetSchema = z.strictObject({ dsa_beneficiary: z.string().min(1), dsa_payor: z.string().min(1) })

export const MetaSpecSchema = z
  .strictObject({
    targeting: MetaTargetingSchema,
    campaign: MetaCampaignSchema,
    adSet: MetaAdSetSchema.optional(),
  })
  .meta({
    id: 'MetaSpec',
    description: 'A Marketing API ad set targeting spec with the campaign and ad set fields it needs.',
  })
export type MetaSpec = z.infer<typeof MetaSpecSchema>
