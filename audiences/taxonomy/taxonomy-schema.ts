import { z } from 'zod'
import { FacetSchema } from '../model/facets.js'
import { CountryCodeSchema } from '../model/audience-schema.js'

export const IsoDateSchema = z.iso.date()

// Facebook and Instagram share Meta's identifiers, so mappings are kept per platform, not per channel.
export const PLATFORMS = ['google', 'meta', 'linkedin'] as const
export const PlatformSchema = z.enum(PLATFORMS)
export type Platform = z.infer<typeof PlatformSchema>

export const FallbackSchema = z.discriminatedUnion('kind', [
  // A Google custom segment built from words people search and sites they visit.
  z.strictObject({
    kind: z.literal('customAudience'),
    keywords: z.array(z.string().min(1).max(80)).min(1).max(50),
    urls: z.array(z.string().url()).max(50).default([]),
  }),
  // No identifier yet: the compiler reports the term unresolved and names this lookup.
  z.strictObject({ kind: z.literal('lookup'), query: z.string().min(1) }),
  z.strictObject({ kind: z.literal('unsupported'), reason: z.string().min(1) }),
])
export type Fallback = z.infer<typeof FallbackSchema>

// How far an identifier can be trusted: the platform's own table or API definition, a third-party copy of such a
// table, identifiers seen in public code (several agreeing files), or a live lookup on the agency's own account.
export const CONFIDENCES = ['official', 'third-party-copy', 'public-code', 'live'] as const
export const ConfidenceSchema = z.enum(CONFIDENCES).meta({ description: 'How the identifier was obtained.' })
export type Confidence = z.infer<typeof ConfidenceSchema>

const CopiedSchema = z.union([IsoDateSchema, z.literal('unknown')]).meta({
  description: "The date of the copy of the platform's table the identifier was read from, or unknown.",
})

// A further identifier of the same mapping: OR-ed with the first on Google and Meta; on LinkedIn per `combine`.
export const ExtraIdSchema = z.strictObject({
  target: z.string().min(1),
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  source: z.string().min(1),
  confidence: ConfidenceSchema.optional(),
  copied: CopiedSchema.optional(),
})
export type ExtraId = z.infer<typeof ExtraIdSchema>

// An identifier only one public source gives: never compiled, a live lookup that returns it confirms it.
export const CandidateIdSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  source: z.string().min(1),
})
export type CandidateId = z.infer<typeof CandidateIdSchema>

export const ChannelMappingSchema = z
  .strictObject({
    target: z.string().min(1).meta({
      description:
        'Where the identifier goes: a Google criterion field, a Meta targeting field, a LinkedIn facet name.',
    }),
    id: z.string().min(1).nullable().meta({ description: 'The native identifier; null until it is confirmed.' }),
    name: z.string().min(1).optional().meta({ description: "The platform's own name for the option." }),
    source: z
      .string()
      .min(1)
      .nullable()
      .meta({ description: 'Where the identifier is documented, or "live" with the account.' }),
    confirmed: IsoDateSchema.nullable(),
    confidence: ConfidenceSchema.optional(),
    copied: CopiedSchema.optional(),
    also: z.array(ExtraIdSchema).max(20).optional(),
    combine: z
      .enum(['any', 'all'])
      .optional()
      .meta({ description: 'any: one of the identifiers matches (default); all: every one must (LinkedIn facets).' }),
    candidates: z.array(CandidateIdSchema).max(10).optional(),
    fallback: FallbackSchema.optional(),
    approximation: z.string().min(1).optional().meta({
      description:
        'Set when the identifier only approximates the term (e.g. CTOs → the technology industry): whom it reaches instead. The compilers report such a term approximated, never exact.',
    }),
  })
  .refine((m) => m.id === null || (m.source !== null && m.confirmed !== null), {
    message: 'an identifier needs a source and a confirmed date',
    path: ['source'],
  })
export type ChannelMapping = z.infer<typeof ChannelMappingSchema>

export const ChannelMappingsSchema = z.strictObject({
  google: ChannelMappingSchema.optional(),
  meta: ChannelMappingSchema.optional(),
  linkedin: ChannelMappingSchema.optional(),
})
export type ChannelMappings = z.infer<typeof ChannelMappingsSchema>

export const LabelsSchema = z.strictObject({ fi: z.string().min(1), sv: z.string().min(1), en: z.string().min(1) })
export const SynonymsSchema = z.strictObject({
  fi: z.array(z.string().min(1)).default([]),
  sv: z.array(z.string().min(1)).default([]),
  en: z.array(z.string().min(1)).default([]),
})

// GDPR Art. 9 special categories: DSA Art. 26(3) forbids ad profiling on them.
export const SensitiveCategorySchema = z.enum([
  'health',
  'religion',
  'politics',
  'ethnicity',
  'sexuality',
  'trade-union',
  'biometric',
  'genetic',
])

export const ShareSchema = z.strictObject({
  value: z.number().min(0).max(1).meta({ description: 'Share of adults who match, for offline size estimates.' }),
  source: z.string().min(1),
  assumption: z.boolean().default(false),
})

export const TermEntrySchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z]*(\.[a-z0-9-]+)+$/),
  facet: FacetSchema,
  labels: LabelsSchema,
  synonyms: SynonymsSchema.default({ fi: [], sv: [], en: [] }),
  labelsReviewed: z
    .boolean()
    .optional()
    .meta({ description: 'false: the fi and sv labels repeat the English one until someone translates them.' }),
  category: z.string().min(1).optional().meta({ description: 'The browse category the term sits in.' }),
  parent: z.string().min(1).optional().meta({ description: "The broader term above it in the platform's hierarchy." }),
  sensitive: SensitiveCategorySchema.optional(),
  share: ShareSchema.optional(),
  channels: ChannelMappingsSchema,
})
export type TermEntry = z.infer<typeof TermEntrySchema>

// city: a town, district or former municipality a platform lists inside a municipality or region.
export const GeoKindSchema = z.enum(['country', 'region', 'municipality', 'city'])
export const LatLngSchema = z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })

export const GeoEntrySchema = z.strictObject({
  key: z.string().regex(/^geo(\.[a-z0-9-]+)+$/),
  kind: GeoKindSchema,
  country: CountryCodeSchema,
  code: z.string().min(1).meta({ description: 'ISO 3166-1/3166-2 code or the national municipality code.' }),
  parent: z.string().nullable(),
  labels: LabelsSchema,
  synonyms: SynonymsSchema.default({ fi: [], sv: [], en: [] }),
  centre: LatLngSchema.nullable(),
  radiusKm: z.number().positive().nullable().meta({ description: 'A circle around centre that covers the area.' }),
  channels: ChannelMappingsSchema,
})
export type GeoEntry = z.infer<typeof GeoEntrySchema>

export const LanguageEntrySchema = z.strictObject({
  key: z.string().regex(/^language\.[a-z]{2}$/),
  code: z.string().regex(/^[a-z]{2}$/),
  labels: LabelsSchema,
  synonyms: SynonymsSchema.default({ fi: [], sv: [], en: [] }),
  channels: ChannelMappingsSchema,
})
export type LanguageEntry = z.infer<typeof LanguageEntrySchema>

// Postal code → [lat, lng, municipality code, radius km]: a circle around the postal area's centre.
export const PostalCodesSchema = z.record(
  z.string().regex(/^[0-9]{5}$/),
  z.tuple([z.number(), z.number(), z.string().regex(/^[0-9]{3}$/), z.number().positive()]),
)

export const CategorySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  labels: LabelsSchema,
  labelsReviewed: z.boolean().optional(),
  parent: z.string().nullable(),
})
export type Category = z.infer<typeof CategorySchema>
