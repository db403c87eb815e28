import type { IssuePath } from '../../errors.js'
import { resolvePlace, type ResolvedPlace } from '../../geo/geo-resolve.js'
import type { FlatAudience, Located } from '../../model/flat-audience.js'
import type { GeoItem } from '../../model/audience-schema.js'
import type { GeoEntry } from '../../taxonomy/taxonomy-schema.js'
import type { Taxonomy } from '../../taxonomy/taxonomy.js'
import { peopleIn } from '../../estimate/place-population.js'
import { placesEffective } from '../effective.js'
import { lookupFor } from './linkedin-facets.js'
import { verdict, type Verdict } from './linkedin-verdict.js'

export type CompiledGeo = {
  include: string[]
  exclude: string[]
  verdicts: [IssuePath, Verdict][]
}

// lookup: the request that would find a missing URN, with any hint for the planner.
type Place = {
  path: IssuePath
  item: GeoItem
  urn: string | null
  country: string | null
  name: string
  lookup: string
  verdict: Verdict
}

const locationUrnOf = (entry: GeoEntry): string | null => {
  const mapping = entry.channels.linkedin
  return mapping?.target === 'locations' ? mapping.id : null
}

const lookupQuery = (entry: GeoEntry, name: string): string => {
  const fallback = entry.channels.linkedin?.fallback
  return fallback?.kind === 'lookup' ? fallback.query : name
}

const missing = (path: IssuePath, item: GeoItem, country: string, name: string, lookup: string): Place => ({
  path,
  item,
  urn: null,
  country,
  name,
  lookup,
  verdict: verdict(
    'unresolved',
    'geo_urn_unknown',
    `${name} has no confirmed LinkedIn location URN: look it up with ${lookup}.`,
  ),
})

// Ids one public source gives are never used as they are: the lookup that confirms one is named with it.
function candidateHint(entry: GeoEntry): string {
  const candidates = entry.channels.linkedin?.candidates ?? []
  if (candidates.length === 0) return ''
  const ids = candidates.map((c) => `${c.id} ("${c.name}")`).join(' or ')
  return ` (one public source gives ${ids}; kohde uses it once a live lookup returns it)`
}

function placeOf(located: Located<GeoItem>, taxonomy: Taxonomy, flat: FlatAudience, excluded: boolean): Place {
  const { path, value: item } = located
  const place: ResolvedPlace = resolvePlace(located.value, taxonomy, flat.locale)
  switch (place.kind) {
    case 'country':
    case 'region':
    case 'municipality': {
      const name = place.entry.labels.en
      const urn = locationUrnOf(place.entry)
      const lookup = `${lookupFor('locations', lookupQuery(place.entry, name))}${candidateHint(place.entry)}`
      if (!urn) return missing(path, item, place.country, name, lookup)
      const message = `${excluded ? 'Excludes' : 'Targets'} ${name}: LinkedIn location ${urn}.`
      return { path, item, urn, country: place.country, name, lookup, verdict: verdict('exact', 'geo_exact', message) }
    }
    case 'postalCode': {
      const town = place.municipality?.labels.en
      const hint = town ? ` (or target ${town} instead)` : ''
      const name = `Postal code ${place.code}${town ? ` in ${town}` : ''}`
      return missing(path, item, place.country, name, `${lookupFor('locations', place.code)}${hint}`)
    }
    case 'unknown':
      return missing(path, item, place.country, place.text, lookupFor('locations', place.text))
    case 'circle':
      return {
        path,
        item,
        urn: null,
        country: null,
        name: place.label,
        lookup: '',
        verdict: verdict(
          'unsupported',
          'radius_unsupported',
          `LinkedIn has no radius targeting: the circle "${place.label}" was dropped; name the towns or regions inside it instead.`,
        ),
      }
    case 'invalid':
      throw new Error(`linkedinCompiler got an invalid place (${place.code}); validate the audience first`)
  }
}

// A LinkedIn campaign requires a location (platforms.md §3.7; LinkedIn Help "Targeting options for LinkedIn Ads":
// "Locations (required)"), so when no place resolves, the countries around them stand in.
function widenToCountries(places: Place[], taxonomy: Taxonomy, flat: FlatAudience): Place[] {
  return places.map((place) => {
    if (place.urn !== null || place.country === null || place.verdict.status !== 'unresolved') return place
    const country = taxonomy.geoByCode('country', place.country, place.country)
    const urn = country ? locationUrnOf(country) : null
    if (!country || !urn) return place
    const whole = { country: place.country }
    const message = `${place.name} has no confirmed LinkedIn location URN and a LinkedIn campaign needs a location, so all of ${country.labels.en} (${urn}) is targeted instead: ${widening(place, whole, country.labels.en, taxonomy, flat)}. For an exact match look it up with ${place.lookup}.`
    const effective = placesEffective([whole])
    return { ...place, urn, verdict: verdict('approximated', 'geo_widened_to_country', message, effective) }
  })
}

// toLocaleString('en-US')'s format, made once instead of per call.
const EN_US = new Intl.NumberFormat('en-US')

// How much wider the country is than the place, from kohde's population data (all ages).
function widening(place: Place, whole: GeoItem, countryName: string, taxonomy: Taxonomy, flat: FlatAudience): string {
  const own = peopleIn([place.item], taxonomy, flat.locale)
  const all = peopleIn([whole], taxonomy, flat.locale)
  if (own === null || all === null || own <= 0)
    return 'over-inclusive (kohde has no population figures to say by how much)'
  const factor = all / own
  const times = factor >= 10 ? Math.round(factor).toString() : factor.toFixed(1)
  const people = (n: number) => EN_US.format(Math.round(n / 1000) * 1000)
  return `over-inclusive, about ${times} times the people (${countryName} ${people(all)} against ${people(own)} in ${place.name}, all ages)`
}

function presenceVerdict(flat: FlatAudience): Verdict {
  if (flat.presence.value === 'homeOrRecent')
    return verdict(
      'exact',
      'presence_exact',
      "LinkedIn's locations facet reaches people who live there or were recently there.",
    )
  // LinkedIn Help "Targeting options for LinkedIn Ads" (linkedin.com/help/lms/answer/a424655): "Recent or permanent
  // location" also uses the IP address for short-term visits; profileLocations (permanent) is named only in public code.
  return verdict(
    'approximated',
    'presence_recent_included',
    "LinkedIn's locations facet matches the profile location or a recent IP location, so visitors are included too: over-inclusive. The permanent-location facet (profileLocations) is not used until its meaning is verified.",
    { kind: 'presence', presence: 'homeOrRecent' },
  )
}

const unique = (urns: (string | null)[]): string[] => [...new Set(urns.filter((u): u is string => u !== null))]

/** Compiles the places: included and excluded LinkedIn location URNs, and one verdict per place and for presence. */
export function compileGeo(flat: FlatAudience, taxonomy: Taxonomy): CompiledGeo {
  const resolved = flat.geoInclude.map((g) => placeOf(g, taxonomy, flat, false))
  const included = resolved.some((p) => p.urn !== null) ? resolved : widenToCountries(resolved, taxonomy, flat)
  const excluded = flat.geoExclude.map((g) => placeOf(g, taxonomy, flat, true))
  return {
    include: unique(included.map((p) => p.urn)),
    exclude: unique(excluded.map((p) => p.urn)),
    verdicts: [
      ...included.map((p): [IssuePath, Verdict] => [p.path, p.verdict]),
      ...excluded.map((p): [IssuePath, Verdict] => [p.path, p.verdict]),
      [flat.presence.path, presenceVerdict(flat)],
    ],
  }
}
