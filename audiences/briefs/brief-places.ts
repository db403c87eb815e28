import type { GeoItem, Locale } from '../model/audience-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { BriefNote } from './brief-schema.js'
import { BRIEF_NOTES } from './brief-notes.js'
import type { Resolved } from './brief-resolve.js'

const MAX_LABEL = 100

type Placed = { r: Resolved; geo: GeoItem }
export type SpanOf = (r: Resolved) => [number, number]

const same = (a: GeoItem, b: GeoItem) => JSON.stringify(a) === JSON.stringify(b)

function placesOf(r: Resolved, locale: Locale): GeoItem[] {
  const reading = r.reading
  if (reading.kind === 'geoGroup') return reading.places
  if (reading.kind !== 'geo') return []
  if (!('radius' in reading.geo)) return [reading.geo]
  return [{ radius: reading.geo.radius, label: reading.labels[locale].slice(0, MAX_LABEL) }]
}

// What already covers a place named again: a circle drawn around it, postal codes inside it, a region around it.
function coveredBy(place: GeoItem, all: readonly Placed[], taxonomy: Taxonomy): string | null {
  if (!('municipality' in place)) return null
  for (const { r, geo } of all) {
    const reading = r.reading
    if (reading.kind === 'geo' && reading.around && same(reading.around, place)) return reading.labels.en
    if ('postalCode' in geo && taxonomy.postalCode(geo.country, geo.postalCode)?.[2] === place.municipality)
      return `postal code ${geo.postalCode}`
  }
  const parent = taxonomy.geoByCode('municipality', place.country, place.municipality)?.parent
  const region = parent ? taxonomy.geo.get(parent) : undefined
  if (region?.kind === 'region' && all.some(({ geo }) => 'region' in geo && geo.region === region.code))
    return region.labels.en
  return null
}

function unique(items: readonly Placed[]): Placed[] {
  return items.filter((p, i) => items.findIndex((q) => same(p.geo, q.geo)) === i)
}

/** The draft's places in and out: a place a circle, postal codes or a region already cover is left out, with a note. */
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
  const kept = included.filter(({ r, geo }) => {
    const by = coveredBy(geo, included, taxonomy)
    if (by === null) return true
    const span = spanOf(r)
    notes.push({ code: 'place_covered', message: BRIEF_NOTES.placeCovered(text.slice(...span), by), span })
    return false
  })
  return { include: kept.map((p) => p.geo), exclude: side(true).map((p) => p.geo), notes }
}
