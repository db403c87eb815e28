import { z } from 'zod'
import { facetUrn } from '../../../audiences/channels/linkedin/linkedin-spec-schema.js'
import { unexpectedResponse } from '../platform-error.js'
import type { LookupCandidate } from '../live-result.js'
import type { LinkedInContext } from './linkedin-client.js'

// adTargetingEntities finders (platforms.md §3.3): typeahead for open lists, adTargetingFacet for fixed ones.
export type LinkedInLookupRequest =
  { kind: 'typeahead'; facet: string; query: string } | { kind: 'facet'; facet: string; pick?: string }

const EntitySchema = z.object({
  urn: z.string().regex(/^urn:li:/),
  name: z.string().min(1),
  facetUrn: z.string().optional(),
})

export async function lookupLinkedIn(ctx: LinkedInContext, request: LinkedInLookupRequest): Promise<LookupCandidate[]> {
  const queryParams =
    request.kind === 'typeahead'
      ? { facet: facetUrn(request.facet), query: request.query, queryVersion: 'QUERY_USES_URNS' }
      : { facet: facetUrn(request.facet), queryVersion: 'QUERY_USES_URNS' }
  const elements = await ctx.finder(
    '/adTargetingEntities',
    request.kind === 'typeahead' ? 'typeahead' : 'adTargetingFacet',
    queryParams,
  )
  const parsed = z.array(EntitySchema).safeParse(elements)
  if (!parsed.success) throw unexpectedResponse('linkedin', 'adTargetingEntities elements')
  const source = ctx.source()
  return parsed.data.map((e) => ({ id: e.urn, name: e.name, detail: request.facet, source }))
}
