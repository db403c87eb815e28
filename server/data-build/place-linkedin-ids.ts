// LinkedIn geo ids for kohde's places: ids two public sources agree on become the mapping; an id only one source
// gives becomes a candidate, which a live lookup must return before kohde uses it.
import type { CandidateId, ChannelMapping, GeoEntry } from '../../audiences/taxonomy/taxonomy-schema.js'
import { foldName } from './place-google-ids.js'
import { IMPORTED, SOURCES } from './vocabulary/platform-sources.js'
import type { LinkedInPlaceRow } from './vocabulary/platform-tables.js'

// The place a row names: its first part, without "kommun" (LinkedIn's municipality entities, SOURCES.md).
const placeOf = (row: LinkedInPlaceRow) => foldName(row.name.split(',')[0]!.replace(/ kommun$/, ''))
const isMunicipalityEntity = (row: LinkedInPlaceRow) => / kommun,/.test(row.name)

const TYPES: Record<GeoEntry['kind'], readonly string[]> = {
  country: [],
  region: ['region', 'county'],
  municipality: ['city'],
  city: [],
}

function confirmedMapping(row: LinkedInPlaceRow): ChannelMapping {
  const { source, confidence, copied } = SOURCES.linkedinPlaces
  return {
    target: 'locations',
    id: row.id,
    name: row.name,
    source: `${source} (${row.sources.split(';').join(', ')})`,
    confirmed: IMPORTED,
    confidence,
    copied,
  }
}

const candidateOf = (row: LinkedInPlaceRow): CandidateId => ({ id: row.id, name: row.name, source: row.sources })

/** Entries with the LinkedIn ids and candidates of the rows that name them; returns the rows no entry took. */
export function matchLinkedInPlaces(
  entries: readonly GeoEntry[],
  rows: readonly LinkedInPlaceRow[],
): { entries: GeoEntry[]; unused: LinkedInPlaceRow[] } {
  const used = new Set<LinkedInPlaceRow>()
  const matched = entries.map((entry) => {
    const names = new Set([...Object.values(entry.labels), ...Object.values(entry.synonyms).flat()].map(foldName))
    const own = rows.filter(
      (r) => r.country === entry.country && TYPES[entry.kind].includes(r.type) && names.has(placeOf(r)),
    )
    if (own.length === 0) return entry
    own.forEach((r) => used.add(r))
    // A municipality entity beats the town of the same name (Huddinge kommun, not Huddinge).
    const confirmed = own
      .filter((r) => r.confirmed)
      .sort((a, b) => Number(isMunicipalityEntity(b)) - Number(isMunicipalityEntity(a)))
    const mapping = entry.channels.linkedin
    if (confirmed[0]) return { ...entry, channels: { ...entry.channels, linkedin: confirmedMapping(confirmed[0]) } }
    if (!mapping) return entry
    return { ...entry, channels: { ...entry.channels, linkedin: { ...mapping, candidates: own.map(candidateOf) } } }
  })
  return { entries: matched, unused: rows.filter((r) => !used.has(r)) }
}
