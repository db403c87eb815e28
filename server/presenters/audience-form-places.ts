import { normalizeName, type GeoEntry, type GeoItem, type Taxonomy } from '../../audiences/index.js'

const PLACE_ORDER: Record<GeoEntry['kind'], number> = { country: 0, region: 1, municipality: 2, city: 3 }
const PLACES = new WeakMap<Taxonomy, Map<string, GeoEntry>>()

// Every label and synonym of every place; a name shared by a region and a municipality means the larger one.
function placeIndex(taxonomy: Taxonomy): Map<string, GeoEntry> {
  const cached = PLACES.get(taxonomy)
  if (cached) return cached
  const index = new Map<string, GeoEntry>()
  const entries = [...taxonomy.geo.values()].sort((a, b) => PLACE_ORDER[a.kind] - PLACE_ORDER[b.kind])
  for (const entry of entries)
    for (const name of [...Object.values(entry.labels), ...Object.values(entry.synonyms).flat()]) {
      const key = normalizeName(name)
      if (!index.has(key)) index.set(key, entry)
    }
  PLACES.set(taxonomy, index)
  return index
}

/** The place a name (any language's label or synonym, any case) stands for: the larger one when names clash. */
export const placeEntryOf = (name: string, taxonomy: Taxonomy): GeoEntry | undefined =>
  placeIndex(taxonomy).get(normalizeName(name))

/** A place typed by name (any language's label or synonym, any case) as the geography item of its code. */
export function placeOf(name: string, taxonomy: Taxonomy): GeoItem | null {
  const entry = placeEntryOf(name, taxonomy)
  if (!entry) return null
  if (entry.kind === 'country') return { country: entry.code }
  if (entry.kind === 'region') return { region: entry.code }
  if (entry.kind === 'city') return { city: entry.labels.en, country: entry.country }
  return { municipality: entry.code, country: entry.country }
}
