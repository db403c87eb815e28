import { circleOf, municipalitiesOf, resolvePlace, type Circle } from '../../geo/geo-resolve.js'
import type { GeoItem } from '../../model/audience-schema.js'
import type { Located } from '../../model/flat-audience.js'
import type { GeoEntry } from '../../taxonomy/taxonomy-schema.js'
import type { FidelityItem, FidelityStatus } from '../channel.js'
import { fidelityItem, geoCriterion } from '../fidelity.js'
import type { GoogleContext } from './google-context.js'
import type { CampaignCriterion } from './google-spec-schema.js'

export type GeoCompiled = { criteria: CampaignCriterion[]; items: FidelityItem[] }

// Housing, employment and credit ads in the US and Canada need a radius of at least 1 km (platforms.md §1.13).
const RESTRICTED_MIN_RADIUS_KM = 1
const MICRO = 1_000_000

const location = (id: string): CampaignCriterion => ({ location: { geo_target_constant: `geoTargetConstants/${id}` } })

const proximity = (circle: Circle, minKm: number): CampaignCriterion => ({
  proximity: {
    geo_point: {
      latitude_in_micro_degrees: Math.round(circle.lat * MICRO),
      longitude_in_micro_degrees: Math.round(circle.lng * MICRO),
    },
    radius: Math.max(circle.km, minKm),
    radius_units: 'KILOMETERS',
  },
})

const km = (value: number): string => `${Number(value.toFixed(1))} km`

const locationIdOf = (entry: GeoEntry): string | null => {
  const mapping = entry.channels.google
  return mapping?.target === 'location' ? mapping.id : null
}

// A geo lookup fallback holds the canonical name to ask suggestGeoTargetConstants for (platforms.md §1.6).
function lookupOf(label: string, country: string, entry?: GeoEntry): string {
  const fallback = entry?.channels.google?.fallback
  const name = fallback?.kind === 'lookup' ? fallback.query : label
  return `look up its geo target constant with GeoTargetConstantService.suggestGeoTargetConstants (country_code "${country}", location_names ["${name}"])`
}

type Outcome = { criteria: CampaignCriterion[]; status: FidelityStatus; code: string; message: string }
const outcome = (criteria: CampaignCriterion[], status: FidelityStatus, code: string, message: string): Outcome => ({
  criteria,
  status,
  code,
  message,
})

function circlesOf(entry: GeoEntry, kind: 'region' | 'municipality', ctx: GoogleContext): Circle[] {
  const locale = ctx.flat.locale
  const areas = kind === 'region' ? municipalitiesOf(entry, ctx.taxonomy) : []
  const circles = areas.map((m) => circleOf(m, locale)).filter((c) => c !== null)
  if (circles.length > 0) return circles
  const own = circleOf(entry, locale)
  return own ? [own] : []
}

function circlesOutcome(label: string, circles: Circle[], what: string, minKm: number): Outcome {
  const raised = circles.some((c) => c.km < minKm)
  const drawn =
    circles.length === 1 && circles[0]
      ? `a ${km(Math.max(circles[0].km, minKm))} circle around ${what}`
      : `${circles.length} circles, one around each municipality's centre`
  const note = raised
    ? `; radii below ${km(minKm)} were raised to ${km(minKm)} (housing, employment and credit ads in the US and Canada)`
    : ''
  return outcome(
    circles.map((c) => proximity(c, minKm)),
    'approximated',
    'geo_circles',
    `${label} became ${drawn}: the edges do not follow its borders${note}; look up its geo target constant for an exact match`,
  )
}

// A region with no constant of its own (Åland): its municipalities' constants where Google lists them, circles elsewhere.
function regionByParts(region: GeoEntry, label: string, ctx: GoogleContext, minKm: number): Outcome | null {
  const areas = municipalitiesOf(region, ctx.taxonomy)
  const ids = areas.map(locationIdOf).filter((id) => id !== null)
  if (ids.length === 0) return null
  const circles = areas
    .filter((m) => locationIdOf(m) === null)
    .map((m) => circleOf(m, ctx.flat.locale))
    .filter((c) => c !== null)
  const constants = `geo target constant${ids.length === 1 ? '' : 's'} ${ids.join(', ')}`
  if (ids.length === areas.length)
    return outcome(ids.map(location), 'exact', 'geo_exact', `${label} became the ${constants} of its municipalities`)
  return outcome(
    [...ids.map(location), ...circles.map((c) => proximity(c, minKm))],
    'approximated',
    'geo_circles',
    `${label} has no geo target constant: ${ids.length} of its ${areas.length} municipalities became ${constants}, the other ${areas.length - ids.length} became ${circles.length} circles around their centres, whose edges do not follow the borders`,
  )
}

function includeOutcome(item: GeoItem, ctx: GoogleContext): Outcome {
  const place = resolvePlace(item, ctx.taxonomy, ctx.flat.locale)
  const minKm = ctx.restricted ? RESTRICTED_MIN_RADIUS_KM : 0
  switch (place.kind) {
    case 'country':
    case 'region':
    case 'municipality': {
      const id = locationIdOf(place.entry)
      if (id) return outcome([location(id)], 'exact', 'geo_exact', `${place.label} became geo target constant ${id}`)
      const parts = place.kind === 'region' ? regionByParts(place.entry, place.label, ctx, minKm) : null
      if (parts) return parts
      const circles = place.kind === 'country' ? [] : circlesOf(place.entry, place.kind, ctx)
      if (circles.length > 0) return circlesOutcome(place.label, circles, 'its centre', minKm)
      const why = place.kind === 'country' ? '' : ' and kohde has no centre to draw a circle around'
      return outcome(
        [],
        'unresolved',
        'geo_lookup',
        `${place.label} has no confirmed geo target constant${why}: ${lookupOf(place.label, place.country, place.entry)}`,
      )
    }
    case 'postalCode':
      if (ctx.restricted)
        return outcome(
          [],
          'unsupported',
          'sac_restricted_targeting',
          `Postal code ${place.code} was dropped: Google forbids postal-code targeting for housing, employment and credit ads in the US and Canada`,
        )
      return circlesOutcome(`Postal code ${place.label}`, [place.circle], "the postal area's centre", minKm)
    case 'circle': {
      const criterion = proximity(place.circle, minKm)
      if (place.circle.km >= minKm)
        return outcome(
          [criterion],
          'exact',
          'geo_radius',
          `${place.label} became a ${km(place.circle.km)} proximity target`,
        )
      return outcome(
        [criterion],
        'approximated',
        'sac_radius_raised',
        `${place.label} became a ${km(minKm)} proximity target: Google needs a radius of at least ${km(minKm)} for housing, employment and credit ads in the US and Canada`,
      )
    }
    case 'unknown':
      return outcome(
        [],
        'unresolved',
        'geo_lookup',
        `${place.label} is a place kohde has no data for: ${lookupOf(place.text, place.country)}`,
      )
    case 'invalid':
      return outcome([], 'unsupported', 'geo_invalid', place.message)
  }
}

function excludeOutcome(item: GeoItem, ctx: GoogleContext): Outcome {
  const place = resolvePlace(item, ctx.taxonomy, ctx.flat.locale)
  switch (place.kind) {
    case 'country':
    case 'region':
    case 'municipality': {
      const id = locationIdOf(place.entry)
      if (id)
        return outcome(
          [{ ...location(id), negative: true }],
          'exact',
          'geo_excluded',
          `${place.label} was excluded as geo target constant ${id}`,
        )
      return outcome(
        [],
        'unresolved',
        'geo_lookup',
        `${place.label} was not excluded: Google excludes places by geo target constant and none is confirmed; ${lookupOf(place.label, place.country, place.entry)}`,
      )
    }
    case 'postalCode':
    case 'circle':
      // Location exclusions are documented by geo target constant (§1.2); no source shows negative proximity.
      return outcome(
        [],
        'unsupported',
        'geo_exclusion_circle',
        `${place.label} was not excluded: kohde has no source that Google accepts an excluded radius; exclude a named place instead`,
      )
    case 'unknown':
      return outcome(
        [],
        'unresolved',
        'geo_lookup',
        `${place.label} was not excluded: ${lookupOf(place.text, place.country)}`,
      )
    case 'invalid':
      return outcome([], 'unsupported', 'geo_invalid', place.message)
  }
}

function compilePlaces(places: Located<GeoItem>[], prefix: string, toOutcome: (item: GeoItem) => Outcome): GeoCompiled {
  const outcomes = places.map((g) => ({ g, o: toOutcome(g.value) }))
  return {
    criteria: outcomes.flatMap(({ o }) => o.criteria),
    items: outcomes.map(({ g, o }) =>
      fidelityItem(g.path, `${prefix}${geoCriterion(g.value)}`, o.status, o.code, o.message),
    ),
  }
}

export const compileGeoInclude = (ctx: GoogleContext): GeoCompiled =>
  compilePlaces(ctx.flat.geoInclude, '', (item) => includeOutcome(item, ctx))

export const compileGeoExclude = (ctx: GoogleContext): GeoCompiled =>
  compilePlaces(ctx.flat.geoExclude, 'not ', (item) => excludeOutcome(item, ctx))
