import type { LinkedInFacet } from './linkedin-facets.js'

// Facets LinkedIn refuses to AND together; when an audience does, the clause with a `drop` facet goes.
// code: the policy finding's code for a breach of this rule.
export type FacetRule = {
  code: string
  keep: readonly LinkedInFacet[]
  drop: readonly LinkedInFacet[]
  rule: string
  source: string
}

const FACET_URNS_DOC = 'learn.microsoft.com/en-us/linkedin/shared/references/v2/ads/targeting-criteria-facet-urns'

export const FACET_RULES: readonly FacetRule[] = [
  {
    code: 'linkedin_employers_with_company_facets',
    keep: ['employers'],
    drop: ['industries', 'staffCountRanges'],
    rule: 'industries and company sizes may not be AND-ed with employers',
    source: FACET_URNS_DOC,
  },
  {
    code: 'linkedin_titles_with_functions_or_seniorities',
    keep: ['titles'],
    drop: ['jobFunctions', 'seniorities'],
    rule: 'job functions and seniorities may not be AND-ed with job titles',
    source: 'LinkedIn docs as quoted in public code, unverified (platforms.md §3.7 and open question 14)',
  },
  {
    code: 'linkedin_dynamic_segments_with_interests',
    keep: ['dynamicSegments'],
    drop: ['interests', 'memberBehaviors'],
    rule: 'member interests and behaviours may not be AND-ed with retargeting segments (dynamicSegments)',
    source: FACET_URNS_DOC,
  },
]

// clause: the index of the dropped clause; against: the clause holding the facet it clashed with.
export type Breach = { rule: FacetRule; clause: number; against: number }

const hasAny = (facets: ReadonlySet<LinkedInFacet>, wanted: readonly LinkedInFacet[]) =>
  wanted.some((f) => facets.has(f))

/** Finds the include clauses that break a facet-combination rule; each is dropped once, by the first rule it breaks. */
export function findBreaches(clauses: readonly ReadonlySet<LinkedInFacet>[]): Breach[] {
  const breaches = new Map<number, Breach>()
  for (const rule of FACET_RULES) {
    clauses.forEach((facets, clause) => {
      if (breaches.has(clause) || !hasAny(facets, rule.drop)) return
      const against = clauses.findIndex((other, j) => j !== clause && !breaches.has(j) && hasAny(other, rule.keep))
      if (against >= 0) breaches.set(clause, { rule, clause, against })
    })
  }
  return [...breaches.values()].sort((a, b) => a.clause - b.clause)
}
