import { z } from 'zod'
import { GenderSchema, SpecialAdCategorySchema } from '../model/audience-schema.js'
import { shippedData } from '../taxonomy/data-file.js'
import { LabelsSchema } from '../taxonomy/taxonomy-schema.js'
import { DimensionSchema } from './brief-schema.js'
import words from './data/brief-words.json' with { type: 'json' }
import phrases from './data/term-phrases.json' with { type: 'json' }
import groupings from './data/geo-groupings.json' with { type: 'json' }
import structure from './data/brief-structure.json' with { type: 'json' }

const PhrasesSchema = z.strictObject({
  fi: z.array(z.string().min(1)),
  sv: z.array(z.string().min(1)),
  en: z.array(z.string().min(1)),
})
export type Phrases = z.infer<typeof PhrasesSchema>

export const NOTE_CODES = ['affluent_areas', 'detached_house_areas'] as const
export type PhraseNote = (typeof NOTE_CODES)[number]

const BriefWordsSchema = z.strictObject({
  syntax: z.string(),
  stopwords: PhrasesSchema,
  listWords: z.array(z.string()),
  exclusions: PhrasesSchema,
  scopeEnds: PhrasesSchema,
  dimensions: z.partialRecord(DimensionSchema, PhrasesSchema),
  genders: z.record(GenderSchema, PhrasesSchema),
  languages: z.record(z.string().regex(/^[a-z]{2}$/), PhrasesSchema),
})

const TermPhrasesSchema = z.strictObject({
  about: z.string(),
  contextOnly: z.record(z.string(), z.array(z.string().min(1))),
  terms: z.array(z.strictObject({ key: z.string(), note: z.enum(NOTE_CODES).optional(), ...PhrasesSchema.shape })),
})

const GeoGroupingsSchema = z.strictObject({
  about: z.string(),
  source: z.string(),
  groupings: z.array(
    z.strictObject({
      key: z.string().regex(/^[a-z0-9-]+$/),
      labels: LabelsSchema,
      names: PhrasesSchema,
      country: z.string().regex(/^[A-Z]{2}$/),
      municipalities: z.array(z.string().regex(/^[0-9]{3}$/)).min(1),
    }),
  ),
})
export type GeoGrouping = z.infer<typeof GeoGroupingsSchema>['groupings'][number]

export const BRIEF_WORDS = shippedData(BriefWordsSchema, words, 'brief-words.json')
const termPhrases = shippedData(TermPhrasesSchema, phrases, 'term-phrases.json')
export const TERM_PHRASES = termPhrases.terms
export const CONTEXT_ONLY: Readonly<Record<string, readonly string[]>> = termPhrases.contextOnly
export const GEO_GROUPINGS = shippedData(GeoGroupingsSchema, groupings, 'geo-groupings.json').groupings

export const SizeSchema = z.enum(['micro', 'small', 'medium', 'large', 'sme', 'enterprise'])
export type SizeWord = z.infer<typeof SizeSchema>
const Folded = z.array(z.string().regex(/^[a-z0-9 -]+$/, 'folded: lower case, no diacritics'))
const BriefStructureSchema = z.strictObject({
  about: z.string(),
  nameLabels: Folded,
  productWords: Folded,
  campaignWords: Folded,
  distanceUnits: z.strictObject({ km: Folded, mile: Folded, mil: Folded }),
  radiusWords: Folded,
  companySize: z.strictObject({
    about: z.string(),
    ranges: z.record(SizeSchema, z.tuple([z.int().min(1), z.int().min(1).nullable()])),
    prefixes: z.partialRecord(SizeSchema, Folded),
    adjectives: z.partialRecord(SizeSchema, Folded),
    abbreviations: z.partialRecord(SizeSchema, Folded),
    enterpriseNouns: Folded,
    companyNouns: Folded,
  }),
  genericHeads: Folded,
  subjectPronouns: Folded,
  audienceHeads: Folded,
  membershipWords: Folded,
  membershipLinks: Folded,
  districtWords: Folded,
  buyerWords: Folded,
  functionWords: z.strictObject({ fi: Folded, sv: Folded, en: Folded }),
  specialCategories: z.array(
    z.strictObject({
      category: SpecialAdCategorySchema.exclude(['none']),
      words: z.array(z.string().min(1)),
    }),
  ),
})
export const BRIEF_STRUCTURE = shippedData(BriefStructureSchema, structure, 'brief-structure.json')
