// How much of what agencies type the vocabulary finds, and what each platform then makes of it.
import { z } from 'zod'
import {
  compileAudience,
  FacetSchema,
  platformStatuses,
  type Audience,
  type FidelityStatus,
  type Taxonomy,
} from '../audiences/index.js'
import { findTaxonomy } from '../server/taxonomy-search.js'

export const ConceptListSchema = z.array(
  z.strictObject({
    concept: z.string().min(1),
    locale: z.enum(['fi', 'sv', 'en']),
    text: z.string().min(1),
    expect: z.strictObject({ facet: FacetSchema }),
  }),
)
export type ConceptList = z.infer<typeof ConceptListSchema>

// exact: a native id; fallback: Google's custom segment of keywords; approximated: other widening;
// unresolved: a live lookup must find the id; unsupported: the platform cannot target it.
export const OUTCOMES = ['exact', 'approximated', 'fallback', 'unresolved', 'unsupported'] as const
export type Outcome = (typeof OUTCOMES)[number]
export const PLATFORMS = ['google', 'meta', 'linkedin'] as const
type Platform = (typeof PLATFORMS)[number]

export type PhraseResult = {
  concept: string
  locale: string
  text: string
  key: string | null
  top: boolean
  outcomes: Record<Platform, Outcome>
}
// The editor shows this many suggestions before scrolling: a phrase is found when one of them has its facet.
export const SHOWN = 5

const outcomeOf = (status: FidelityStatus, code: string): Outcome =>
  status === 'approximated' && code === 'custom_segment' ? 'fallback' : status

const FREE_TEXT_CHANNELS = { google: 'google', meta: 'facebook', linkedin: 'linkedin' } as const

// A phrase the vocabulary does not know goes in as free text: what each platform makes of that.
function freeText(text: string, facet: z.infer<typeof FacetSchema>, taxonomy: Taxonomy): Record<Platform, Outcome> {
  const audience: Audience = {
    name: 'coverage',
    tags: [],
    locale: 'fi',
    specialAdCategory: 'none',
    geo: { include: [{ country: 'FI' }], exclude: [], presence: 'home' },
    age: { min: 18 },
    genders: [],
    languages: [],
    include: [[{ facet, value: text }]],
    exclude: [],
  }
  const compiled = compileAudience(audience, taxonomy, Object.values(FREE_TEXT_CHANNELS))
  const at = (platform: Platform): Outcome => {
    const item = compiled[FREE_TEXT_CHANNELS[platform]]?.fidelity.items.find((i) => i.path.join('.') === 'include.0.0')
    return item ? outcomeOf(item.status, item.code) : 'unsupported'
  }
  return { google: at('google'), meta: at('meta'), linkedin: at('linkedin') }
}

export function phraseResults(list: ConceptList, taxonomy: Taxonomy): PhraseResult[] {
  return list.map(({ concept, locale, text, expect }) => {
    const hits = findTaxonomy(taxonomy, { q: text })
      .filter((r) => r.type === 'term')
      .slice(0, SHOWN)
    const hit = hits.find((r) => r.facet === expect.facet)
    if (!hit) return { concept, locale, text, key: null, top: false, outcomes: freeText(text, expect.facet, taxonomy) }
    const statuses = platformStatuses({ type: 'term', entry: taxonomy.term(hit.key)! }, taxonomy)
    const outcomes = Object.fromEntries(
      PLATFORMS.map((p) => [p, outcomeOf(statuses[p].status, statuses[p].code)]),
    ) as Record<Platform, Outcome>
    return { concept, locale, text, key: hit.key, top: hits[0] === hit, outcomes }
  })
}

export type Coverage = {
  phrases: number
  found: number
  foundFirst: number
  concepts: number
  conceptsFound: number
  // Per platform, over found phrases: how many of each outcome.
  channels: Record<Platform, Record<Outcome, number>>
  // Concepts whose found phrases reach a native Google id of the same meaning.
  googleNative: number
  // Concepts that reach a native Google id only through a broader or neighbouring segment (CTOs → technology industry).
  googleApproximated: number
  notFound: string[]
}

const nativeOn = (outcome: Outcome) => (rs: readonly PhraseResult[]) =>
  rs.some((r) => r.key !== null && r.outcomes.google === outcome)

export function coverageOf(results: readonly PhraseResult[]): Coverage {
  const found = results.filter((r) => r.key !== null)
  const byConcept = new Map<string, PhraseResult[]>()
  for (const r of results) byConcept.set(r.concept, [...(byConcept.get(r.concept) ?? []), r])
  const concepts = [...byConcept.values()]
  // A concept is found when most of the ways people write it are (ties count as found).
  const conceptFound = (rs: readonly PhraseResult[]) => rs.filter((r) => r.key !== null).length * 2 >= rs.length
  const channels = Object.fromEntries(
    PLATFORMS.map((p) => [
      p,
      Object.fromEntries(OUTCOMES.map((o) => [o, found.filter((r) => r.outcomes[p] === o).length])),
    ]),
  ) as Coverage['channels']
  return {
    phrases: results.length,
    found: found.length,
    foundFirst: found.filter((r) => r.top).length,
    concepts: concepts.length,
    conceptsFound: concepts.filter(conceptFound).length,
    channels,
    googleNative: concepts.filter(nativeOn('exact')).length,
    googleApproximated: concepts.filter((rs) => !nativeOn('exact')(rs) && nativeOn('approximated')(rs)).length,
    notFound: results.filter((r) => r.key === null).map((r) => `${r.locale}:${r.text}`),
  }
}

/** Per country and kind of place: how many there are, how many carry a Google geo constant, how many a centre. */
export type PlaceCoverage = { country: string; kind: string; places: number; google: number; centre: number }

export function placeCoverage(taxonomy: Taxonomy, countries: readonly string[] = ['FI', 'SE']): PlaceCoverage[] {
  const geo = [...taxonomy.geo.values()]
  return countries.flatMap((country) =>
    (['region', 'municipality', 'city'] as const).map((kind) => {
      const all = geo.filter((g) => g.country === country && g.kind === kind)
      return {
        country,
        kind,
        places: all.length,
        google: all.filter((g) => g.channels.google?.id).length,
        centre: all.filter((g) => g.centre !== null).length,
      }
    }),
  )
}
