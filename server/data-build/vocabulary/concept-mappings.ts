// One agency concept's per-platform mappings: every id is looked up in the imported table it names.
import type { ChannelMapping, ExtraId } from '../../../audiences/taxonomy/taxonomy-schema.js'
import type { Concept } from './concept-schema.js'
import { googleMappingOf } from './google-vocabulary.js'
import { linkedinMappingOf, type LinkedInKind } from './linkedin-vocabulary.js'
import { linkedinLookup, metaLookup } from './lookups.js'
import type { GoogleCategoryRow, LinkedInRow } from './platform-tables.js'

export type PlatformTables = {
  google: ReadonlyMap<string, GoogleCategoryRow>
  linkedin: Record<LinkedInKind, ReadonlyMap<string, LinkedInRow>>
}

export const LINKEDIN_ORDER: readonly LinkedInKind[] = ['industries', 'functions', 'seniorities', 'staffCountRanges']

const extraOf = (m: ChannelMapping): ExtraId => ({
  target: m.target,
  id: m.id!,
  ...(m.name ? { name: m.name } : {}),
  source: m.source!,
  ...(m.confidence ? { confidence: m.confidence } : {}),
  ...(m.copied ? { copied: m.copied } : {}),
})

// The first mapping carries the identifier; the others ride along in `also`.
function joined(mappings: readonly ChannelMapping[], combine?: 'any' | 'all'): ChannelMapping | undefined {
  const [first, ...rest] = mappings
  if (!first) return undefined
  return {
    ...first,
    ...(rest.length > 0 ? { also: rest.map(extraOf) } : {}),
    ...(combine === 'all' && mappings.length > 1 ? { combine } : {}),
  }
}

/** Problems with the ids a concept names: each must be a row of the imported platform table. */
export function unknownIds(concept: Concept, tables: PlatformTables): string[] {
  const problems: string[] = []
  for (const id of concept.google?.userInterests ?? [])
    if (!tables.google.has(id)) problems.push(`Google category ${id} is not in google-user-interests.csv`)
  if (concept.google?.approximation && (concept.google.userInterests ?? []).length === 0)
    problems.push('an approximation needs the Google categories it approximates with')
  for (const kind of LINKEDIN_ORDER)
    for (const id of concept.linkedin?.[kind] ?? [])
      if (!tables.linkedin[kind].has(id))
        problems.push(`LinkedIn ${kind} "${id}" is not in the imported LinkedIn table`)
  return problems
}

export function googleOf(concept: Concept, tables: PlatformTables): ChannelMapping | undefined {
  const ids = concept.google?.userInterests ?? []
  const approximation = concept.google?.approximation
  if (ids.length > 0) {
    const mapping = joined(ids.map((id) => googleMappingOf(tables.google.get(id)!)))!
    return approximation ? { ...mapping, approximation } : mapping
  }
  const keywords = concept.google?.keywords ?? []
  if (keywords.length === 0) return undefined
  return {
    target: 'custom_audience',
    id: null,
    source: null,
    confirmed: null,
    fallback: { kind: 'customAudience', keywords: [...new Set(keywords)], urls: [] },
  }
}

export function metaOf(concept: Concept, confirmed: string): ChannelMapping | undefined {
  const ids = concept.meta?.ids ?? []
  const field = metaLookup(concept.facet, concept.labels.en)?.target ?? 'interests'
  if (ids.length > 0)
    return joined(
      ids.map((i) => ({
        target: i.target ?? field,
        id: i.id,
        ...(i.name ? { name: i.name } : {}),
        source: i.source,
        confirmed,
        confidence: i.confidence ?? 'public-code',
        copied: 'unknown',
      })),
    )
  const query = concept.meta?.query
  if (!query) return undefined
  return metaLookup(concept.facet, query) ?? metaLookup('interest', query)
}

export function linkedinOf(concept: Concept, tables: PlatformTables): ChannelMapping | undefined {
  const li = concept.linkedin
  if (!li) return undefined
  const mappings = LINKEDIN_ORDER.flatMap((kind) =>
    li[kind].map((id) => linkedinMappingOf(kind, tables.linkedin[kind].get(id)!)),
  )
  if (mappings.length > 0) return joined(mappings, li.combine)
  return li.query ? (linkedinLookup(concept.facet, li.query) ?? linkedinLookup('title', li.query)) : undefined
}
