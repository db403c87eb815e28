import { z } from 'zod'
import {
  FACETS,
  GeoEntrySchema,
  LanguageEntrySchema,
  normalizeName,
  TermEntrySchema,
  type Locale,
  type Taxonomy,
} from '../audiences/index.js'

export const TAXONOMY_FACETS = [...FACETS, 'geo', 'language'] as const
export const TaxonomyFacetSchema = z.enum(TAXONOMY_FACETS)
export type TaxonomyFacet = z.infer<typeof TaxonomyFacetSchema>

export const TaxonomyItemSchema = z
  .discriminatedUnion('type', [
    TermEntrySchema.extend({ type: z.literal('term') }),
    GeoEntrySchema.extend({ type: z.literal('geo') }),
    LanguageEntrySchema.extend({ type: z.literal('language') }),
  ])
  .meta({ id: 'TaxonomyItem', description: 'A term, place or language with its per-platform mappings and sources.' })
export type TaxonomyItem = z.infer<typeof TaxonomyItemSchema>

export type TaxonomySearch = { q?: string | undefined; facet?: TaxonomyFacet | undefined; locale?: Locale | undefined }

const facetOf = (item: TaxonomyItem): TaxonomyFacet => (item.type === 'term' ? item.facet : item.type)

function namesOf(item: TaxonomyItem, locale: Locale | undefined): string[] {
  const locales = locale ? [locale] : (['fi', 'sv', 'en'] as const)
  return locales.flatMap((l) => [item.labels[l], ...item.synonyms[l]]).map(normalizeName)
}

// 0 an exact name, 1 a name starting with the query, 2 a name containing it; undefined when nothing matches.
function rankOf(item: TaxonomyItem, q: string, locale: Locale | undefined): number | undefined {
  const names = namesOf(item, locale)
  if (names.includes(q)) return 0
  if (names.some((n) => n.startsWith(q))) return 1
  return names.some((n) => n.includes(q)) || item.key.includes(q) ? 2 : undefined
}

/** Taxonomy entries matching a case-insensitive search over labels and synonyms, best matches first. */
export function searchTaxonomy(taxonomy: Taxonomy, search: TaxonomySearch): TaxonomyItem[] {
  const all: TaxonomyItem[] = [
    ...[...taxonomy.terms.values()].map((e) => ({ ...e, type: 'term' as const })),
    ...[...taxonomy.geo.values()].map((e) => ({ ...e, type: 'geo' as const })),
    ...[...taxonomy.languages.values()].map((e) => ({ ...e, type: 'language' as const })),
  ]
  const inFacet = search.facet ? all.filter((item) => facetOf(item) === search.facet) : all
  const q = normalizeName(search.q ?? '')
  if (q === '') return inFacet
  return inFacet
    .map((item) => ({ item, rank: rankOf(item, q, search.locale) }))
    .filter((r): r is { item: TaxonomyItem; rank: number } => r.rank !== undefined)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => r.item)
}
