import {
  circleOf,
  countryOfCircle,
  municipalitiesOf,
  resolvePlace,
  type Circle,
  type ResolvedPlace,
} from '../../geo/geo-resolve.js'
import type { GeoItem } from '../../model/audience-schema.js'
import type { GeoEntry } from '../../taxonomy/taxonomy-schema.js'
import type { FidelityStatus } from '../channel.js'
import { placesEffective, type Effective } from '../effective.js'
import { META_RADIUS_KM, type MetaCustomLocation } from './meta-spec-schema.js'
import { geoSearch, lookupRequest } from './meta-lookup.js'
import type { MetaRules } from './meta-rules.js'

// Housing, employment and financial ads: "all areas within a 15-mile radius of any selected city, address, or dropped
// pin" (third-party: support.adespresso.com/hc/en-us/articles/360038094574); 15 miles ≈ 24.1 km, rounded up.
const SAC_MIN_RADIUS_KM = 25

export type Places = { countries: string[]; regions: string[]; cities: string[]; circles: MetaCustomLocation[] }
export type PlaceOutcome = {
  places: Partial<Places>
  status: FidelityStatus
  code: string
  message: string
  country: string | null
  // The request that finds the place's own key, when kohde drew circles instead.
  lookup?: string
  effective?: Effective
}

export const isCountryItem = (item: GeoItem): item is { country: string } =>
  'country' in item && Object.keys(item).length === 1
const km = (value: number) => `${Number(value.toFixed(1))} km`

type Converted = { location: MetaCustomLocation; note: string | null; widenedForSac: boolean }

function toLocation(circle: Circle, rules: MetaRules): Converted {
  const min = rules.sac ? SAC_MIN_RADIUS_KM : META_RADIUS_KM.min
  const radius = Math.min(Math.max(circle.km, min), META_RADIUS_KM.max)
  const location = {
    latitude: circle.lat,
    longitude: circle.lng,
    radius,
    distance_unit: 'kilometer' as const,
    name: circle.label,
  }
  const from = `${circle.label} ${radius < circle.km ? 'cut' : 'widened'} from ${km(circle.km)} to ${km(radius)}`
  if (radius === circle.km) return { location, note: null, widenedForSac: false }
  if (radius < circle.km) return { location, note: `${from}, Meta's maximum (under-inclusive)`, widenedForSac: false }
  if (rules.sac)
    return {
      location,
      note: `${from}: ${rules.sac} ads must cover at least 15 miles around a place`,
      widenedForSac: true,
    }
  return { location, note: `${from}, Meta's minimum (over-inclusive)`, widenedForSac: false }
}

type Base = { status: FidelityStatus; code: string; message: string; country: string | null }

// A circle kohde drew is approximated already; a circle the user drew stays exact unless Meta's limits changed it.
function circlesOutcome(circles: Circle[], rules: MetaRules, base: Base): PlaceOutcome {
  const converted = circles.map((c) => toLocation(c, rules))
  const notes = converted.flatMap((c) => (c.note ? [c.note] : []))
  const places = { circles: converted.map((c) => c.location) }
  const effective = placesEffective(
    converted.map(({ location: l }) => ({
      radius: { lat: l.latitude, lng: l.longitude, km: l.radius },
      ...(l.name && { label: l.name }),
    })),
  )
  if (notes.length === 0) return { ...base, places, ...(base.status === 'approximated' && { effective }) }
  const sacCode = converted.some((c) => c.widenedForSac) ? `sac_${rules.sac}_radius_widened` : null
  const code = sacCode ?? (base.status === 'exact' ? 'radius_clamped' : base.code)
  const message = `${base.message}; ${notes.join('; ')}`
  return { ...base, places, status: 'approximated', code, message, effective }
}

const unresolved = (message: string, country: string | null): PlaceOutcome => ({
  places: {},
  status: 'unresolved',
  code: 'geo_unresolved',
  message,
  country,
})

function areaOutcome(
  place: Extract<ResolvedPlace, { entry: GeoEntry }>,
  rules: MetaRules,
  exclude: boolean,
): PlaceOutcome {
  const { entry, label, country } = place
  const keyField = place.kind === 'region' ? 'regions' : 'cities'
  const mapping = entry.channels.meta
  if (mapping?.id && mapping.target === keyField)
    return {
      places: { [keyField]: [mapping.id] },
      status: 'exact',
      code: 'geo_key',
      message: `${label} → ${keyField} key ${mapping.id}`,
      country,
    }
  const type = place.kind === 'region' ? 'region' : 'city'
  const lookup = lookupRequest(mapping, label, geoSearch(type))
  const members =
    place.kind === 'region' ? municipalitiesOf(entry, rules.taxonomy).map((m) => circleOf(m, rules.locale)) : []
  const circles = members.filter((c): c is Circle => c !== null)
  const own = circleOf(entry, rules.locale)
  const drawn = circles.length > 0 ? circles : own ? [own] : []
  const [first] = drawn
  if (!first)
    return unresolved(
      `${label} has no confirmed Meta ${type} key and kohde has no circle that covers it (a centre and a sourced radius); look it up with ${lookup}`,
      country,
    )
  const edge = exclude ? 'over-exclusive' : 'over-inclusive'
  const shape =
    circles.length > 0
      ? `${circles.length} circle${circles.length > 1 ? 's' : ''} around its municipalities' centres`
      : `a ${km(first.km)} circle around its centre`
  const message = `${label} became ${shape} (custom_locations): ${edge} at the edges; look up its ${type} key with ${lookup} for an exact match`
  const code = exclude ? 'geo_exclude_circle' : 'geo_circle'
  return { ...circlesOutcome(drawn, rules, { status: 'approximated', code, message, country }), lookup }
}

/** What one place becomes on Meta: a country, a sourced key, circles, or nothing with a lookup to run. */
export function placeOutcome(item: GeoItem, rules: MetaRules, exclude: boolean): PlaceOutcome {
  const place = resolvePlace(item, rules.taxonomy, rules.locale)
  switch (place.kind) {
    case 'invalid':
      return { places: {}, status: 'unsupported', code: place.code, message: place.message, country: null }
    case 'country':
      return {
        places: { countries: [place.country] },
        status: 'exact',
        code: 'geo_country',
        message: `${place.label} → countries ["${place.country}"]`,
        country: place.country,
      }
    case 'region':
    case 'municipality':
      return areaOutcome(place, rules, exclude)
    case 'postalCode': {
      if (rules.sac)
        return {
          places: {},
          status: 'unsupported',
          code: `sac_${rules.sac}_postal_unavailable`,
          message: `postal code ${place.label} dropped: Meta does not allow postal-code targeting for ${rules.sac} ads where its special ad category limits apply; target the municipality instead`,
          country: place.country,
        }
      const message = `postal code ${place.label} became a ${km(place.circle.km)} circle around the area's centre (custom_locations): Meta zip keys for ${place.country} are unconfirmed; look one up with ${geoSearch('zip')(place.code)}`
      return circlesOutcome([place.circle], rules, {
        status: 'approximated',
        code: 'geo_postal_circle',
        message,
        country: place.country,
      })
    }
    case 'circle':
      return circlesOutcome([place.circle], rules, {
        status: 'exact',
        code: 'geo_radius',
        message: `${place.label} → custom_locations`,
        country: countryOfCircle(place.circle, rules.taxonomy),
      })
    case 'unknown':
      return unresolved(
        `kohde has no data for ${place.text} (${place.country}); look up its key with GET /search?type=adgeolocation&q=${place.text}`,
        place.country,
      )
  }
}
