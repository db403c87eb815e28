// The imported platform tables as typed rows; each reader checks the columns it relies on.
import { join } from 'node:path'
import { readCsvRecords } from '../csv-reader.js'

export const PLATFORM_DIR = join(import.meta.dirname, '..', '..', '..', 'audiences', 'data', 'platforms')

export const GOOGLE_TYPES = ['AFFINITY', 'IN_MARKET', 'LIFE_EVENT', 'EXTENDED_DEMOGRAPHIC'] as const
export type GoogleType = (typeof GOOGLE_TYPES)[number]
export type GoogleCategoryRow = { type: GoogleType; id: string; name: string; topCategory: string; parentName: string }
export type LinkedInRow = { id: string; urn: string; name: string }
export type GeoTargetRow = {
  id: string
  name: string
  canonical: string
  parentId: string
  country: string
  type: string
  status: string
  /** The platform file the row was read from: its source is that file's (vocabulary/platform-sources.ts). */
  file: string
}
export type LinkedInPlaceRow = {
  country: string
  name: string
  type: string
  id: string
  confirmed: boolean
  sources: string
}

function records(file: string, columns: readonly string[]): Record<string, string>[] {
  const rows = readCsvRecords(join(PLATFORM_DIR, file), ',')
  const missing = columns.filter((c) => rows.length > 0 && !(c in rows[0]!))
  if (missing.length > 0) throw new Error(`${file} lacks the columns ${missing.join(', ')}`)
  return rows
}

const isGoogleType = (t: string): t is GoogleType => (GOOGLE_TYPES as readonly string[]).includes(t)

export function googleCategories(): GoogleCategoryRow[] {
  return records('google-user-interests.csv', ['taxonomy_type', 'id', 'name', 'top_category', 'parent_name']).map(
    (r) => {
      const type = r.taxonomy_type ?? ''
      if (!isGoogleType(type) || !/^\d+$/.test(r.id ?? ''))
        throw new Error(`google-user-interests.csv: bad row ${r.id}`)
      return { type, id: r.id!, name: r.name!, topCategory: r.top_category!, parentName: r.parent_name! }
    },
  )
}

// Rows read later from the same third-party copy, beside the shared file (which is imported as it is): see SOURCES-supplement.md.
export const GEO_SUPPLEMENT_FILE = 'google-geotargets-nordic-supplement.csv'

export function geoTargets(file = 'google-geotargets-nordic.csv'): GeoTargetRow[] {
  const columns = ['Criteria ID', 'Name', 'Canonical Name', 'Parent ID', 'Country Code', 'Target Type', 'Status']
  return records(file, columns).map((r) => ({
    id: r['Criteria ID']!,
    name: r.Name!,
    canonical: r['Canonical Name']!,
    parentId: r['Parent ID']!,
    country: r['Country Code']!,
    type: r['Target Type']!,
    status: r.Status!,
    file,
  }))
}

/** The shared Nordic rows and the supplement's; an id in both is a mistake in the supplement, so it stops the build. */
export function nordicGeoTargets(): GeoTargetRow[] {
  const shared = geoTargets()
  const ids = new Set(shared.map((r) => r.id))
  const supplement = geoTargets(GEO_SUPPLEMENT_FILE)
  const twice = supplement.filter((r) => ids.has(r.id)).map((r) => r.id)
  if (twice.length > 0) throw new Error(`${GEO_SUPPLEMENT_FILE} repeats ids of the shared file: ${twice.join(', ')}`)
  return [...shared, ...supplement]
}

export const linkedinIndustries = (): (LinkedInRow & { groups: string })[] =>
  records('linkedin-industries.csv', ['code', 'groups', 'description']).map((r) => ({
    id: r.code!,
    urn: `urn:li:industry:${r.code}`,
    name: r.description!,
    groups: r.groups!,
  }))

const idRows = (file: string): LinkedInRow[] =>
  records(file, ['id', 'urn', 'name']).map((r) => ({ id: r.id!, urn: r.urn!, name: r.name! }))

export const linkedinFunctions = (): LinkedInRow[] => idRows('linkedin-functions.csv')
export const linkedinSeniorities = (): LinkedInRow[] => idRows('linkedin-seniorities.csv')

export const linkedinStaffCounts = (): LinkedInRow[] =>
  records('linkedin-staff-count-ranges.csv', ['urn', 'label']).map((r) => ({ id: r.urn!, urn: r.urn!, name: r.label! }))

export const linkedinCountries = (): LinkedInRow[] =>
  records('linkedin-geo-nordic.csv', ['urn', 'name']).map((r) => ({ id: r.urn!, urn: r.urn!, name: r.name! }))

export const linkedinPlaces = (): LinkedInPlaceRow[] =>
  records('linkedin-geo-nordic-places.csv', ['country_code', 'name_as_linkedin_writes_it', 'place_type', 'geo_id']).map(
    (r) => ({
      country: r.country_code!,
      name: r.name_as_linkedin_writes_it!,
      type: r.place_type!,
      id: `urn:li:geo:${r.geo_id}`,
      confirmed: r.status === 'confirmed',
      sources: r.sources!,
    }),
  )
