import { z } from 'zod'
import { FacetSchema } from './facets.js'

export const LOCALES = ['fi', 'sv', 'en'] as const
export const LocaleSchema = z.enum(LOCALES)
export type Locale = z.infer<typeof LocaleSchema>

export const SPECIAL_AD_CATEGORIES = ['none', 'housing', 'employment', 'financial', 'politics', 'gambling'] as const
export const SpecialAdCategorySchema = z.enum(SPECIAL_AD_CATEGORIES)
export type SpecialAdCategory = z.infer<typeof SpecialAdCategorySchema>

export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code, e.g. "FI"')
  .meta({ examples: ['FI', 'SE'] })

const CountryGeoSchema = z.strictObject({ country: CountryCodeSchema })
const RegionGeoSchema = z.strictObject({
  region: z.string().regex(/^[A-Z]{2}-[0-9A-Z]{1,3}$/, 'an ISO 3166-2 code, e.g. "FI-18"'),
})
const MunicipalityGeoSchema = z.strictObject({
  municipality: z
    .string()
    .regex(/^[0-9]{3,4}$/, 'a national municipality code: three digits in Finland ("091"), four in Sweden ("0180")'),
  country: CountryCodeSchema,
})
const CityGeoSchema = z.strictObject({ city: z.string().trim().min(1).max(100), country: CountryCodeSchema })
const PostalCodeGeoSchema = z.strictObject({
  postalCode: z.string().regex(/^[0-9A-Z][0-9A-Z -]{1,8}[0-9A-Z]$/, 'a postal code, e.g. "00100"'),
  country: CountryCodeSchema,
})
export const RadiusSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  km: z.number().min(0).max(800),
})
const RadiusGeoSchema = z.strictObject({ radius: RadiusSchema, label: z.string().max(100).optional() })

export const GeoItemSchema = z
  .union([
    CountryGeoSchema,
    RegionGeoSchema,
    MunicipalityGeoSchema,
    CityGeoSchema,
    PostalCodeGeoSchema,
    RadiusGeoSchema,
  ])
  .meta({ description: 'One place: a country, region, municipality, city, postal code or a radius circle.' })
export type GeoItem = z.infer<typeof GeoItemSchema>

export const PresenceSchema = z
  .enum(['home', 'homeOrRecent'])
  .meta({ description: 'home: people living there; homeOrRecent: living there or recently there.' })

export const GeoSchema = z.strictObject({
  include: z.array(GeoItemSchema).max(500),
  exclude: z.array(GeoItemSchema).max(500).default([]),
  presence: PresenceSchema.default('home'),
})

export const AgeSchema = z.strictObject({
  min: z.int().min(0).max(120).default(18),
  max: z.int().min(0).max(120).optional().meta({ description: 'Absent means no upper limit (65+).' }),
})

export const GenderSchema = z.enum(['female', 'male'])
export type Gender = z.infer<typeof GenderSchema>

export const LanguageCodeSchema = z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 language code, e.g. "fi"')

export const TermSchema = z.strictObject({
  facet: FacetSchema,
  value: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .meta({ description: 'A taxonomy key (e.g. "title.ceo") or free text (e.g. a keyword or a web address).' }),
})
export type Term = z.infer<typeof TermSchema>

// include is an AND of groups, each an OR of terms (Meta's flexible_spec, LinkedIn's and/or).
export const IncludeSchema = z.array(z.array(TermSchema).min(1).max(200)).max(25)
export const ExcludeSchema = z.array(TermSchema).max(200)

const AudienceBaseSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(50).default([]),
  locale: LocaleSchema.default('fi'),
  specialAdCategory: SpecialAdCategorySchema.default('none'),
  geo: GeoSchema,
  age: AgeSchema.default({ min: 18 }),
  genders: z.array(GenderSchema).max(2).default([]).meta({ description: '[] means all genders.' }),
  languages: z.array(LanguageCodeSchema).max(50).default([]),
  include: IncludeSchema.default([]),
  exclude: ExcludeSchema.default([]),
})

// A sub-segment narrows its parent: the parent's criteria AND its own (seed 004).
export type Audience = z.output<typeof AudienceBaseSchema> & { parent?: Audience }
export type AudienceInput = z.input<typeof AudienceBaseSchema> & { parent?: AudienceInput }

export const AudienceSchema: z.ZodType<Audience, AudienceInput> = AudienceBaseSchema.extend({
  parent: z.lazy(() => AudienceSchema).optional(),
}).meta({ id: 'Audience', description: 'A channel-neutral audience definition.' })
