import type { PolicyFinding } from '../channels/channel.js'
import type { IssuePath } from '../errors.js'
import { pathKey } from '../channels/fidelity.js'
import { resolvePlace } from '../geo/geo-resolve.js'
import type { Term } from '../model/audience-schema.js'
import { FREE_TEXT_FACETS } from '../model/facets.js'
import { buildSearchIndex, wholeNameMatches, type SearchIndex } from '../taxonomy/search-index.js'
import type { TermEntry } from '../taxonomy/taxonomy-schema.js'
import type { FlatAudience, Located } from '../model/flat-audience.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'

// EU member states plus the EEA (Iceland, Liechtenstein, Norway), where the DSA and GDPR apply.
export const EEA_COUNTRIES: ReadonlySet<string> = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO'.split(' '),
)
export const ADULT_AGE = 18

export type EuPolicy = {
  targetsEea: boolean
  findings: PolicyFinding[]
  // Terms every channel must drop, by pathKey, with the reason code.
  dropped: ReadonlyMap<string, string>
  // Raised minimum age when profiling criteria would otherwise reach minors.
  minAge: number | null
}

function targetsEea(flat: FlatAudience, taxonomy: Taxonomy): boolean {
  return flat.geoInclude.some((g) => {
    const place = resolvePlace(g.value, taxonomy, flat.locale)
    // A bare circle has no country: assume it may lie in the EEA rather than risk breaking the law.
    if (place.kind === 'circle') return true
    return place.kind !== 'invalid' && EEA_COUNTRIES.has(place.country)
  })
}

/** The reason code when the DSA drops the term at this path; most audiences drop none, so no key is built then. */
export const droppedCode = (eu: EuPolicy, path: IssuePath): string | undefined =>
  eu.dropped.size === 0 ? undefined : eu.dropped.get(pathKey(path))

function allTerms(flat: FlatAudience): Located<Term>[] {
  const terms: Located<Term>[] = []
  for (const group of flat.include) terms.push(...group.terms)
  terms.push(...flat.exclude)
  return terms
}

// Every channel asks for the same audience's rules; decide them once per flattened audience and taxonomy.
const policyCache = new WeakMap<FlatAudience, WeakMap<Taxonomy, EuPolicy>>()

/** Rules of the EU Digital Services Act that bind every channel alike (platforms.md §4). */
export function euPolicy(flat: FlatAudience, taxonomy: Taxonomy): EuPolicy {
  const byTaxonomy = policyCache.get(flat) ?? new WeakMap<Taxonomy, EuPolicy>()
  policyCache.set(flat, byTaxonomy)
  const cached = byTaxonomy.get(taxonomy)
  if (cached) return cached
  const policy = decideEuPolicy(flat, taxonomy)
  byTaxonomy.set(taxonomy, policy)
  return policy
}

// The special-category terms' names, indexed once per set of names (agency taxonomies share the shipped ones).
const sensitiveIndexes = new WeakMap<Taxonomy['names'], SearchIndex>()
function sensitiveIndexOf(taxonomy: Taxonomy): SearchIndex {
  const known = sensitiveIndexes.get(taxonomy.names)
  if (known) return known
  const terms = taxonomy.names.terms.filter((t) => t.sensitive)
  const index = buildSearchIndex({ terms, geo: [], languages: [], postalCodes: {} })
  sensitiveIndexes.set(taxonomy.names, index)
  return index
}

// A keyword or web address targets by context, not by profiling the person: only other facets' free text counts.
function sensitiveTermOf(term: Term, taxonomy: Taxonomy): TermEntry | undefined {
  const entry = taxonomy.term(term.value)
  if (entry || FREE_TEXT_FACETS.has(term.facet) || term.facet === 'customerList') return entry
  const [ref] = wholeNameMatches(sensitiveIndexOf(taxonomy), term.value)
  return ref && taxonomy.term(ref.key)
}

function decideEuPolicy(flat: FlatAudience, taxonomy: Taxonomy): EuPolicy {
  const eea = targetsEea(flat, taxonomy)
  const findings: PolicyFinding[] = []
  const dropped = new Map<string, string>()
  if (!eea) return { targetsEea: false, findings, dropped, minAge: null }
  const terms = allTerms(flat)
  for (const term of terms) {
    const named = sensitiveTermOf(term.value, taxonomy)
    if (!named?.sensitive) continue
    const what = named.key === term.value.value ? named.key : `"${term.value.value}" (free text naming ${named.key})`
    dropped.set(pathKey(term.path), 'dsa_special_category')
    findings.push({
      code: 'dsa_special_category',
      severity: 'error',
      path: term.path,
      message: `${what} profiles people by ${named.sensitive}, a GDPR special category; DSA Art. 26(3) forbids ads based on it in the EU, so it was removed. Target by context (keywords, placements) instead.`,
      source: 'DSA Art. 26(3); GDPR Art. 9(1)',
    })
  }
  const profiling = terms.some((t) => !dropped.has(pathKey(t.path)))
  if (!profiling || flat.age.value.min >= ADULT_AGE) return { targetsEea: true, findings, dropped, minAge: null }
  findings.push({
    code: 'dsa_minor_profiling',
    severity: 'warning',
    path: flat.age.path,
    message: `DSA Art. 28(2) forbids ads based on profiling to minors: the minimum age was raised from ${flat.age.value.min} to ${ADULT_AGE} because the audience uses interest or behaviour criteria. To reach under-18s, drop those criteria and target by age and place only.`,
    source: 'DSA Art. 28(2)',
  })
  return { targetsEea: true, findings, dropped, minAge: ADULT_AGE }
}
