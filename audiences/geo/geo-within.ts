import type { GeoItem, Locale } from '../model/audience-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { countryOfCircle, resolvePlace, type ResolvedPlace } from './geo-resolve.js'

// inside: every person of a is in b; contains: the reverse; unknown: kohde cannot tell (a circle, a place it has no
// data for); disjoint: no one is in both.
export type PlaceRelation = 'inside' | 'contains' | 'disjoint' | 'unknown'

type Placed = { key: string; chain: string[]; country: string | null; fuzzy: boolean }

function chainOf(key: string | null, taxonomy: Taxonomy): string[] {
  const chain: string[] = []
  for (let k = key; k !== null && chain.length < 10; k = taxonomy.geo.get(k)?.parent ?? null) chain.push(k)
  return chain
}

function placed(place: ResolvedPlace, taxonomy: Taxonomy): Placed | null {
  switch (place.kind) {
    case 'country':
    case 'region':
    case 'municipality':
      return { key: place.entry.key, chain: chainOf(place.entry.key, taxonomy), country: place.country, fuzzy: false }
    case 'postalCode': {
      const key = `postal:${place.country}:${place.code}`
      const above = place.municipality ? chainOf(place.municipality.key, taxonomy) : []
      return { key, chain: [key, ...above], country: place.country, fuzzy: false }
    }
    case 'circle': {
      const { lat, lng, km } = place.circle
      const key = `circle:${lat},${lng},${km}`
      return { key, chain: [key], country: countryOfCircle(place.circle, taxonomy), fuzzy: true }
    }
    case 'unknown': {
      const key = `unknown:${place.country}:${place.text.toLowerCase()}`
      return { key, chain: [key], country: place.country, fuzzy: true }
    }
    case 'invalid':
      return null
  }
}

const isCountry = (p: Placed, taxonomy: Taxonomy) => taxonomy.geo.get(p.key)?.kind === 'country'

/** How the people of place a relate to those of place b. */
export function relatePlaces(a: GeoItem, b: GeoItem, taxonomy: Taxonomy, locale: Locale): PlaceRelation {
  const pa = placed(resolvePlace(a, taxonomy, locale), taxonomy)
  const pb = placed(resolvePlace(b, taxonomy, locale), taxonomy)
  if (!pa || !pb) return 'unknown'
  if (pa.chain.includes(pb.key)) return 'inside'
  if (pb.chain.includes(pa.key)) return 'contains'
  if (pa.country !== null && pb.country !== null && pa.country !== pb.country) return 'disjoint'
  // A circle or an unknown place lies in its country; against anything smaller kohde cannot tell.
  if (pa.fuzzy && pa.country !== null && isCountry(pb, taxonomy)) return 'inside'
  if (pb.fuzzy && pb.country !== null && isCountry(pa, taxonomy)) return 'contains'
  return pa.fuzzy || pb.fuzzy || pa.country === null || pb.country === null ? 'unknown' : 'disjoint'
}
