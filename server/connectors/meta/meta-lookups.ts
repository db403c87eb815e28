import { z } from 'zod'
import { unexpectedResponse } from '../platform-error.js'
import type { LookupCandidate } from '../live-result.js'
import { edgeItems, type MetaContext } from './meta-client.js'

// /search types and targetingsearch limit types: platforms.md §2.4 (targeting-search reference).
export const META_SEARCH_TYPES = [
  'adinterest',
  'adworkposition',
  'adworkemployer',
  'adlocale',
  'adgeolocation',
] as const
export type MetaSearchType = (typeof META_SEARCH_TYPES)[number]
export type MetaGeoType = 'country' | 'region' | 'city'

export type MetaLookupRequest =
  | { kind: 'search'; type: MetaSearchType; q: string; locationTypes?: MetaGeoType[]; countryCode?: string }
  | { kind: 'targetingsearch'; limitType: string; q: string }

const idOf = z.union([z.string().min(1), z.number()]).transform(String)
const SearchItemSchema = z.object({
  id: idOf.optional(),
  key: idOf.optional(),
  name: z.string().min(1),
  type: z.string().optional(),
  path: z.array(z.string()).optional(),
  country_code: z.string().optional(),
  region: z.string().optional(),
})
const SearchPageSchema = z.object({ data: z.array(SearchItemSchema) })

function toCandidates(
  ctx: MetaContext,
  items: z.infer<typeof SearchItemSchema>[],
  countryCode?: string,
): LookupCandidate[] {
  const source = ctx.source()
  return items.flatMap((item) => {
    const id = item.key ?? item.id
    if (id === undefined) return []
    if (countryCode && item.country_code && item.country_code !== countryCode) return []
    const detail = item.path?.join(' > ') ?? [item.type, item.region].filter(Boolean).join(', ')
    return [
      {
        id,
        name: item.name,
        ...(detail ? { detail } : {}),
        ...(item.country_code ? { country: item.country_code } : {}),
        source,
      },
    ]
  })
}

export async function lookupMeta(ctx: MetaContext, request: MetaLookupRequest): Promise<LookupCandidate[]> {
  if (request.kind === 'targetingsearch') {
    const items = await ctx.call(() =>
      edgeItems(ctx.account.getTargetingSearch([], { q: request.q, limit_type: request.limitType })),
    )
    const parsed = z.array(SearchItemSchema).safeParse(items)
    if (!parsed.success) throw unexpectedResponse('meta', 'targetingsearch items')
    return toCandidates(ctx, parsed.data)
  }
  const params: Record<string, unknown> = { type: request.type, q: request.q }
  if (request.locationTypes) params['location_types'] = request.locationTypes
  if (request.countryCode) params['country_code'] = request.countryCode
  const body = await ctx.call(() => ctx.api.call('GET', ['search'], params))
  const parsed = SearchPageSchema.safeParse(body)
  if (!parsed.success) throw unexpectedResponse('meta', `search?type=${request.type}`)
  return toCandidates(ctx, parsed.data.data, request.countryCode)
}

export const TargetingOptionStatusSchema = z.enum([
  'NORMAL',
  'NON-DELIVERABLE',
  'DEPRECATING',
  'NON-DELIVERABLE-IN-EXCLUSION',
])
const StatusPageSchema = z.object({
  data: z.array(z.object({ id: idOf, current_status: TargetingOptionStatusSchema })),
})
export type TargetingOptionStatus = z.infer<typeof TargetingOptionStatusSchema>

// Re-check interest/behaviour ids before use: Meta retires them (platforms.md §2.4, §2.7).
export async function targetingOptionStatus(
  ctx: MetaContext,
  ids: readonly string[],
): Promise<Map<string, TargetingOptionStatus>> {
  if (ids.length === 0) return new Map()
  const body = await ctx.call(() =>
    ctx.api.call('GET', ['search'], { type: 'targetingoptionstatus', targeting_option_list: [...ids] }),
  )
  const parsed = StatusPageSchema.safeParse(body)
  if (!parsed.success) throw unexpectedResponse('meta', 'search?type=targetingoptionstatus')
  return new Map(parsed.data.data.map((d) => [d.id, d.current_status]))
}
