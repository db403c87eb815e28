// Google geo target constants for kohde's places, matched by name and parent in the imported geotargets file;
// Google's places with no kohde place (former municipalities, towns) become city entries.
import type { ChannelMapping, GeoEntry } from '../../audiences/taxonomy/taxonomy-schema.js'
import { lookup } from './channel-mappings.js'
import { slugOf } from './entry-names.js'
import { IMPORTED, SOURCES } from './vocabulary/platform-sources.js'
import { GEO_SUPPLEMENT_FILE, type GeoTargetRow } from './vocabulary/platform-tables.js'

export const foldName = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

const namesOf = (entry: GeoEntry): Set<string> =>
  new Set([...Object.values(entry.labels), ...Object.values(entry.synonyms).flat()].map(foldName))

// A place row names the file it came from, so the supplement's ids cite the supplement.
const placeSource = (row: GeoTargetRow) =>
  row.file === GEO_SUPPLEMENT_FILE ? SOURCES.googleGeoSupplement : SOURCES.googleGeo

export function googleLocation(row: GeoTargetRow, source = placeSource(row)): ChannelMapping {
  return {
    target: 'location',
    id: row.id,
    name: row.canonical,
    source: source.source,
    confirmed: IMPORTED,
    confidence: source.confidence,
    copied: source.copied,
  }
}

const withGoogle = (entry: GeoEntry, row: GeoTargetRow): GeoEntry => ({
  ...entry,
  channels: { ...entry.channels, google: googleLocation(row) },
})

// inside: Google rows of the same name and parent as an area that took another row (the town inside the municipality).
export type GoogleMatch = { entries: GeoEntry[]; cities: GeoEntry[]; unmatched: string[]; inside: string[] }

/**
 * Gives each area entry (regions first, then municipalities) the Active Google row of the same name whose parent is
 * the area's region (or the country); Google's rows left over become city entries under their region.
 */
export function matchGooglePlaces(
  country: string,
  countryId: string,
  regions: readonly GeoEntry[],
  municipalities: readonly GeoEntry[],
  rows: readonly GeoTargetRow[],
  options: { regionTypes: string[]; placeTypes: string[]; spell?: (googleName: string) => string },
): GoogleMatch {
  const active = rows.filter((r) => r.country === country && r.status === 'Active')
  const regionRows = active.filter((r) => options.regionTypes.includes(r.type))
  const googleRegionOf = new Map<string, string>()
  const unmatched: string[] = []
  const matchedRegions = regions.map((entry) => {
    const names = namesOf(entry)
    const found = regionRows.filter((r) => names.has(foldName(r.name)))
    if (found.length !== 1) {
      unmatched.push(entry.labels.en)
      return entry
    }
    googleRegionOf.set(entry.key, found[0]!.id)
    return withGoogle(entry, found[0]!)
  })
  const placeRows = active.filter((r) => options.placeTypes.includes(r.type))
  const used = new Set<string>()
  const inside: GeoTargetRow[] = []
  const matchedMunicipalities = municipalities.map((entry) => {
    const names = namesOf(entry)
    const parentId = entry.parent === null ? undefined : googleRegionOf.get(entry.parent)
    const named = placeRows.filter(
      (r) => names.has(foldName(r.name)) && (r.parentId === parentId || r.parentId === countryId),
    )
    // Google lists some places twice, as a municipality and as the city inside it (Helsinki 1005582 and 9072483):
    // the area takes the row of the first place type that has one; the other is no place of its own for kohde (a
    // city entry would repeat the municipality's name, and a name resolves to the municipality).
    const type = options.placeTypes.find((t) => named.some((r) => r.type === t))
    const found = named.filter((r) => r.type === type)
    if (found.length !== 1) return entry
    used.add(found[0]!.id)
    for (const row of named.filter((r) => r.type !== type)) {
      used.add(row.id)
      inside.push(row)
    }
    return withGoogle(entry, found[0]!)
  })
  const regionKeyOf = new Map([...googleRegionOf].map(([key, id]) => [id, key]))
  const taken = new Set([...regions, ...municipalities].map((e) => e.key))
  const cities = placeRows
    .filter((r) => !used.has(r.id))
    .map((row) =>
      cityEntry(row, country, regionKeyOf.get(row.parentId) ?? `geo.${country.toLowerCase()}`, taken, options.spell),
    )
  return {
    entries: [...matchedRegions, ...matchedMunicipalities],
    cities,
    unmatched,
    inside: inside.map((r) => `${r.name} ${r.id} (${r.type})`),
  }
}

function cityEntry(
  row: GeoTargetRow,
  country: string,
  parent: string,
  taken: Set<string>,
  spell: ((googleName: string) => string) | undefined,
): GeoEntry {
  const name = spell?.(row.name) ?? row.name
  const slug = slugOf(name)
  const key = taken.has(`geo.${country.toLowerCase()}.${slug}`)
    ? `geo.${country.toLowerCase()}.${slug}-city`
    : `geo.${country.toLowerCase()}.${slug}`
  taken.add(key)
  const labels = { fi: name, sv: name, en: name }
  return {
    key,
    kind: 'city',
    country,
    code: slug,
    parent,
    labels,
    synonyms: { fi: [], sv: [], en: name === row.name ? [] : [row.name] },
    centre: null,
    radiusKm: null,
    channels: {
      google: googleLocation(row),
      meta: lookup('cities', name),
      linkedin: lookup('locations', name),
    },
  }
}
