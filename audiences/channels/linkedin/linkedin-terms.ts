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
// One `or` clause of the include `and`, with the group it comes from and the terms that put values in it.
type Clause = { group: number; values: FacetValues; from: Resolved[] }

// A group with combinations becomes one clause per choice of facet from each (below); beyond this many, they widen.
const MAX_CLAUSES_PER_GROUP = 8

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
  for (const { outcome } of resolved) for (const e of outcome.emit) addValue(values, e.facet, e.urn)
  return values
}

const partsOf = (r: Resolved): FacetValues[] => [...collect([r])].map(([facet, urns]) => new Map([[facet, urns]]))

const widenedVerdict = (previous: Verdict): Verdict =>
  verdict(
    'approximated',
    'combination_widened',
    `${previous.message} Its group holds too many combinations to spell out for LinkedIn, so any of its facets now matches: over-inclusive.`,
  )

/**
 * A group's clauses. Terms combined "all" (a function AND a seniority) are distributed over the group's OR:
 * (F ∧ S) ∨ T = (F ∨ T) ∧ (S ∨ T), one clause per choice of a facet from every combination.
 */
function groupClauses(group: number, resolved: Resolved[], verdicts: Map<IssuePath, Verdict>): Clause[] {
  const emitting = resolved.filter((r) => r.outcome.emit.length > 0)
  const combined = emitting.filter((r) => r.outcome.combine === 'all')
  const plain = emitting.filter((r) => r.outcome.combine !== 'all')
  let choices: FacetValues[][] = [[]]
  for (const r of combined) choices = choices.flatMap((choice) => partsOf(r).map((part) => [...choice, part]))
  if (combined.length === 0 || choices.length > MAX_CLAUSES_PER_GROUP) {
    for (const r of combined) verdicts.set(r.path, widenedVerdict(r.outcome.verdict))
    return emitting.length > 0 ? [{ group, values: collect(emitting), from: emitting }] : []
  }
  return choices.map((choice) => {
    const values = collect(plain)
    for (const part of choice) for (const [facet, urns] of part) for (const urn of urns) addValue(values, facet, urn)
    return { group, values, from: emitting }
  })
}

const droppedVerdict = (previous: Verdict, rule: Breach['rule'], againstGroup: string, rest: boolean): Verdict =>
  verdict(
    'unsupported',
    'facet_combination_dropped',
    `${previous.message} Left out: LinkedIn says ${rule.rule}, and the group at ${againstGroup} holds the other facet, so this term was dropped${rest ? ': the rest of its group still applies, so the group is narrower than asked' : ' with its whole group: over-inclusive'}.`,
  )

/** Compiles include groups into `or` clauses (applying LinkedIn's facet-combination rules) and exclude terms into one `or`. */
export function compileTerms(flat: FlatAudience, taxonomy: Taxonomy, eu: EuPolicy): CompiledTerms {
  const verdicts = new Map<IssuePath, Verdict>()
  const groups = flat.include.map((g) => ({ path: g.path, resolved: resolveAll(g.terms, taxonomy, eu, 'include') }))
  const excluded = resolveAll(flat.exclude, taxonomy, eu, 'exclude')
  const all: Resolved[] = [...groups.flatMap((g) => g.resolved), ...excluded]
  // Each term's own path array is its key: no key string to build.
  for (const r of all) verdicts.set(r.path, r.outcome.verdict)
  const clauses = groups.flatMap((g, i) => groupClauses(i, g.resolved, verdicts))
  const breaches = findBreaches(clauses.map((c) => new Set(c.values.keys())))
  for (const breach of breaches) for (const f of breach.facets) clauses[breach.clause]?.values.delete(f)
  for (const breach of breaches) {
    const clause = clauses[breach.clause]
    const against = clauses[breach.against]
    if (!clause || !against) continue
    const at = pathKey(groups[against.group]!.path)
    const rest = clause.values.size > 0
    for (const r of clause.from)
      if (r.outcome.emit.some((e) => breach.facets.includes(e.facet)))
        verdicts.set(r.path, droppedVerdict(verdicts.get(r.path)!, breach.rule, at, rest))
  }
  return {
    clauses: clauses.filter((c) => c.values.size > 0).map((c) => c.values),
    exclude: collect(excluded),
    breaches: breaches.flatMap((breach) => {
      const clause = clauses[breach.clause]
      const against = clauses[breach.against]
      return clause && against
        ? [
            {
              breach,
              path: groups[clause.group]!.path,
              againstPath: groups[against.group]!.path,
              facets: breach.facets,
            },
          ]
        : []
    }),
    bannedGroups: all.filter((r) => r.outcome.groupBanned).map((r) => r.path),
    verdicts: [...verdicts],
  }
}
