import { z } from 'zod'
import {
  CategorySchema,
  FACETS,
  GeoEntrySchema,
  LabelsSchema,
  LanguageEntrySchema,
  platformStatuses,
  searchIndex,
  searchIndexSteps,
  TermEntrySchema,
  FidelityStatusSchema,
  type Locale,
  type SearchIndex,
  type SearchRef,
  type Taxonomy,
  type TaxonomyParts,
} from '../audiences/index.js'

export const TAXONOMY_FACETS = [...FACETS, 'geo', 'language'] as const
export const TaxonomyFacetSchema = z.enum(TAXONOMY_FACETS)
export type TaxonomyFacet = z.infer<typeof TaxonomyFacetSchema>

const PathStepSchema = z.strictObject({
  kind: z.enum(['category', 'term', 'geo']),
  id: z.string(),
  labels: LabelsSchema,
})
const ChannelStatusSchema = z.strictObject({ status: FidelityStatusSchema, code: z.string(), message: z.string() })
const found = {
  path: z.array(PathStepSchema).meta({ description: 'Where the entry sits: browse categories, then broader entries.' }),
  narrower: z.int().nonnegative().meta({ description: 'How many entries sit directly under this one.' }),
  status: z
    .strictObject({ google: ChannelStatusSchema, meta: ChannelStatusSchema, linkedin: ChannelStatusSchema })
    .meta({
      description:
        'What each platform makes of the entry alone in an audience in Finland (Meta: Facebook and Instagram).',
    }),
  match: z
    .strictObject({ name: z.string(), locale: z.enum(['fi', 'sv', 'en']), score: z.number() })
    .optional()
    .meta({ description: 'The label or synonym the search matched (folded), and how well.' }),
}

export const TaxonomyItemSchema = z
  .discriminatedUnion('type', [
    TermEntrySchema.extend({ type: z.literal('term'), ...found }),
    GeoEntrySchema.extend({ type: z.literal('geo'), ...found }),
    LanguageEntrySchema.extend({ type: z.literal('language'), ...found }),
  ])
  .meta({
    id: 'TaxonomyItem',
    description: 'A term, place or language with its per-platform mappings and sources, its path and status.',
  })
export type TaxonomyItem = z.infer<typeof TaxonomyItemSchema>

export type TaxonomySearch = {
  q?: string | undefined
  facet?: TaxonomyFacet | undefined
  locale?: Locale | undefined
  category?: string | undefined
  parent?: string | undefined
}
export type TaxonomyRef = SearchRef & { match?: { name: string; locale: Locale; score: number } }

const INDEXES = new WeakMap<TaxonomyParts, SearchIndex>()
// Indexes being built a step at a time (warmTaxonomySearch); a search that cannot wait finishes the build itself.
const BUILDING = new WeakMap<TaxonomyParts, Generator<void, SearchIndex, void>>()

function indexOf(taxonomy: Taxonomy): SearchIndex {
  const known = INDEXES.get(taxonomy.names)
  if (known) return known
  const steps = BUILDING.get(taxonomy.names) ?? searchIndexSteps(taxonomy.names)
  let step = steps.next()
  while (!step.done) step = steps.next()
  BUILDING.delete(taxonomy.names)
  INDEXES.set(taxonomy.names, step.value)
  return step.value
}

/**
 * Builds the search index now rather than on the first search (the server does so once listening), one step per
 * turn of the event loop: the build takes a few hundred ms, and requests arriving meanwhile (the first health check,
 * a first page) are answered between its steps instead of after it. Resolves when the index is built.
 */
export function warmTaxonomySearch(taxonomy: Taxonomy): Promise<void> {
  const names = taxonomy.names
  if (INDEXES.has(names) || BUILDING.has(names)) return Promise.resolve()
  const steps = searchIndexSteps(names)
  BUILDING.set(names, steps)
  return new Promise((resolve) => {
    const next = () => {
      // A search may have finished the build (indexOf) since the last step.
      if (BUILDING.get(names) !== steps) return resolve()
      const step = steps.next()
      if (!step.done) return void setImmediate(next)
      BUILDING.delete(names)
      INDEXES.set(names, step.value)
      resolve()
    }
    setImmediate(next)
  })
}

const OTHER = 'other'
const categoryOf = (taxonomy: Taxonomy, key: string) => taxonomy.term(key)?.category ?? OTHER

function inCategory(taxonomy: Taxonomy, category: string | undefined, id: string): boolean {
  for (let at: string | null | undefined = category; at; at = taxonomy.categories.get(at)?.parent)
    if (at === id) return true
  return false
}

function keep(taxonomy: Taxonomy, search: TaxonomySearch) {
  return (ref: SearchRef) =>
    (!search.facet || ref.facet === search.facet) &&
    (!search.category ||
      (ref.type === 'term' && inCategory(taxonomy, categoryOf(taxonomy, ref.key), search.category))) &&
    (!search.parent || (ref.type === 'term' && taxonomy.term(ref.key)?.parent === search.parent))
}

/** The entries a search names, best first (all entries in taxonomy order when there are no words). */
export function findTaxonomy(taxonomy: Taxonomy, search: TaxonomySearch): TaxonomyRef[] {
  const index = indexOf(taxonomy)
  const wanted = keep(taxonomy, search)
  if ((search.q ?? '').trim() === '') return index.refs.filter(wanted)
  return searchIndex(index, search.q ?? '', search.locale)
    .filter((hit) => wanted(hit.ref))
    .map((hit) => ({ ...hit.ref, match: { name: hit.name, locale: hit.lang, score: Math.round(hit.score * 10) / 10 } }))
}

function pathOf(taxonomy: Taxonomy, ref: SearchRef): z.infer<typeof PathStepSchema>[] {
  const steps: z.infer<typeof PathStepSchema>[] = []
  if (ref.type === 'geo') {
    for (let at = taxonomy.geo.get(ref.key)?.parent; at; at = taxonomy.geo.get(at)?.parent ?? null) {
      const place = taxonomy.geo.get(at)
      if (!place) break
      steps.unshift({ kind: 'geo', id: place.key, labels: place.labels })
    }
    return steps
  }
  if (ref.type !== 'term') return steps
  const seen = new Set<string>()
  let top = ref.key
  for (let at = taxonomy.term(ref.key)?.parent; at && !seen.has(at); at = taxonomy.term(at)?.parent) {
    seen.add(at)
    const broader = taxonomy.term(at)
    if (!broader) break
    steps.unshift({ kind: 'term', id: broader.key, labels: broader.labels })
    top = broader.key
  }
  for (let at: string | null | undefined = categoryOf(taxonomy, top); at; at = taxonomy.categories.get(at)?.parent) {
    const category = taxonomy.categories.get(at)
    if (!category) break
    steps.unshift({ kind: 'category', id: category.id, labels: category.labels })
  }
  return steps
}

/** One entry as the API and the editor show it: with its path, what each platform makes of it and the match. */
export function taxonomyItemOf(taxonomy: Taxonomy, ref: TaxonomyRef): TaxonomyItem {
  const common = { path: pathOf(taxonomy, ref), ...(ref.match ? { match: ref.match } : {}) }
  switch (ref.type) {
    case 'term': {
      const entry = taxonomy.term(ref.key)!
      const status = platformStatuses({ type: 'term', entry }, taxonomy)
      return { ...entry, type: 'term', ...common, narrower: taxonomy.termChildren(ref.key).length, status }
    }
    case 'geo': {
      const entry = taxonomy.geo.get(ref.key)!
      const status = platformStatuses({ type: 'geo', entry }, taxonomy)
      return { ...entry, type: 'geo', ...common, narrower: taxonomy.geoChildren(ref.key).length, status }
    }
    case 'language': {
      const entry = [...taxonomy.languages.values()].find((l) => l.key === ref.key)!
      const status = platformStatuses({ type: 'language', entry }, taxonomy)
      return { ...entry, type: 'language', ...common, narrower: 0, status }
    }
  }
}

export const CategoryItemSchema = CategorySchema.extend({
  path: z.array(PathStepSchema),
  categories: z.int().nonnegative().meta({ description: 'Categories directly under this one.' }),
  terms: z.int().nonnegative().meta({ description: 'Terms in this category and the ones under it.' }),
}).meta({ id: 'TaxonomyCategory', description: 'A browse category of the vocabulary.' })
export type CategoryItem = z.infer<typeof CategoryItemSchema>

const COUNTS = new WeakMap<Taxonomy, Map<string, number>>()

// Terms per category, its sub-categories included; counted once per taxonomy.
function termCounts(taxonomy: Taxonomy): Map<string, number> {
  const known = COUNTS.get(taxonomy)
  if (known) return known
  const counts = new Map<string, number>()
  for (const entry of taxonomy.terms.values())
    for (let at: string | null | undefined = entry.category ?? OTHER; at; at = taxonomy.categories.get(at)?.parent)
      counts.set(at, (counts.get(at) ?? 0) + 1)
  COUNTS.set(taxonomy, counts)
  return counts
}

export function categoryItemOf(taxonomy: Taxonomy, id: string): CategoryItem | undefined {
  const category = taxonomy.categories.get(id)
  if (!category) return undefined
  const path: z.infer<typeof PathStepSchema>[] = []
  for (let at = category.parent; at; at = taxonomy.categories.get(at)?.parent ?? null) {
    const above = taxonomy.categories.get(at)
    if (!above) break
    path.unshift({ kind: 'category', id: above.id, labels: above.labels })
  }
  const children = [...taxonomy.categories.values()].filter((c) => c.parent === id).length
  return { ...category, path, categories: children, terms: termCounts(taxonomy).get(id) ?? 0 }
}

/** The categories directly under a category (or the top ones), in data order. */
export const childCategories = (taxonomy: Taxonomy, parent: string | null): CategoryItem[] =>
  [...taxonomy.categories.values()].filter((c) => c.parent === parent).map((c) => categoryItemOf(taxonomy, c.id)!)

/** The terms a category shows first: those in it whose broader term is not in it too. */
export function categoryTerms(taxonomy: Taxonomy, id: string): TaxonomyRef[] {
  return indexOf(taxonomy).refs.filter((ref) => {
    if (ref.type !== 'term' || categoryOf(taxonomy, ref.key) !== id) return false
    const parent = taxonomy.term(ref.key)?.parent
    return !parent || categoryOf(taxonomy, parent) !== id
  })
}
