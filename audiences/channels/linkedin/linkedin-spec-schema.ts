import { z } from 'zod'

const FACET_URN_PREFIX = 'urn:li:adTargetingFacet:'

export const FacetUrnSchema = z
  .string()
  .regex(/^urn:li:adTargetingFacet:[A-Za-z]+$/, 'a LinkedIn facet URN, e.g. "urn:li:adTargetingFacet:locations"')
export const TargetingUrnSchema = z
  .string()
  .regex(/^urn:li:[A-Za-z]+:\S+$/, 'a LinkedIn URN, e.g. "urn:li:geo:100456013"')

// One `or` object: a member matches when any value of any facet in it matches.
export const FacetValuesSchema = z
  .record(FacetUrnSchema, z.array(TargetingUrnSchema).min(1))
  .refine((facets) => Object.keys(facets).length > 0, 'an `or` object names at least one facet')

// learn.microsoft.com/en-us/linkedin/shared/references/v2/ads/targeting-criteria: include is a single `and`
// array of `or` objects; exclude is a single `or` object (no `and`).
export const TargetingCriteriaSchema = z.strictObject({
  include: z.strictObject({ and: z.array(z.strictObject({ or: FacetValuesSchema })) }),
  exclude: z.strictObject({ or: FacetValuesSchema }).optional(),
})
export type TargetingCriteria = z.infer<typeof TargetingCriteriaSchema>

export const LinkedInSpecSchema = z
  .strictObject({ targetingCriteria: TargetingCriteriaSchema })
  .meta({ id: 'LinkedInSpec', description: 'A LinkedIn campaign targetingCriteria (Marketing API, Rest.li 2.0).' })
export type LinkedInSpec = z.infer<typeof LinkedInSpecSchema>

export const facetUrn = (facet: string): string => `${FACET_URN_PREFIX}${facet}`
