import type { GeoItem, Locale } from '../model/audience-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { BriefNote } from './brief-schema.js'
import { BRIEF_NOTES } from './brief-notes.js'
import type { Resolved } from './brief-resolve.js'

const MAX_LABEL = 100

type Placed = { r: Resolved; geo: GeoItem }
export type SpanOf = (r: Resolved) => [number, number]

// A place's identity as a short string (cheaper than JSON for the few places a brief names).
const keyOf = (g: GeoItem): string =>
  'radius' in g
    ? `r${g.radius.lat},${g.radius.lng},${g.radius.km}`
    : 'municipality' in g
      ? `m${g.country}${g.municipality}`
      : 'region' in g
        ? `g${g.region}`
        : 'postalCode' in g
          ? `p${g.country}${g.postalCode}`
          : 'city' in g
            ? `c${g.country}${g.city}`
            : `k${g.country}`

function placesOf(r: Resolved, locale: Locale): GeoItem[] {
  const reading = r.reading
  if (reading.kind === 'geoGroup') return reading.places
  if (reading.kind !== 'geo') return []
  if (!('radius' in reading.geo)) return [reading.geo]
  return [{ radius: reading.geo.radius, label: reading.labels[locale].slice(0, MAX_LABEL) }]
}

// What already covers a town named again: a circle drawn around it, or postal codes inside it.
function coverings(all: readonly Placed[], taxonomy: Taxonomy): Map<string, string> {
  const by = new Map<string, string>()
  for (const { r, geo } of all) {
    const reading = r.reading
    if (reading.kind === 'geo' && reading.around) by.set(keyOf(reading.around), reading.labels.en)
    if (!('postalCode' in geo)) continue
    const municipality = taxonomy.postalCode(geo.country, geo.postalCode)?.[2]
    if (municipality) by.set(keyOf({ municipality, country: geo.country }), `postal code ${geo.postalCode}`)
  }
  return by
}

function unique(items: readonly Placed[]): Placed[] {
  const seen = new Set<string>()
  return items.filter((p) => {
    const key = keyOf(p.geo)
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

/** The draft's places in and out: a town a circle or its postal codes already cover is left out, with a note. */
export function draftPlaces(
  resolved: readonly Resolved[],
  taxonomy: Taxonomy,
  locale: Locale,
  spanOf: SpanOf,
  text: string,
): { include: GeoItem[]; exclude: GeoItem[]; notes: BriefNote[] } {
  const side = (excluded: boolean) =>
    unique(
      resolved.filter((r) => r.excluded === excluded).flatMap((r) => placesOf(r, locale).map((geo) => ({ r, geo }))),
    )
  const included = side(false)
  const notes: BriefNote[] = []
  const covered = coverings(included, taxonomy)
  const kept = included.filter(({ r, geo }) => {
    const by = 'municipality' in geo ? covered.get(keyOf(geo)) : undefined
    if (by === undefined) return true
    const span = spanOf(r)
    notes.push({ code: 'place_covered', message: BRIEF_NOTES.placeCovered(text.slice(...span), by), span })
    return false
  })
  return { include: kept.map((p) => p.geo), exclude: side(true).map((p) => p.geo), notes }
}
