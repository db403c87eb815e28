import type { GeoEntry } from '../../audiences/index.js'
import { findTaxonomy } from '../taxonomy-search.js'
import type { PickerContext } from './term-picker-presenter.js'

/** One place as the place picker lists it: what the form row gets (kind, value, country) and where it lies. */
export type PlaceHit = {
  kind: 'country' | 'region' | 'municipality' | 'city' | 'postalCode'
  kindLabel: string
  value: string
  country: string
  label: string
  path: string
  centre: { lat: number; lng: number } | null
  radiusKm: number | null
}

const POSTAL_PATTERN = /^\d{2,5}$/

function placeHit(entry: GeoEntry, { t, locale, taxonomy }: PickerContext): PlaceHit {
  const path: string[] = []
  for (let at = entry.parent; at; at = taxonomy.geo.get(at)?.parent ?? null) {
    const above = taxonomy.geo.get(at)
    if (above) path.unshift(above.labels[locale])
  }
  const country = taxonomy.geoByCode('country', entry.country, entry.country)?.labels[locale] ?? entry.country
  return {
    kind: entry.kind,
    kindLabel: t(`editor.placeKind.${entry.kind}`),
    value: entry.labels[locale],
    country: entry.kind === 'country' ? '' : country,
    label: entry.labels[locale],
    // The parent chain starts at the country where the data has one; a place without parents gets its country.
    path: (entry.kind === 'country' || path.length > 0 ? path : [country]).join(' › '),
    centre: entry.centre,
    radiusKm: entry.radiusKm,
  }
}

// Finnish postal codes begun or whole: each with its municipality; taxonomy order is code order.
function postalHits(q: string, limit: number, context: PickerContext): PlaceHit[] {
  const { t, locale, taxonomy } = context
  const hits: PlaceHit[] = []
  const country = taxonomy.geoByCode('country', 'FI', 'FI')?.labels[locale] ?? 'FI'
  for (const [code, [lat, lng, municipality, radiusKm]] of Object.entries(taxonomy.names.postalCodes)) {
    if (!code.startsWith(q)) continue
    const place = taxonomy.geoByCode('municipality', 'FI', municipality)?.labels[locale] ?? municipality
    hits.push({
      kind: 'postalCode',
      kindLabel: t('editor.placeKind.postalCode'),
      value: code,
      country,
      label: `${code} ${place}`,
      path: `${country} › ${place}`,
      centre: { lat, lng },
      radiusKm,
    })
    if (hits.length >= limit) break
  }
  return hits
}

/** Places whose name (any language, inflected or begun) or postal code matches, best first. */
export function findPlaces(q: string, limit: number, context: PickerContext): PlaceHit[] {
  const text = q.trim()
  if (text === '') return []
  if (POSTAL_PATTERN.test(text)) return postalHits(text, limit, context)
  return findTaxonomy(context.taxonomy, { q: text, facet: 'geo' })
    .slice(0, limit)
    .flatMap((ref) => {
      const entry = context.taxonomy.geo.get(ref.key)
      return entry ? [placeHit(entry, context)] : []
    })
}
