import type { GeoItem } from '../../model/audience-schema.js'
import type { FlatAudience, Located } from '../../model/flat-audience.js'
import { META_MAX_CUSTOM_LOCATIONS, type MetaExcludedGeoLocations, type MetaGeoLocations } from './meta-spec-schema.js'
import { isCountryItem, placeOutcome, type Places } from './meta-places.js'
import { verdict, type MetaRules, type Verdict } from './meta-rules.js'
import { placesEffective } from '../effective.js'

function collect(items: Located<GeoItem>[], rules: MetaRules, exclude: boolean, covering: ReadonlySet<string>) {
  const places: Places = { countries: [], regions: [], cities: [], circles: [] }
  const verdicts: Verdict[] = []
  const stranded: Set<string> = new Set()
  for (const { value, path } of items) {
    const outcome = placeOutcome(value, rules, exclude)
    // Meta refuses a place inside another place of the same ad set (a circle in a targeted country): merged here.
    if (!isCountryItem(value) && outcome.country && covering.has(outcome.country)) {
      verdicts.push(
        verdict(
          path,
          'exact',
          'geo_within_country',
          `already covered by ${outcome.country} in the same ${exclude ? 'exclusion' : 'targeting'}: not sent again, as Meta refuses overlapping locations`,
        ),
      )
      continue
    }
    const circles = outcome.places.circles ?? []
    if (places.circles.length + circles.length > META_MAX_CUSTOM_LOCATIONS) {
      verdicts.push(
        verdict(
          path,
          'unresolved',
          'custom_locations_limit',
          `not targeted: Meta allows ${META_MAX_CUSTOM_LOCATIONS} custom locations per ad set and this place needs ${circles.length} more${outcome.lookup ? `; look up its key with ${outcome.lookup}` : ''}`,
        ),
      )
      if (outcome.country) stranded.add(outcome.country)
      continue
    }
    for (const field of ['countries', 'regions', 'cities'] as const)
      places[field].push(...(outcome.places[field] ?? []))
    places.circles.push(...circles)
    if (outcome.status === 'unresolved' || outcome.status === 'unsupported')
      if (outcome.country) stranded.add(outcome.country)
    verdicts.push(verdict(path, outcome.status, outcome.code, outcome.message, outcome.effective))
  }
  return { places, verdicts, stranded }
}

function toGeo(places: Places): MetaExcludedGeoLocations {
  const unique = <T>(xs: T[]) => [...new Set(xs)]
  return {
    ...(places.countries.length > 0 && { countries: unique(places.countries) }),
    ...(places.regions.length > 0 && { regions: unique(places.regions).map((key) => ({ key })) }),
    ...(places.cities.length > 0 && { cities: unique(places.cities).map((key) => ({ key })) }),
    ...(places.circles.length > 0 && { custom_locations: places.circles }),
  }
}

function countriesOf(items: Located<GeoItem>[]): Set<string> {
  const countries = new Set<string>()
  for (const g of items) if (isCountryItem(g.value)) countries.add(g.value.country)
  return countries
}

export type MetaGeo = {
  geo_locations: MetaGeoLocations
  excluded_geo_locations?: MetaExcludedGeoLocations
  include: Verdict[]
  exclude: Verdict[]
}

export function compileGeo(flat: FlatAudience, rules: MetaRules): MetaGeo {
  const include = collect(flat.geoInclude, rules, false, countriesOf(flat.geoInclude))
  const countryByPath = new Map(
    flat.geoInclude.map((g) => [g.path, placeOutcome(g.value, rules, false).country] as const),
  )
  let geo = toGeo(include.places)
  let verdicts = include.verdicts
  if (Object.keys(geo).length === 0 && include.stranded.size > 0) {
    // Meta needs at least one place: fall back to the countries of the places it could not take.
    const fallback = [...include.stranded]
    geo = { countries: fallback }
    const note = `; with no other place to target, the ad set falls back to the whole of ${fallback.join(', ')} (over-inclusive)`
    verdicts = verdicts.map((v) => {
      const country = countryByPath.get(v.path)
      if ((v.status !== 'unresolved' && v.status !== 'unsupported') || !country) return v
      const effective = placesEffective([{ country }])
      return { ...v, status: 'approximated', code: 'geo_widened_to_country', message: v.message + note, effective }
    })
  }
  // No location_types: "All location targeting will now reach people living in or recently in the locations that you
  // selected. Please remove all values from the location_types field." (Meta error subcode 1870199, 2024; seen in
  // github.com/maraujo/pySocialWatcher/issues/38); omitting it targets the same people.
  const geo_locations: MetaGeoLocations = geo
  if (rules.sac) {
    const message = `not excluded: Meta does not allow location exclusions for ${rules.sac} ads where its special ad category limits apply`
    const exclude = flat.geoExclude.map((g) =>
      verdict(g.path, 'unsupported', `sac_${rules.sac}_location_exclusion_unavailable`, message),
    )
    return { geo_locations, include: verdicts, exclude }
  }
  const excluded = collect(flat.geoExclude, rules, true, countriesOf(flat.geoExclude))
  const excludedGeo = toGeo(excluded.places)
  return {
    geo_locations,
    ...(Object.keys(excludedGeo).length > 0 && { excluded_geo_locations: excludedGeo }),
    include: verdicts,
    exclude: excluded.verdicts,
  }
}
