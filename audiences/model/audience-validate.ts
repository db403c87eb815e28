import { DomainError, type DomainIssue, type IssuePath } from '../errors.js'
import { GEO_ISSUE_CODES, resolvePlace } from '../geo/geo-resolve.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { Audience, GeoItem, Term } from './audience-schema.js'
import { FREE_TEXT_FACETS } from './facets.js'
import { flattenAudience, type FlatAudience } from './flat-audience.js'

export const TAXONOMY_KEY_PATTERN = /^[a-z][a-zA-Z]*(\.[a-z0-9-]+)+$/
// Meta's documented floor; no platform targets younger people (platforms.md §2.3).
export const MIN_TARGETABLE_AGE = 13
const MAX_PARENT_DEPTH = 5

/** Every code validateAudience reports, as data: the pages have a translation for each (a missing one fails the typecheck). */
export const AUDIENCE_ISSUE_CODES = [
  'website_invalid',
  'term_unknown',
  'term_facet_mismatch',
  'age_below_minimum',
  'age_range_empty',
  'parent_too_deep',
  'geo_empty',
  'genders_disjoint',
  'geo_outside_parent',
  'language_outside_parent',
  ...GEO_ISSUE_CODES,
] as const
export type AudienceIssueCode = (typeof AUDIENCE_ISSUE_CODES)[number]
type AudienceIssue = DomainIssue & { code: AudienceIssueCode }

export const isTaxonomyKey = (term: Term): boolean =>
  !FREE_TEXT_FACETS.has(term.facet) && TAXONOMY_KEY_PATTERN.test(term.value)

function termIssues(term: Term, path: IssuePath, taxonomy: Taxonomy): AudienceIssue[] {
  if (term.facet === 'website' && !/^(https?:\/\/)?[\p{L}0-9-]+(\.[\p{L}0-9-]+)+(\/\S*)?$/u.test(term.value))
    return [{ path: [...path, 'value'], code: 'website_invalid', message: `${term.value} is not a web address` }]
  if (!isTaxonomyKey(term)) return []
  const entry = taxonomy.term(term.value)
  if (!entry)
    return [{ path: [...path, 'value'], code: 'term_unknown', message: `${term.value} is not a taxonomy key` }]
  if (entry.facet !== term.facet)
    return [
      {
        path: [...path, 'facet'],
        code: 'term_facet_mismatch',
        message: `${term.value} is a ${entry.facet}, not a ${term.facet}`,
      },
    ]
  return []
}

function geoIssues(
  items: readonly GeoItem[],
  path: IssuePath,
  audience: Audience,
  taxonomy: Taxonomy,
): AudienceIssue[] {
  return items.flatMap((item, i) => {
    const place = resolvePlace(item, taxonomy, audience.locale)
    return place.kind === 'invalid' ? [{ path: [...path, i], code: place.code, message: place.message }] : []
  })
}

function ownIssues(audience: Audience, base: IssuePath, taxonomy: Taxonomy): AudienceIssue[] {
  const issues: AudienceIssue[] = []
  const { min, max } = audience.age
  if (min < MIN_TARGETABLE_AGE)
    issues.push({
      path: [...base, 'age', 'min'],
      code: 'age_below_minimum',
      message: `ads cannot target people under ${MIN_TARGETABLE_AGE}`,
    })
  if (max !== undefined && min > max)
    issues.push({
      path: [...base, 'age', 'min'],
      code: 'age_range_empty',
      message: `minimum age ${min} is above maximum ${max}`,
    })
  issues.push(...geoIssues(audience.geo.include, [...base, 'geo', 'include'], audience, taxonomy))
  issues.push(...geoIssues(audience.geo.exclude, [...base, 'geo', 'exclude'], audience, taxonomy))
  audience.include.forEach((group, g) =>
    group.forEach((term, t) => issues.push(...termIssues(term, [...base, 'include', g, t], taxonomy))),
  )
  audience.exclude.forEach((term, t) => issues.push(...termIssues(term, [...base, 'exclude', t], taxonomy)))
  return issues
}

function chainIssues(audience: Audience, base: IssuePath, taxonomy: Taxonomy, depth: number): AudienceIssue[] {
  if (depth > MAX_PARENT_DEPTH)
    return [{ path: base, code: 'parent_too_deep', message: `sub-segments nest at most ${MAX_PARENT_DEPTH} levels` }]
  const own = ownIssues(audience, base, taxonomy)
  return audience.parent ? [...own, ...chainIssues(audience.parent, [...base, 'parent'], taxonomy, depth + 1)] : own
}

function combinedIssues(audience: Audience, flat: FlatAudience): AudienceIssue[] {
  const issues: AudienceIssue[] = []
  if (flat.geoInclude.length === 0)
    issues.push({ path: ['geo', 'include'], code: 'geo_empty', message: 'name at least one place to target' })
  const { min, max } = flat.age.value
  if (audience.parent && max !== null && min > max)
    issues.push({
      path: ['age'],
      code: 'age_range_empty',
      message: 'the age range does not overlap the parent audience',
    })
  if (audience.parent && audience.genders.length > 0 && flat.genders.value.length === 0)
    issues.push({
      path: ['genders'],
      code: 'genders_disjoint',
      message: 'the genders do not overlap the parent audience',
    })
  // A sub-segment narrows its parent: a place or language outside it would be a different audience (api.md).
  for (const issue of flat.narrowingIssues)
    if (issue.code === 'geo_outside_parent' || issue.code === 'language_outside_parent')
      issues.push({ ...issue, code: issue.code })
  return issues
}

// The combined checks need the flattened audience, which compiling needs too: it is built once and handed back.
function checkAudience(audience: Audience, taxonomy: Taxonomy): { issues: AudienceIssue[]; flat?: FlatAudience } {
  const chain = chainIssues(audience, [], taxonomy, 0)
  if (chain.length > 0) return { issues: chain }
  const flat = flattenAudience(audience, taxonomy)
  return { issues: combinedIssues(audience, flat), flat }
}

/** Lists what makes a well-formed audience impossible to target (HTTP 422), each with the path. */
export function validateAudience(audience: Audience, taxonomy: Taxonomy): AudienceIssue[] {
  return checkAudience(audience, taxonomy).issues
}

/** Throws audience_invalid (422) when the audience cannot be targeted; otherwise returns it flattened. */
export function assertAudienceValid(audience: Audience, taxonomy: Taxonomy): FlatAudience {
  const { issues, flat } = checkAudience(audience, taxonomy)
  if (issues.length > 0 || !flat)
    throw new DomainError('audience_invalid', 'the audience cannot be targeted as written', issues)
  return flat
}
