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

// clause: the index of the clause that loses its `drop` facets; against: the clause holding the facet it clashed with.
export type Breach = { rule: FacetRule; clause: number; against: number; facets: LinkedInFacet[] }

const hasAny = (facets: ReadonlySet<LinkedInFacet>, wanted: readonly LinkedInFacet[]) =>
  wanted.some((f) => facets.has(f))

/**
 * Finds the include clauses whose facets break a facet-combination rule with another clause. Only the clashing facets'
 * values leave the clause: the rest still applies, so a term that is dropped never changes what the others target
 * (no facet is both kept by one rule and dropped by another).
 */
export function findBreaches(clauses: readonly ReadonlySet<LinkedInFacet>[]): Breach[] {
  const breaches: Breach[] = []
  clauses.forEach((facets, clause) => {
    for (const rule of FACET_RULES) {
      const dropped = rule.drop.filter((f) => facets.has(f))
      if (dropped.length === 0) continue
      const against = clauses.findIndex((other, j) => j !== clause && hasAny(other, rule.keep))
      if (against >= 0) breaches.push({ rule, clause, against, facets: dropped })
    }
  })
  return breaches
}
