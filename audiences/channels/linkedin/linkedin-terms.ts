import type { IssuePath } from '../../errors.js'
import type { FlatAudience, Located } from '../../model/flat-audience.js'
import type { Term } from '../../model/audience-schema.js'
import { droppedCode, type EuPolicy } from '../../policy/eu-policy.js'
import type { Taxonomy } from '../../taxonomy/taxonomy.js'
import { pathKey } from '../fidelity.js'
import type { LinkedInFacet } from './linkedin-facets.js'
import { findBreaches, type Breach } from './linkedin-rules.js'
import { resolveTerm, type TermOutcome, type TermSide } from './linkedin-term-resolve.js'
import { verdict, type Verdict } from './linkedin-verdict.js'

// Facet → URNs, in first-seen order: one `or` object of targetingCriteria.
export type FacetValues = Map<LinkedInFacet, string[]>

export type CompiledTerms = {
  clauses: FacetValues[]
  exclude: FacetValues
  breaches: { breach: Breach; path: IssuePath; againstPath: IssuePath; facets: LinkedInFacet[] }[]
  bannedGroups: IssuePath[]
  verdicts: [IssuePath, Verdict][]
}

export function addValue(values: FacetValues, facet: LinkedInFacet, urn: string): void {
  const urns = values.get(facet) ?? []
  if (!urns.includes(urn)) urns.push(urn)
  values.set(facet, urns)
}

type Resolved = { path: IssuePath; outcome: TermOutcome }

function resolveAll(terms: Located<Term>[], taxonomy: Taxonomy, eu: EuPolicy, side: TermSide): Resolved[] {
  return terms.map((t) => ({
    path: t.path,
    outcome: resolveTerm(t.value, taxonomy, {
      targetsEea: eu.targetsEea,
      dsaCode: droppedCode(eu, t.path),
      side,
    }),
  }))
}

function collect(resolved: Resolved[]): FacetValues {
  const values: FacetValues = new Map()
  for (const { outcome } of resolved) if (outcome.emit) addValue(values, outcome.emit.facet, outcome.emit.urn)
  return values
}

const droppedVerdict = (previous: Verdict, rule: Breach['rule'], againstGroup: string, rest: boolean): Verdict =>
  verdict(
    'unsupported',
    'facet_combination_dropped',
    `${previous.message} Left out: LinkedIn says ${rule.rule}, and the group at ${againstGroup} holds the other facet, so this term was dropped${rest ? ': the rest of its group still applies, so the group is narrower than asked' : ' with its whole group: over-inclusive'}.`,
  )

/** Compiles include groups into `or` clauses (applying LinkedIn's facet-combination rules) and exclude terms into one `or`. */
export function compileTerms(flat: FlatAudience, taxonomy: Taxonomy, eu: EuPolicy): CompiledTerms {
  const groups = flat.include.map((g) => {
    const resolved = resolveAll(g.terms, taxonomy, eu, 'include')
    return { path: g.path, resolved, values: collect(resolved) }
  })
  const excluded = resolveAll(flat.exclude, taxonomy, eu, 'exclude')
  const all: Resolved[] = []
  for (const g of groups) all.push(...g.resolved)
  all.push(...excluded)
  const emitting = groups.filter((g) => g.values.size > 0)
  const breaches = findBreaches(emitting.map((g) => new Set(g.values.keys())))
  // Each term's own path array is its key: no key string to build.
  const verdicts = new Map<IssuePath, Verdict>()
  for (const r of all) verdicts.set(r.path, r.outcome.verdict)
  const clauses = emitting.map((g) => new Map(g.values))
  for (const breach of breaches) for (const f of breach.facets) clauses[breach.clause]?.delete(f)
  for (const breach of breaches) {
    const group = emitting[breach.clause]
    const against = emitting[breach.against]
    const rest = (clauses[breach.clause]?.size ?? 0) > 0
    if (!group || !against) continue
    for (const r of group.resolved)
      if (r.outcome.emit && breach.facets.includes(r.outcome.emit.facet))
        verdicts.set(r.path, droppedVerdict(r.outcome.verdict, breach.rule, pathKey(against.path), rest))
  }
  return {
    clauses: clauses.filter((c) => c.size > 0),
    exclude: collect(excluded),
    breaches: breaches.flatMap((breach) => {
      const group = emitting[breach.clause]
      const against = emitting[breach.against]
      return group && against ? [{ breach, path: group.path, againstPath: against.path, facets: breach.facets }] : []
    }),
    bannedGroups: all.filter((r) => r.outcome.groupBanned).map((r) => r.path),
    verdicts: [...verdicts],
  }
}
