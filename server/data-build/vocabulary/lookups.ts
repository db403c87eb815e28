// The live lookups a generated or hand-written concept entry names per platform, in the forms
// server/connectors/lookup-plan.ts turns into API calls.
import type { Facet } from '../../../audiences/model/facets.js'
import type { ChannelMapping } from '../../../audiences/taxonomy/taxonomy-schema.js'

const lookup = (target: string, query: string): ChannelMapping => ({
  target,
  id: null,
  source: null,
  confirmed: null,
  fallback: { kind: 'lookup', query },
})

const search = (type: string, q: string) => `search?${new URLSearchParams({ type, q })}`
const targetingSearch = (limitType: string, q: string) =>
  `act_<AD_ACCOUNT_ID>/targetingsearch?${new URLSearchParams({ q, limit_type: limitType })}`

// Meta's detailed-targeting field per kohde facet (platforms.md §2.4); facets Meta has no field for get none.
const META_FIELDS: Partial<Record<Facet, { target: string; query: (q: string) => string }>> = {
  interest: { target: 'interests', query: (q) => search('adinterest', q) },
  behavior: { target: 'interests', query: (q) => search('adinterest', q) },
  skill: { target: 'interests', query: (q) => search('adinterest', q) },
  lifeEvent: { target: 'life_events', query: (q) => targetingSearch('life_events', q) },
  parentalStatus: { target: 'family_statuses', query: (q) => targetingSearch('family_statuses', q) },
  relationship: { target: 'relationship_statuses', query: (q) => targetingSearch('relationship_statuses', q) },
  education: { target: 'education_statuses', query: (q) => targetingSearch('education_statuses', q) },
  industry: { target: 'industries', query: (q) => targetingSearch('industries', q) },
  title: { target: 'work_positions', query: (q) => search('adworkposition', q) },
  employer: { target: 'work_employers', query: (q) => search('adworkemployer', q) },
}

/** A Meta lookup for the words, in the field Meta offers for the facet; undefined when Meta has none. */
export function metaLookup(facet: Facet, words: string): ChannelMapping | undefined {
  const field = META_FIELDS[facet]
  return field && lookup(field.target, field.query(words))
}

// LinkedIn facets searched by typeahead (platforms.md §3.3); closed lists are claimed by id instead.
const LINKEDIN_TYPEAHEAD: Partial<Record<Facet, string>> = {
  title: 'titles',
  skill: 'skills',
  industry: 'industries',
  employer: 'employers',
  interest: 'interests',
  education: 'degrees',
  behavior: 'memberBehaviors',
}
// Closed LinkedIn lists are read whole and the entry picked by name.
const LINKEDIN_FIXED: Partial<Record<Facet, string>> = {
  jobFunction: 'jobFunctions',
  seniority: 'seniorities',
  companySize: 'staffCountRanges',
}

/** A LinkedIn typeahead lookup for the words in the facet that fits; undefined when LinkedIn has no such facet. */
export function linkedinLookup(facet: Facet, words: string): ChannelMapping | undefined {
  const fixed = LINKEDIN_FIXED[facet]
  if (fixed) {
    const params = new URLSearchParams({ q: 'adTargetingFacet', facet: `urn:li:adTargetingFacet:${fixed}` })
    return lookup(fixed, `adTargetingEntities?${params} then pick "${words.replace(/"/g, '')}"`)
  }
  const name = LINKEDIN_TYPEAHEAD[facet]
  if (!name) return undefined
  const params = new URLSearchParams({ q: 'typeahead', facet: `urn:li:adTargetingFacet:${name}`, query: words })
  return lookup(name, `adTargetingEntities?${params}`)
}

// Google's affinity names describe people ("Golf Enthusiasts"); Meta's interests name the topic ("Golf").
const PEOPLE_SUFFIX = / (Enthusiasts|Fans|Lovers|Buffs|Aficionados|Mavens|Readers|Viewers|Listeners|Shoppers)$/
export const topicOf = (googleName: string): string =>
  googleName.replace(/ \([^)]*\)$/, '').replace(PEOPLE_SUFFIX, '') || googleName
