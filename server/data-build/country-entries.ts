import type { GeoEntry } from '../../audiences/taxonomy/taxonomy-schema.js'
import { lookup, sourced } from './channel-mappings.js'
import { synonymsOf } from './entry-names.js'

const GOOGLE_SOURCE = 'Google geo target constant, agreeing public code (2000 + ISO 3166 numeric); platforms.md §1.12'
const GOOGLE_IDS: Record<string, string> = { FI: '2246', SE: '2752' }
const META_SOURCE = 'Meta basic targeting: countries are ISO 3166-1 alpha-2; platforms.md §2.7'
const LINKEDIN_SOURCE =
  'LinkedIn adTargetingEntities responses stored by codeteme/LinkedInDemoResearch; platforms.md §3.6'
const LINKEDIN_IDS: Record<string, string> = { FI: 'urn:li:geo:100456013', SE: 'urn:li:geo:105117694' }
// Kosovo's XK is a user-assigned code, not ISO 3166-1, so Meta's rule does not cover it.
const NOT_ISO = new Set(['XK'])
// The countries kohde has regional data for get their names in the other languages as synonyms.
const WITH_SYNONYMS = new Set(['FI', 'SE'])

const namesIn = (locale: string) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })

/** One entry per two-letter code Node's CLDR names; codes it cannot name are returned as skipped. */
export function buildCountries(codes: readonly string[]): { countries: GeoEntry[]; skipped: string[] } {
  const [fi, sv, en] = [namesIn('fi'), namesIn('sv'), namesIn('en')]
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
        google: idOrLookup('location', GOOGLE_IDS[code], GOOGLE_SOURCE, named.en),
        meta: idOrLookup('countries', NOT_ISO.has(code) ? undefined : code, META_SOURCE, named.en),
        linkedin: idOrLookup('locations', LINKEDIN_IDS[code], LINKEDIN_SOURCE, named.en),
      },
    })
  }
  return { countries, skipped }
}

const idOrLookup = (target: string, id: string | undefined, source: string, name: string) =>
  id ? sourced(target, id, source) : lookup(target, name)
