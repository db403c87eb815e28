import type { ChannelMapping } from '../../taxonomy/taxonomy-schema.js'

/**
 * The Graph API request that finds a missing Meta id: the taxonomy's lookup when it names one (a path such as
 * "search?type=adinterest&q=Design", or just the words to search for), otherwise a search for the label.
 */
export function lookupRequest(
  mapping: ChannelMapping | undefined,
  label: string,
  build: (text: string) => string,
): string {
  const query = mapping?.fallback?.kind === 'lookup' ? mapping.fallback.query : null
  if (query === null) return build(label)
  return query.includes('?') ? `GET /${query.replace(/^\/+/, '')}` : build(query)
}

export const geoSearch = (type: string) => (text: string) =>
  `GET /search?type=adgeolocation&q=${text}&location_types=["${type}"]`

export const targetingSearch = (limitType: string) => (text: string) =>
  `GET /act_<AD_ACCOUNT_ID>/targetingsearch?q=${text}&limit_type=${limitType}`
