// The rules across agency concepts (concepts-format.md): unique keys, known ids and categories, extending a
// hand-written entry of the same key, and which platform categories a concept claims as its own.
import type { Category, ChannelMapping, Platform, TermEntry } from '../../../audiences/taxonomy/taxonomy-schema.js'
import type { Concept, ConceptFile } from './concept-schema.js'
import { googleOf, linkedinOf, metaOf, unknownIds, type PlatformTables } from './concept-mappings.js'
import { IMPORTED } from './platform-sources.js'

export type ConceptOutcome = {
  terms: TermEntry[]
  categories: Category[]
  // Google category id → the key standing for it; LinkedIn URN → the key standing for it.
  googleClaims: Map<string, string>
  linkedinClaims: Map<string, string>
  problems: string[]
}

const SENSITIVE_REASON = (what: string) =>
  `In the EU, DSA Art. 26(3) forbids ads based on profiling by ${what} (a GDPR Art. 9 special category), and the platforms removed such targeting options. Target by context instead.`

const lower = (s: string) => s.toLocaleLowerCase('fi')

function uniqueWords(label: string, ...lists: (readonly string[])[]): string[] {
  const seen = new Set([lower(label)])
  return lists.flat().filter((w) => !seen.has(lower(w)) && seen.add(lower(w)) !== undefined)
}

function categoryProblems(categories: readonly Category[]): string[] {
  const problems: string[] = []
  const ids = new Map<string, Category>()
  for (const c of categories) {
    if (ids.has(c.id)) problems.push(`category "${c.id}" is listed twice`)
    ids.set(c.id, c)
  }
  for (const c of categories) {
    const seen = new Set<string>()
    for (let at: Category | undefined = c; at?.parent; at = ids.get(at.parent)) {
      if (!ids.has(at.parent)) problems.push(`category "${at.id}" names an unknown parent "${at.parent}"`)
      if (seen.has(at.id)) {
        problems.push(`category "${c.id}" is inside itself`)
        break
      }
      seen.add(at.id)
    }
  }
  return problems
}

const hasId = (m: ChannelMapping | undefined) => m?.id != null

// A platform's mapping from the concept is taken where the hand-written entry has no identifier there.
function extended(entry: TermEntry, concept: TermEntry): TermEntry {
  const channels: TermEntry['channels'] = { ...entry.channels }
  for (const platform of ['google', 'meta', 'linkedin'] as const satisfies readonly Platform[]) {
    const own = entry.channels[platform]
    const theirs = concept.channels[platform]
    if (theirs && (!own || (!hasId(own) && hasId(theirs)))) channels[platform] = theirs
  }
  const labels = concept.labels
  return {
    ...entry,
    labels,
    synonyms: {
      fi: uniqueWords(labels.fi, entry.synonyms.fi, concept.synonyms.fi),
      sv: uniqueWords(labels.sv, entry.synonyms.sv, concept.synonyms.sv),
      en: uniqueWords(labels.en, entry.synonyms.en, concept.synonyms.en),
    },
    labelsReviewed: concept.labelsReviewed ?? true,
    ...(concept.category ? { category: concept.category } : {}),
    ...(entry.share || !concept.share ? {} : { share: concept.share }),
    ...(entry.sensitive || !concept.sensitive ? {} : { sensitive: concept.sensitive }),
    channels,
  }
}

function entryOf(concept: Concept, tables: PlatformTables): TermEntry {
  const google = googleOf(concept, tables)
  const meta = metaOf(concept, IMPORTED)
  const linkedin = linkedinOf(concept, tables)
  const refused = concept.sensitive && {
    target: 'interests',
    id: null,
    source: 'platforms.md §4',
    confirmed: null,
    fallback: { kind: 'unsupported' as const, reason: SENSITIVE_REASON(concept.sensitive) },
  }
  // Google's name becomes a synonym of the concept that stands for the category, never of an approximation.
  const claimed = concept.google?.approximation ? [] : (concept.google?.userInterests ?? []).slice(0, 1)
  const claimedNames = claimed.map((id) => tables.google.get(id)!.name)
  return {
    key: concept.key,
    facet: concept.facet,
    labels: concept.labels,
    synonyms: {
      fi: uniqueWords(concept.labels.fi, concept.synonyms.fi),
      sv: uniqueWords(concept.labels.sv, concept.synonyms.sv),
      en: uniqueWords(concept.labels.en, concept.synonyms.en, claimedNames),
    },
    labelsReviewed: concept.labelsReviewed,
    category: concept.category,
    ...(concept.sensitive ? { sensitive: concept.sensitive } : {}),
    ...(concept.share ? { share: concept.share } : {}),
    channels: refused
      ? { google: google ?? refused, meta: refused, linkedin: refused }
      : { ...(google ? { google } : {}), ...(meta ? { meta } : {}), ...(linkedin ? { linkedin } : {}) },
  }
}

const isGeneratedKey = (key: string) => /\.(google|linkedin)-/.test(key)

/** Checks the concept file against itself, the hand-written entries and the platform tables, then merges it. */
export function applyConcepts(
  file: ConceptFile,
  handWritten: readonly TermEntry[],
  tables: PlatformTables,
): ConceptOutcome {
  const categories: Category[] = file.categories.map((c) => ({ ...c, labelsReviewed: true }))
  const problems = categoryProblems(categories)
  const categoryIds = new Set(categories.map((c) => c.id))
  const existing = new Map(handWritten.map((e) => [e.key, e]))
  const keys = new Set<string>()
  const terms: TermEntry[] = []
  let previous = ''
  for (const concept of file.concepts) {
    const at = `concept ${concept.key}`
    if (keys.has(concept.key)) problems.push(`${at} is listed twice`)
    if (concept.key < previous) problems.push(`${at} is out of order: concepts are sorted by key (after ${previous})`)
    previous = concept.key
    keys.add(concept.key)
    if (isGeneratedKey(concept.key))
      problems.push(`${at}: ".google-" and ".linkedin-" keys are reserved for generated entries`)
    if (!categoryIds.has(concept.category)) problems.push(`${at} names an unknown category "${concept.category}"`)
    const unknown = unknownIds(concept, tables)
    problems.push(...unknown.map((p) => `${at}: ${p}`))
    if (unknown.length > 0) continue
    const own = entryOf(concept, tables)
    const base = existing.get(concept.key)
    if (base && base.facet !== concept.facet)
      problems.push(`${at} is a ${concept.facet}, but the hand-written entry of that key is a ${base.facet}`)
    terms.push(base ? extended(base, own) : own)
  }
  const merged = new Set(terms.map((t) => t.key))
  const entries = [...handWritten.filter((e) => !merged.has(e.key)), ...terms]
  const { googleClaims, linkedinClaims } = claimsOf(entries, tables, problems)
  return { terms: terms.sort((a, b) => (a.key < b.key ? -1 : 1)), categories, googleClaims, linkedinClaims, problems }
}

const GOOGLE_CATEGORY_TARGETS = new Set(['user_interest', 'life_event', 'extended_demographic'])

// Each platform id stands for one key at most: a second claim is an error, never a silent duplicate.
function claimsOf(entries: readonly TermEntry[], tables: PlatformTables, problems: string[]) {
  const googleClaims = new Map<string, string>()
  const linkedinClaims = new Map<string, string>()
  const claim = (map: Map<string, string>, id: string, key: string) => {
    const holder = map.get(id)
    if (holder && holder !== key) problems.push(`${key} and ${holder} both stand for ${id}; extend ${holder} instead`)
    else map.set(id, key)
  }
  for (const entry of entries) {
    // The first Google category a concept names is the one it stands for; further ones keep their own keys.
    // An approximation stands for nothing: the category keeps its own key (CTOs do not make up the technology industry).
    const g = entry.channels.google
    if (g?.id && !g.approximation && GOOGLE_CATEGORY_TARGETS.has(g.target) && tables.google.has(g.id))
      claim(googleClaims, g.id, entry.key)
    // One LinkedIn id alone: the entry is that industry, function, seniority or company size.
    const li = entry.channels.linkedin
    if (li?.id && !li.also) claim(linkedinClaims, li.id, entry.key)
  }
  return { googleClaims, linkedinClaims }
}
