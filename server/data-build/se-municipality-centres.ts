// Centres for Swedish municipalities from a public locality table (audiences/data/places/SOURCES.md): the locality
// that shares its municipality's name, where the table's municipality and county agree with SCB's.
import type { GeoEntry } from '../../audiences/taxonomy/taxonomy-schema.js'
import { readCsvRecords } from './csv-reader.js'
import { foldName } from './place-google-ids.js'
import type { County } from './se-county-entries.js'

export type LocalityRow = { locality: string; municipality: string; county: string; lat: number; lng: number }

export function readSeLocalities(path: string): LocalityRow[] {
  return readCsvRecords(path, ',').map((row) => {
    const lat = Number(row.Latitude)
    const lng = Number(row.Longitude)
    // Sweden lies within 55-70 N, 10-25 E: anything else is a broken row, not a centre.
    if (!(lat >= 55 && lat <= 70 && lng >= 10 && lng <= 25))
      throw new Error(`${path}: bad coordinates for ${row.Locality}`)
    return { locality: row.Locality ?? '', municipality: row.Municipality ?? '', county: row.County ?? '', lat, lng }
  })
}

export type SeCentres = { entries: GeoEntry[]; wrongCounty: string[] }

/**
 * Gives a municipality the coordinates of the table's locality of the same name in it, when the table puts that
 * locality in the municipality's own county (a row naming another county was geocoded elsewhere). radiusKm stays
 * null: the table has no areas, so no circle is claimed to cover the municipality.
 */
export function withSeCentres(
  municipalities: readonly GeoEntry[],
  rows: readonly LocalityRow[],
  counties: readonly (County & { key: string })[],
): SeCentres {
  const countyNameOf = new Map(counties.map((c) => [c.key, c.name]))
  const seats = rows.filter((r) => foldName(r.locality) === foldName(r.municipality))
  const wrongCounty: string[] = []
  const entries = municipalities.map((entry) => {
    const named = seats.filter((r) => foldName(r.municipality) === foldName(entry.labels.sv))
    const found = named.filter((r) => entry.parent !== null && r.county === countyNameOf.get(entry.parent))
    if (named.length > found.length) wrongCounty.push(`${entry.labels.sv} (${named.map((r) => r.county).join(', ')})`)
    if (found.length !== 1) return entry
    return { ...entry, centre: { lat: found[0]!.lat, lng: found[0]!.lng } }
  })
  return { entries, wrongCounty }
}
