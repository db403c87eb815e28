import type { GeoItem, Locale } from '../model/audience-schema.js'
import type { GeoEntry } from '../taxonomy/taxonomy-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { distanceKm } from './geo-distance.js'

export type Circle = { lat: number; lng: number; km: number; label: string }

export type ResolvedPlace =
  | { kind: 'country' | 'region' | 'municipality'; country: string; entry: GeoEntry; label: string }
  | {
      kind: 'postalCode'
      country: string
      code: string
      circle: Circle
      municipality: GeoEntry | undefined
      label: string
    }
  | { kind: 'circle'; country: null; circle: Circle; label: string }
  // A real place kohde has no data for (a city abroad, a district): kept as text for a lookup.
  | { kind: 'unknown'; country: string; text: string; label: string }
  | { kind: 'invalid'; code: GeoIssueCode; message: string }

/** Why a geography item names no place (validateAudience reports it; the pages translate each code). */
export const GEO_ISSUE_CODES = [
  'radius_empty',
  'region_unknown',
  'country_unknown',
  'municipality_unknown',
  'postal_code_unknown',
] as const
export type GeoIssueCode = (typeof GEO_ISSUE_CODES)[number]

const invalid = (code: GeoIssueCode, message: string): ResolvedPlace => ({ kind: 'invalid', code, message })
const unknown = (country: string, text: string): ResolvedPlace => ({ kind: 'unknown', country, text, label: text })
const named = (kind: 'country' | 'region' | 'municipality', entry: GeoEntry, locale: Locale): ResolvedPlace => ({
  kind,
  country: entry.country,
  entry,
  label: entry.labels[locale],
})

const COUNTRIES_WITH_REGION_DATA = new Set(['FI', 'SE'])
const COUNTRIES_WITH_MUNICIPALITY_DATA = new Set(['FI', 'SE'])

/** Turns one geography item into a place the compilers and estimators can use. */
export function resolvePlace(item: GeoItem, taxonomy: Taxonomy, locale: Locale): ResolvedPlace {
  if ('radius' in item) {
    const { lat, lng, km } = item.radius
    if (km <= 0) return invalid('radius_empty', 'a radius must be more than 0 km')
    const label = item.label ?? `${km} km around ${lat.toFixed(4)}, ${lng.toFixed(4)}`
    return { kind: 'circle', country: null, circle: { lat, lng, km, label }, label }
  }
  if ('region' in item) {
    const country = item.region.slice(0, 2)
    const entry = taxonomy.geoByCode('region', country, item.region)
    if (entry) return named('region', entry, locale)
    if (COUNTRIES_WITH_REGION_DATA.has(country))
      return invalid('region_unknown', `${item.region} is not a region of ${country}`)
    return countryOf(country, taxonomy)
      ? unknown(country, item.region)
      : invalid('country_unknown', `${country} is not a country code`)
  }
  if (!countryOf(item.country, taxonomy))
    return invalid('country_unknown', `${item.country} is not an ISO 3166-1 country code`)
  if ('municipality' in item) {
    const entry = taxonomy.geoByCode('municipality', item.country, item.municipality)
    if (entry) return named('municipality', entry, locale)
    if (COUNTRIES_WITH_MUNICIPALITY_DATA.has(item.country))
      return invalid('municipality_unknown', `${item.municipality} is not a municipality code of ${item.country}`)
    return unknown(item.country, item.municipality)
  }
  if ('city' in item) {
    const entry = taxonomy.city(item.country, item.city)
    return entry ? named('municipality', entry, locale) : unknown(item.country, item.city)
  }
  if ('postalCode' in item) return resolvePostalCode(item.postalCode, item.country, taxonomy)
  const entry = countryOf(item.country, taxonomy)
  return entry ? named('country', entry, locale) : invalid('country_unknown', `${item.country} is not a country code`)
}

function countryOf(country: string, taxonomy: Taxonomy): GeoEntry | undefined {
  return taxonomy.geoByCode('country', country, country)
}

function resolvePostalCode(code: string, country: string, taxonomy: Taxonomy): ResolvedPlace {
  if (!taxonomy.hasPostalData(country)) return unknown(country, code)
  const centre = taxonomy.postalCode(country, code)
  if (!centre) return invalid('postal_code_unknown', `${code} is not a postal code in ${country}`)
  const [lat, lng, municipalityCode, km] = centre
  const municipality = taxonomy.geoByCode('municipality', country, municipalityCode)
  const label = `${code}${municipality ? ` ${municipality.labels.fi}` : ''}`
  return { kind: 'postalCode', country, code, circle: { lat, lng, km, label }, municipality, label }
}

/** The municipalities inside a region, for channels that can only draw circles. */
export function municipalitiesOf(region: GeoEntry, taxonomy: Taxonomy): GeoEntry[] {
  return taxonomy.geoChildren(region.key).filter((g) => g.kind === 'municipality')
}

export const circleOf = (entry: GeoEntry, locale: Locale): Circle | null =>
  entry.centre && entry.radiusKm ? { ...entry.centre, km: entry.radiusKm, label: entry.labels[locale] } : null

// Municipalities with a centre, per taxonomy: those with a covering circle, and those with a centre only (Sweden's
// municipalities: a sourced town centre, no sourced area).
type Areas = { covered: readonly GeoEntry[]; centresOnly: readonly GeoEntry[] }
const areasCache = new WeakMap<Taxonomy, Areas>()

/** Every municipality the taxonomy gives a centre, split by whether it also has a covering circle. */
export function municipalityCentres(taxonomy: Taxonomy): Areas {
  let areas = areasCache.get(taxonomy)
  if (!areas) {
    const withCentre = [...taxonomy.geo.values()].filter((g) => g.kind === 'municipality' && g.centre)
    areas = { covered: withCentre.filter((g) => g.radiusKm), centresOnly: withCentre.filter((g) => !g.radiusKm) }
    areasCache.set(taxonomy, areas)
  }
  return areas
}

// A centre-only municipality claims a circle's centre within this distance of its own centre: about the radius
// of a mid-sized Swedish municipality (Umeå's 2,317 km² is a disc of 27 km).
export const CENTRE_ONLY_REACH_KM = 25

/** The nearest centre-only municipality within reach of a point, or null. */
export function nearestCentreOnly(point: { lat: number; lng: number }, taxonomy: Taxonomy): GeoEntry | null {
  let best: GeoEntry | null = null
  let bestKm = CENTRE_ONLY_REACH_KM
  for (const a of municipalityCentres(taxonomy).centresOnly) {
    const km = distanceKm(point.lat, point.lng, a.centre!.lat, a.centre!.lng)
    if (km <= bestKm) [best, bestKm] = [a, km]
  }
  return best
}

/**
 * The country a circle's centre lies in: the municipality whose covering circle holds it, else the nearest
 * centre-only municipality within reach; else null.
 */
export function countryOfCircle(circle: { lat: number; lng: number }, taxonomy: Taxonomy): string | null {
  for (const a of municipalityCentres(taxonomy).covered)
    if (distanceKm(circle.lat, circle.lng, a.centre!.lat, a.centre!.lng) <= a.radiusKm!) return a.country
  return nearestCentreOnly(circle, taxonomy)?.country ?? null
}
