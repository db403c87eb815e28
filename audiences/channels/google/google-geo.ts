import { circleOf, municipalitiesOf, resolvePlace, type Circle } from '../../geo/geo-resolve.js'
import type { GeoItem } from '../../model/audience-schema.js'
import type { Located } from '../../model/flat-audience.js'
import type { GeoEntry } from '../../taxonomy/taxonomy-schema.js'
import type { FidelityItem, FidelityStatus } from '../channel.js'
import { placesEffective, type Effective } from '../effective.js'
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

type Outcome = {
  criteria: CampaignCriterion[]
  status: FidelityStatus
  code: string
  message: string
  effective?: Effective
}
const outcome = (
  criteria: CampaignCriterion[],
  status: FidelityStatus,
  code: string,
  message: string,
  effective?: Effective,
): Outcome => ({ criteria, status, code, message, ...(effective && { effective }) })

// The circle a channel draws, as a neutral place the estimate can size.
const radiusItem = (c: Circle, minKm: number): GeoItem => ({
  radius: { lat: c.lat, lng: c.lng, km: Math.max(c.km, minKm) },
  label: c.label,
})

// Municipalities of an exclusion Google cannot name (no geo target constant): their own circles are left out of the
// circles drawn for the included places, so an excluded Helsinki is not targeted through Helsinki's circle.
type Trim = { keys: ReadonlySet<string>; used: Set<string> }

function untargetable(ctx: GoogleContext): Trim {
  const keys = new Set<string>()
  for (const g of ctx.flat.geoExclude) {
    const place = resolvePlace(g.value, ctx.taxonomy, ctx.flat.locale)
    if ((place.kind !== 'region' && place.kind !== 'municipality') || locationIdOf(place.entry)) continue
    keys.add(place.entry.key)
    if (place.kind === 'region') for (const m of municipalitiesOf(place.entry, ctx.taxonomy)) keys.add(m.key)
  }
  return { keys, used: new Set() }
}

type Drawn = { circles: Circle[]; left: string[] }

function circlesOf(entry: GeoEntry, kind: 'region' | 'municipality', ctx: GoogleContext, trim: Trim): Drawn {
  const locale = ctx.flat.locale
  const areas = kind === 'region' ? municipalitiesOf(entry, ctx.taxonomy) : []
  const drawn: Drawn = { circles: [], left: [] }
  const leave = (key: string, label: string) => {
    trim.used.add(key)
    drawn.left.push(label)
  }
  for (const m of areas) {
    const c = circleOf(m, locale)
    if (c && trim.keys.has(m.key)) leave(m.key, m.labels[locale])
    else if (c) drawn.circles.push(c)
  }
  if (drawn.circles.length > 0 || drawn.left.length > 0) return drawn
  const own = circleOf(entry, locale)
  if (own && trim.keys.has(entry.key)) leave(entry.key, own.label)
  else if (own) drawn.circles.push(own)
  return drawn
}

function circlesOutcome(label: string, drawn: Drawn, what: string, minKm: number): Outcome {
  const { circles, left } = drawn
  const raised = circles.some((c) => c.km < minKm)
  const shape =
    circles.length === 1 && circles[0]
      ? `a ${km(Math.max(circles[0].km, minKm))} circle around ${what}`
      : `${circles.length} circles, one around each municipality's centre`
  const note = raised
    ? `; radii below ${km(minKm)} were raised to ${km(minKm)} (housing, employment and credit ads in the US and Canada)`
    : ''
  const without =
    left.length > 0 ? `; the circles of ${left.join(', ')} were left out because the audience excludes them` : ''
  return outcome(
    circles.map((c) => proximity(c, minKm)),
    'approximated',
    'geo_circles',
    `${label} became ${shape}: the edges do not follow its borders${note}${without}; look up its geo target constant for an exact match`,
    placesEffective(circles.map((c) => radiusItem(c, minKm))),
  )
}

// A region with no constant of its own (Åland): its municipalities' constants where Google lists them, circles elsewhere.
function regionByParts(region: GeoEntry, label: string, ctx: GoogleContext, minKm: number, trim: Trim): Outcome | null {
  const areas = municipalitiesOf(region, ctx.taxonomy)
  const ids = areas.map(locationIdOf).filter((id) => id !== null)
  if (ids.length === 0 || areas.some((m) => trim.keys.has(m.key))) return null
  const named = areas.filter((m) => locationIdOf(m) !== null)
  const circles = areas
    .filter((m) => locationIdOf(m) === null)
    .map((m) => circleOf(m, ctx.flat.locale))
    .filter((c) => c !== null)
  const places: GeoItem[] = [
    ...named.map((m) => ({ municipality: m.code, country: m.country })),
    ...circles.map((c) => radiusItem(c, minKm)),
  ]
  const constants = `geo target constant${ids.length === 1 ? '' : 's'} ${ids.join(', ')}`
  if (ids.length === areas.length)
    return outcome(
      ids.map(location),
      'exact',
      'geo_exact',
      `${label} became the ${constants} of its municipalities`,
      placesEffective(places),
    )
  return outcome(
    [...ids.map(location), ...circles.map((c) => proximity(c, minKm))],
    'approximated',
    'geo_circles',
    `${label} has no geo target constant: ${ids.length} of its ${areas.length} municipalities became ${constants}, the other ${areas.length - ids.length} became ${circles.length} circles around their centres, whose edges do not follow the borders`,
    placesEffective(places),
  )
}

function includeOutcome(item: GeoItem, ctx: GoogleContext, trim: Trim): Outcome {
  const place = resolvePlace(item, ctx.taxonomy, ctx.flat.locale)
  const minKm = ctx.restricted ? RESTRICTED_MIN_RADIUS_KM : 0
  switch (place.kind) {
    case 'country':
    case 'region':
    case 'municipality': {
      const id = locationIdOf(place.entry)
      if (id) return outcome([location(id)], 'exact', 'geo_exact', `${place.label} became geo target constant ${id}`)
      const parts = place.kind === 'region' ? regionByParts(place.entry, place.label, ctx, minKm, trim) : null
      if (parts) return parts
      const drawn = place.kind === 'country' ? { circles: [], left: [] } : circlesOf(place.entry, place.kind, ctx, trim)
      if (drawn.circles.length > 0 || drawn.left.length > 0)
        return circlesOutcome(place.label, drawn, 'its centre', minKm)
      const why =
        place.kind === 'country' ? '' : ' and kohde has no circle that covers it (a centre and a sourced radius)'
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
      return circlesOutcome(
        `Postal code ${place.label}`,
        { circles: [place.circle], left: [] },
        "the postal area's centre",
        minKm,
      )
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
        placesEffective([radiusItem(place.circle, minKm)]),
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

function excludeOutcome(item: GeoItem, ctx: GoogleContext, trimmed: boolean): Outcome {
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
      if (trimmed)
        return outcome(
          [],
          'approximated',
          'geo_exclusion_circles_left_out',
          `${place.label} has no confirmed geo target constant, so Google cannot exclude it; its own circle was left out of the included places' circles instead, but neighbouring circles may still reach into it: ${lookupOf(place.label, place.country, place.entry)}`,
          placesEffective([]),
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
      fidelityItem(g.path, `${prefix}${geoCriterion(g.value)}`, o.status, o.code, o.message, o.effective),
    ),
  }
}

/** The included and excluded places: campaign criteria and one fidelity item per place. */
export function compileGeo(ctx: GoogleContext): { include: GeoCompiled; exclude: GeoCompiled } {
  const trim = untargetable(ctx)
  const include = compilePlaces(ctx.flat.geoInclude, '', (item) => includeOutcome(item, ctx, trim))
  const exclude = compilePlaces(ctx.flat.geoExclude, 'not ', (item) => {
    const place = resolvePlace(item, ctx.taxonomy, ctx.flat.locale)
    const covers = (p: Extract<typeof place, { entry: GeoEntry }>) =>
      trim.used.has(p.entry.key) ||
      (p.kind === 'region' && municipalitiesOf(p.entry, ctx.taxonomy).some((m) => trim.used.has(m.key)))
    const trimmed = (place.kind === 'region' || place.kind === 'municipality') && covers(place)
    return excludeOutcome(item, ctx, trimmed)
  })
  return { include, exclude }
}
