import { z } from 'zod'
import { LocaleSchema } from '../../audiences/index.js'
import { pageOf, pageQueryShape, pageSchemaOf } from '../list-paging.js'
import { searchTaxonomy, TaxonomyFacetSchema, TaxonomyItemSchema } from '../taxonomy-search.js'
import { defineRoute } from './route-table.js'

const TaxonomyQuerySchema = z.strictObject({
  q: z.string().max(100).optional().meta({ description: 'Words to find in labels and synonyms (case-insensitive).' }),
  facet: TaxonomyFacetSchema.optional().meta({ description: 'A term facet, or geo or language.' }),
  locale: LocaleSchema.optional().meta({ description: 'Search only this language’s labels and synonyms.' }),
  ...pageQueryShape,
})

const TaxonomyPageSchema = pageSchemaOf(TaxonomyItemSchema).meta({ id: 'TaxonomyPage' })

export const taxonomyRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/v1/taxonomy',
    summary: 'Search the taxonomy: terms, places and languages with their platform mappings',
    tags: ['taxonomy'],
    query: TaxonomyQuerySchema,
    responses: { 200: { description: 'One page of matching entries.', schema: TaxonomyPageSchema } },
    handle: ({ query }, { taxonomy }) => ({ status: 200, body: pageOf(searchTaxonomy(taxonomy, query), query) }),
  }),
]
