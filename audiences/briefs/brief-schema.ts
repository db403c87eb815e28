import { z } from 'zod'
import {
  AudienceSchema,
  GenderSchema,
  GeoItemSchema,
  LanguageCodeSchema,
  LocaleSchema,
  SpecialAdCategorySchema,
} from '../model/audience-schema.js'
import { FacetSchema } from '../model/facets.js'

export const BRIEF_MAX_CHARS = 20_000

export const BriefParseRequestSchema = z
  .strictObject({
    text: z
      .string()
      .max(BRIEF_MAX_CHARS)
      .meta({ description: 'A segment description in Finnish, Swedish or English.' }),
    locale: LocaleSchema.optional().meta({
      description: 'The language of the labels in the answer; detected when absent.',
    }),
  })
  .meta({ id: 'BriefParseRequest' })
export type BriefParseRequest = z.infer<typeof BriefParseRequestSchema>

// What a word names without giving a value ("ikä", "toimiala"): it sets the context for the words after it.
export const DIMENSIONS = [
  'age',
  'gender',
  'geo',
  'language',
  'income',
  'education',
  'occupation',
  'interest',
  'industry',
  'family',
  'children',
  'companySize',
  'companyRevenue',
  'companyProfit',
  'companyTrade',
  'companySites',
  'customerStatus',
  'website',
  'keyword',
  'behavior',
  'psychographic',
  'demographic',
] as const
export const DimensionSchema = z.enum(DIMENSIONS)
export type Dimension = z.infer<typeof DimensionSchema>

const label = z.string().min(1).max(300)
export const BriefTermSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('term'), facet: FacetSchema, value: z.string().min(1).max(300), label }),
  z.strictObject({ kind: z.literal('geo'), geo: GeoItemSchema, label }),
  z.strictObject({ kind: z.literal('geoGroup'), places: z.array(GeoItemSchema).min(1), label }),
  z.strictObject({
    kind: z.literal('age'),
    min: z.int().min(0).max(120).optional(),
    max: z.int().min(0).max(120).optional(),
    label,
  }),
  z.strictObject({ kind: z.literal('gender'), gender: GenderSchema, label }),
  z
    .strictObject({ kind: z.literal('special'), category: SpecialAdCategorySchema.exclude(['none']), label })
    .meta({ description: 'Words that make the ad a special ad category (a rental, a job, a loan, an election).' }),
  z
    .strictObject({ kind: z.literal('distance'), km: z.number().positive().max(800), label })
    .meta({ description: 'A radius ("+30 km", "inom 25 km"): the place it is around became a circle.' }),
  z.strictObject({ kind: z.literal('language'), language: LanguageCodeSchema, label }),
  z
    .strictObject({ kind: z.literal('dimension'), dimension: DimensionSchema, label })
    .meta({ description: 'A word that names a kind of criterion ("ikä", "toimiala:") and sets the context after it.' }),
  z
    .strictObject({ kind: z.literal('exclusion'), label })
    .meta({ description: '"ei", "paitsi", "except", "utom": the criteria listed after it are excluded.' }),
  z.strictObject({ kind: z.literal('stopword'), label }).meta({
    description: '"ja", "och", "and", "esim.": understood, adds nothing; listed so every word is accounted for.',
  }),
  z
    .strictObject({ kind: z.literal('name'), label })
    .meta({ description: 'The head before the first colon, taken as the audience name.' }),
])
export type BriefTerm = z.infer<typeof BriefTermSchema>

export const SpanSchema = z
  .tuple([z.int().min(0), z.int().min(0)])
  .meta({ description: '[start, end) in UTF-16 code units of the original text, as JavaScript strings index it.' })
export type Span = z.infer<typeof SpanSchema>

export const RecognizedSchema = z.strictObject({
  span: SpanSchema,
  text: z.string(),
  term: BriefTermSchema,
  alternatives: z
    .array(BriefTermSchema)
    .optional()
    .meta({ description: 'Other readings of the same words; the user picks.' }),
  excluded: z
    .boolean()
    .optional()
    .meta({ description: 'The words follow "ei", "paitsi", "except", "utom": the term went to exclude.' }),
})
export type Recognized = z.infer<typeof RecognizedSchema>

export const UnrecognizedSchema = z.strictObject({ span: SpanSchema, text: z.string() })
export type Unrecognized = z.infer<typeof UnrecognizedSchema>

export const BriefNoteSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  message: z.string().min(1),
  span: SpanSchema.optional(),
})
export type BriefNote = z.infer<typeof BriefNoteSchema>

export const FreeTextSchema = z.strictObject({
  span: SpanSchema,
  text: z.string(),
  value: z.string().min(1).max(80).meta({ description: 'The keyword term to add: the phrase as written.' }),
})
export type FreeText = z.infer<typeof FreeTextSchema>

export const BriefParseResultSchema = z
  .strictObject({
    audience: AudienceSchema,
    recognized: z.array(RecognizedSchema),
    unrecognized: z.array(UnrecognizedSchema),
    notes: z.array(BriefNoteSchema).meta({ description: 'Assumptions kohde made; the user should check each.' }),
    freeText: z.array(FreeTextSchema).meta({
      description: 'Noun phrases kohde did not understand, offered as free-text (keyword) terms the user may add.',
    }),
  })
  .meta({ id: 'BriefParseResult' })
export type BriefParseResult = z.infer<typeof BriefParseResultSchema>
