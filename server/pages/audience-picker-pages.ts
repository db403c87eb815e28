import { z } from 'zod'
import { agencyTaxonomy } from '../connectors/connections.js'
import { HttpError } from '../http/http-errors.js'
import { translatorOf } from '../i18n/translate.js'
import { parseRequest } from '../http/parse-request.js'
import { findPlaces } from '../presenters/place-picker-presenter.js'
import { toBrowseView, toPickerHits, type PickerContext } from '../presenters/term-picker-presenter.js'
import type { AppDeps } from '../routes/route-table.js'
import { callerOf } from '../routes/stored-objects.js'
import { findTaxonomy, TaxonomyFacetSchema } from '../taxonomy-search.js'
import { definePage, type PageInput } from './page-table.js'

// The editor's pickers fetch these with the page's session cookie (GET only: nothing is written, so no CSRF token);
// the answers are already in the page's language, so the script only places text.
const EDITORS = ['admin', 'staff'] as const
const Limit = z.coerce.number().int().min(1).max(50).default(20)

const TermsQuerySchema = z.strictObject({
  q: z.string().max(100),
  facet: z.union([TaxonomyFacetSchema, z.literal('')]).optional(),
  limit: Limit,
})
const BrowseQuerySchema = z.strictObject({ category: z.string().max(200).optional() })
const PlacesQuerySchema = z.strictObject({ q: z.string().max(100), limit: Limit })

async function contextOf(input: PageInput, deps: AppDeps): Promise<PickerContext> {
  const taxonomy = await agencyTaxonomy(deps, callerOf(input).actor.agencyId)
  return { t: translatorOf(input.locale), locale: input.locale, taxonomy }
}

export const AUDIENCE_PICKER_PAGES = [
  definePage({
    method: 'get',
    path: '/audiences/picker/terms',
    auth: EDITORS,
    answers: 'json',
    async handle(input, deps) {
      const query = parseRequest(TermsQuerySchema, input.query)
      const context = await contextOf(input, deps)
      const refs =
        query.q.trim() === '' ? [] : findTaxonomy(context.taxonomy, { q: query.q, facet: query.facet || undefined })
      const terms = refs.filter((ref) => ref.type === 'term')
      return { json: { items: toPickerHits(terms.slice(0, query.limit), context), total: terms.length } }
    },
  }),
  definePage({
    method: 'get',
    path: '/audiences/picker/browse',
    auth: EDITORS,
    answers: 'json',
    async handle(input, deps) {
      const query = parseRequest(BrowseQuerySchema, input.query)
      const view = toBrowseView(query.category || null, await contextOf(input, deps))
      if (!view) throw new HttpError('not_found', 'no such category')
      return { json: view }
    },
  }),
  definePage({
    method: 'get',
    path: '/audiences/picker/places',
    auth: EDITORS,
    answers: 'json',
    async handle(input, deps) {
      const query = parseRequest(PlacesQuerySchema, input.query)
      return { json: { items: findPlaces(query.q, query.limit, await contextOf(input, deps)) } }
    },
  }),
]
