// The hand-written agency concept overlay (server/data-build/vocabulary/agency-concepts.json), as
// /work/wt/concepts-format.md specifies it: the file's shape; the rules across entries are in concept-rules.ts.
import { z } from 'zod'
import { FacetSchema } from '../../../audiences/model/facets.js'
import {
  ConfidenceSchema,
  LabelsSchema,
  SensitiveCategorySchema,
  ShareSchema,
} from '../../../audiences/taxonomy/taxonomy-schema.js'

const Words = z.array(z.string().trim().min(1).max(120)).max(60)
const Ids = z.array(z.string().trim().min(1)).max(20)

export const ConceptCategorySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  labels: LabelsSchema,
  parent: z.string().nullable(),
})

export const ConceptSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z]*(\.[a-z0-9-]+)+$/),
  facet: FacetSchema,
  labels: LabelsSchema,
  synonyms: z.strictObject({ fi: Words.default([]), sv: Words.default([]), en: Words.default([]) }),
  labelsReviewed: z.boolean(),
  category: z.string().min(1),
  google: z
    .strictObject({
      userInterests: z.array(z.string().regex(/^\d+$/, 'a Google category id')).max(20).default([]),
      // Custom-segment words: at most 10 words and 80 characters each (Google, §1.5).
      keywords: z
        .array(
          z
            .string()
            .trim()
            .min(1)
            .max(80)
            .refine((k) => k.split(/\s+/).length <= 10, 'at most 10 words'),
        )
        .max(50)
        .default([]),
      // The userInterests only approximate the concept (a job title → its industry): whom they reach instead.
      approximation: z.string().trim().min(1).max(300).optional(),
    })
    .optional(),
  meta: z
    .strictObject({
      query: z.string().trim().min(1).max(100).nullable().default(null),
      ids: z
        .array(
          z.strictObject({
            id: z.string().regex(/^\d+$/, 'a numeric Meta id'),
            source: z.string().trim().min(1),
            name: z.string().min(1).optional(),
            target: z.string().min(1).optional(),
            confidence: ConfidenceSchema.optional(),
          }),
        )
        .max(10)
        .default([]),
    })
    .optional(),
  linkedin: z
    .strictObject({
      industries: Ids.default([]),
      functions: Ids.default([]),
      seniorities: Ids.default([]),
      staffCountRanges: Ids.default([]),
      combine: z.enum(['all', 'any']).default('any'),
      query: z.string().trim().min(1).max(100).nullable().default(null),
    })
    .optional(),
  share: ShareSchema.optional(),
  sensitive: SensitiveCategorySchema.optional(),
})
export type Concept = z.infer<typeof ConceptSchema>

export const ConceptFileSchema = z.strictObject({
  categories: z.array(ConceptCategorySchema).max(200),
  concepts: z.array(ConceptSchema).max(5000),
})
export type ConceptFile = z.infer<typeof ConceptFileSchema>
