import type { ChannelMapping, GeoEntry } from '../../audiences/taxonomy/taxonomy-schema.js'
import { lookup, sourced } from './channel-mappings.js'
import { synonymsOf } from './entry-names.js'
import { googleLocation } from './place-google-ids.js'
import { IMPORTED, SOURCES } from './vocabulary/platform-sources.js'
import type { GeoTargetRow, LinkedInRow } from './vocabulary/platform-tables.js'

const META_SOURCE = 'Meta basic targeting: countries are ISO 3166-1 alpha-2; platforms.md §2.7'
// Kosovo's XK is a user-assigned code, not ISO 3166-1, so Meta's rule does not cover it.
const NOT_ISO = new Set(['XK'])
// The countries kohde has regional data for get their names in the other languages as synonyms.
const WITH_SYNONYMS = new Set(['FI', 'SE'])

const namesIn = (locale: string) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })

export type CountryIds = { google: readonly GeoTargetRow[]; linkedin: readonly LinkedInRow[] }

/** One entry per two-letter code Node's CLDR names, with Google's and LinkedIn's ids where imported. */
export function buildCountries(
  codes: readonly string[],
  ids: CountryIds,
): { countries: GeoEntry[]; skipped: string[] } {
  const [fi, sv, en] = [namesIn('fi'), namesIn('sv'), namesIn('en')]
  const google = new Map(ids.google.filter((r) => r.type === 'Country').map((r) => [r.country, r]))
  const linkedin = new Map(ids.linkedin.map((r) => [r.name, r]))
  const countries: GeoEntry[] = []
  const skipped: string[] = []
  for (const code of codes) {
    const labels = { fi: fi.of(code), sv: sv.of(code), en: en.of(code) }
    if (!labels.fi || !labels.sv || !labels.en) {
      skipped.push(code)
      continue
    }
    const named = { fi: labels.fi, sv: labels.sv, en: labels.en }
    countries.push({
      key: `geo.${code.toLowerCase()}`,
      kind: 'country',
      country: code,
      code,
      parent: null,
      labels: named,
      synonyms: WITH_SYNONYMS.has(code) ? synonymsOf(named) : { fi: [], sv: [], en: [] },
      centre: null,
      radiusKm: null,
      channels: {
        google: googleOf(google.get(code), named.en),
        meta: idOrLookup('countries', NOT_ISO.has(code) ? undefined : code, META_SOURCE, named.en),
        linkedin: linkedinOf(linkedin.get(named.en), named.en),
      },
    })
  }
  return { countries, skipped }
}

const idOrLookup = (target: string, id: string | undefined, source: string, name: string) =>
  id
    ? { ...sourced(target, id, source), confidence: 'official' as const, copied: 'unknown' as const }
    : lookup(target, name)

const googleOf = (row: GeoTargetRow | undefined, name: string): ChannelMapping =>
  row ? googleLocation(row, SOURCES.googleCountries) : lookup('location', name)

function linkedinOf(row: LinkedInRow | undefined, name: string): ChannelMapping {
  if (!row) return lookup('locations', name)
  const { source, confidence, copied } = SOURCES.linkedinCountries
  return { target: 'locations', id: row.urn, name: row.name, source, confirmed: IMPORTED, confidence, copied }
}
