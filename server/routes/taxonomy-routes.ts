import { z } from 'zod'
import { LocaleSchema } from '../../audiences/index.js'
import { agencyTaxonomy } from '../connectors/connections.js'
import { pageOf, pageQueryShape, pageSchemaOf } from '../http/list-paging.js'
import {
  CategoryItemSchema,
  categoryItemOf,
  categoryTerms,
  childCategories,
  findTaxonomy,
  TaxonomyFacetSchema,
  TaxonomyItemSchema,
  taxonomyItemOf,
} from '../taxonomy-search.js'
import { defineRoute, type AppDeps, type RouteInput } from './route-table.js'
import { callerOf, found } from './stored-objects.js'

const KeySchema = z.string().max(200)

const TaxonomyQuerySchema = z.strictObject({
  q: z
    .string()
    .max(100)
    .optional()
    .meta({ description: 'Words to find in labels and synonyms in fi, sv and en: whole, inflected or begun.' }),
  facet: TaxonomyFacetSchema.optional().meta({ description: 'A term facet, or geo or language.' }),
  locale: LocaleSchema.optional().meta({ description: 'Search only this language’s labels and synonyms.' }),
  category: KeySchema.optional().meta({ description: 'Only terms in this browse category or one under it.' }),
  parent: KeySchema.optional().meta({ description: 'Only the terms directly under this term.' }),
  ...pageQueryShape,
})
const CategoriesQuerySchema = z.strictObject({
  parent: KeySchema.optional().meta({ description: 'The categories under this one; the top ones when absent.' }),
  ...pageQueryShape,
})
const CategoryQuerySchema = z.strictObject({ ...pageQueryShape })

const TaxonomyPageSchema = pageSchemaOf(TaxonomyItemSchema).meta({ id: 'TaxonomyPage' })
const CategoryPageSchema = pageSchemaOf(CategoryItemSchema).meta({ id: 'TaxonomyCategoryPage' })
const CategoryDetailSchema = z
  .strictObject({
    category: CategoryItemSchema,
    categories: z.array(CategoryItemSchema).meta({ description: 'The categories directly under it.' }),
    items: z.array(TaxonomyItemSchema).meta({ description: 'One page of its terms that no broader term in it holds.' }),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'TaxonomyCategoryDetail' })

// The caller's agency's taxonomy: statuses then show the identifiers its live lookups stored.
const taxonomyOf = (input: RouteInput<unknown, unknown>, deps: AppDeps) =>
  agencyTaxonomy(deps, callerOf(input).actor.agencyId)

export const taxonomyRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/v1/taxonomy',
    summary: 'Search the taxonomy: terms, places and languages with their platform mappings, path and status',
    tags: ['taxonomy'],
    query: TaxonomyQuerySchema,
    responses: { 200: { description: 'One page of matching entries, best first.', schema: TaxonomyPageSchema } },
    handle: async (input, deps) => {
      const taxonomy = await taxonomyOf(input, deps)
      const page = pageOf(findTaxonomy(taxonomy, input.query), input.query)
      return { status: 200, body: { ...page, items: page.items.map((ref) => taxonomyItemOf(taxonomy, ref)) } }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/taxonomy/categories',
    summary: 'Browse the vocabulary: the categories under one category, or the top ones',
    tags: ['taxonomy'],
    query: CategoriesQuerySchema,
    responses: { 200: { description: 'One page of categories.', schema: CategoryPageSchema } },
    handle: async (input, deps) => {
      const taxonomy = await taxonomyOf(input, deps)
      if (input.query.parent !== undefined) found(taxonomy.categories.get(input.query.parent), 'category')
      return { status: 200, body: pageOf(childCategories(taxonomy, input.query.parent ?? null), input.query) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/taxonomy/categories/:id',
    summary: 'One browse category: its path, the categories under it and a page of its terms',
    tags: ['taxonomy'],
    query: CategoryQuerySchema,
    responses: { 200: { description: 'The category.', schema: CategoryDetailSchema } },
    errors: ['not_found'],
    handle: async (input, deps) => {
      const taxonomy = await taxonomyOf(input, deps)
      const id = input.params.id ?? ''
      const category = found(categoryItemOf(taxonomy, id), 'category')
      const page = pageOf(categoryTerms(taxonomy, id), input.query)
      return {
        status: 200,
        body: {
          category,
          categories: childCategories(taxonomy, id),
          items: page.items.map((ref) => taxonomyItemOf(taxonomy, ref)),
          nextCursor: page.nextCursor,
        },
      }
    },
  }),
]
