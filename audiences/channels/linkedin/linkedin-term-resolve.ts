import type { Term } from '../../model/audience-schema.js'
import { FREE_TEXT_FACETS } from '../../model/facets.js'
import type { ChannelMapping } from '../../taxonomy/taxonomy-schema.js'
import type { Taxonomy } from '../../taxonomy/taxonomy.js'
import {
  FACET_TARGETS,
  INCLUDE_ONLY_FACETS,
  isLinkedInFacet,
  lookupFor,
  type LinkedInFacet,
} from './linkedin-facets.js'
import { verdict, type Verdict } from './linkedin-verdict.js'

export type TermSide = 'include' | 'exclude'
export type TermContext = { targetsEea: boolean; dsaCode: string | undefined; side: TermSide }
export type Emit = { facet: LinkedInFacet; urn: string }
// A resolved term: what to report, and the facet values to emit. combine "all": one value of every facet must
// match (a job function AND a seniority); "any": one value of any facet.
export type TermOutcome = { verdict: Verdict; emit: Emit[]; combine: 'any' | 'all'; groupBanned: boolean }

const report = (v: Verdict): TermOutcome => ({ verdict: v, emit: [], combine: 'any', groupBanned: false })

const uploadList = (label: string): TermOutcome =>
  report(
    verdict(
      'unresolved',
      'matched_audience_not_uploaded',
      `"${label}" is a customer list: upload it in Campaign Manager as a matched audience, then store its urn:li:adSegment id (audienceMatchingSegments are account-specific).`,
    ),
  )

const lookUp = (code: string, facet: LinkedInFacet, label: string, query: string): TermOutcome =>
  report(
    verdict(
      'unresolved',
      code,
      `"${label}" has no confirmed LinkedIn ${facet} URN: look it up with ${lookupFor(facet, query)} and store the result.`,
    ),
  )

/** Decides how one include or exclude term reaches LinkedIn: a facet URN, a lookup to run, or a reason it cannot. */
export function resolveTerm(term: Term, taxonomy: Taxonomy, context: TermContext): TermOutcome {
  if (context.dsaCode)
    return report(
      verdict(
        'unsupported',
        context.dsaCode,
        `"${term.value}" was removed: the DSA forbids ads based on it in the EU (see policy).`,
      ),
    )
  const entry = FREE_TEXT_FACETS.has(term.facet) ? undefined : taxonomy.term(term.value)
  const mapping = entry?.channels.linkedin
  if (entry && mapping) return fromMapping(mapping, entry.labels.en, term, context)
  const label = entry?.labels.en ?? term.value
  const target = FACET_TARGETS[term.facet]
  // Free text may name a professional topic LinkedIn has: a lookup decides, nothing typed is dropped unasked.
  if (!entry && term.facet === 'interest') return lookUp('free_text_lookup', 'interests', label, label)
  if (target.facet === null) return report(verdict('unsupported', target.code, `"${label}": ${target.reason}.`))
  if (target.facet === 'audienceMatchingSegments') return uploadList(label)
  return lookUp(entry ? 'term_urn_unknown' : 'free_text_lookup', target.facet, label, label)
}

function fromMapping(mapping: ChannelMapping, label: string, term: Term, context: TermContext): TermOutcome {
  const facet = mapping.target
  if (!isLinkedInFacet(facet))
    return report(
      verdict('unsupported', 'mapping_target_unknown', `"${label}" maps to "${facet}", which is not a LinkedIn facet.`),
    )
  if (facet === 'groups' && context.targetsEea)
    return {
      ...report(
        verdict(
          'unsupported',
          'eea_group_ban',
          `"${label}" is LinkedIn Group membership, which LinkedIn no longer allows for audiences in the EU/EEA (since 2024-06-07): removed.`,
        ),
      ),
      groupBanned: true,
    }
  if (context.side === 'exclude' && INCLUDE_ONLY_FACETS.has(facet))
    return report(
      verdict(
        'unsupported',
        'facet_include_only',
        `"${label}": LinkedIn's ${facet} facet can only include, not exclude.`,
      ),
    )
  if (mapping.id !== null) return idsOutcome({ ...mapping, id: mapping.id }, facet, label, context)
  const fallback = mapping.fallback
  if (fallback?.kind === 'unsupported') {
    // A kohde facet with no LinkedIn home keeps its own code (income_unsupported…), whatever facet the data names.
    const home = FACET_TARGETS[term.facet]
    const code = home.facet === null ? home.code : 'term_unsupported'
    return report(verdict('unsupported', code, `"${label}": ${fallback.reason.replace(/\.$/, '')}.`))
  }
  if (facet === 'audienceMatchingSegments') return uploadList(label)
  if (facet === 'dynamicSegments')
    return report(
      verdict(
        'unresolved',
        'retargeting_segment_missing',
        `"${label}" needs a retargeting segment built from LinkedIn's Insight Tag in Campaign Manager; store its urn:li:adSegment id.`,
      ),
    )
  return lookUp(
    'term_urn_unknown',
    facet,
    label,
    fallback?.kind === 'lookup' ? fallback.query : (mapping.name ?? label),
  )
}

// The mapping's first id and its `also`; an id of a facet LinkedIn does not have, or cannot exclude, is left out.
function idsOutcome(
  mapping: ChannelMapping & { id: string },
  facet: LinkedInFacet,
  label: string,
  context: TermContext,
): TermOutcome {
  const all = [{ target: facet, id: mapping.id }, ...(mapping.also ?? [])]
  const emit: Emit[] = []
  const left: string[] = []
  for (const { target, id } of all)
    if (isLinkedInFacet(target) && !(context.side === 'exclude' && INCLUDE_ONLY_FACETS.has(target)))
      emit.push({ facet: target, urn: id })
    else left.push(`${target} ${id}`)
  const combine = mapping.combine === 'all' && new Set(emit.map((e) => e.facet)).size > 1 ? 'all' : 'any'
  // Leaving people out who hold a function AND a seniority cannot be said in one exclude OR: it would drop all of both.
  if (combine === 'all' && context.side === 'exclude')
    return report(
      verdict(
        'unsupported',
        'combination_not_excludable',
        `"${label}" is a combination (${describe(emit, 'and')}); LinkedIn excludes any one facet value, so it was not excluded.`,
      ),
    )
  const joined = describe(emit, combine === 'all' ? 'and' : 'or')
  const v =
    left.length === 0
      ? verdict('exact', 'term_exact', `"${label}" is LinkedIn ${joined}.`)
      : verdict('approximated', 'term_partly_mapped', `"${label}" is LinkedIn ${joined}; left out: ${left.join(', ')}.`)
  return { verdict: v, emit, combine, groupBanned: false }
}

function describe(emit: readonly Emit[], word: 'and' | 'or'): string {
  const byFacet = new Map<LinkedInFacet, string[]>()
  for (const e of emit) byFacet.set(e.facet, [...(byFacet.get(e.facet) ?? []), e.urn])
  return [...byFacet].map(([facet, urns]) => `${facet} ${urns.join(' or ')}`).join(` ${word} `)
}
