import { DomainError, type DomainIssue, type IssuePath } from '../errors.js'
import { distanceKm } from '../geo/geo-distance.js'
import {
  CENTRE_ONLY_REACH_KM,
  municipalitiesOf,
  municipalityCentres,
  nearestCentreOnly,
  resolvePlace,
  type ResolvedPlace,
} from '../geo/geo-resolve.js'
import type { GeoItem, Locale } from '../model/audience-schema.js'
import type { Located } from '../model/flat-audience.js'
import type { GeoEntry } from '../taxonomy/taxonomy-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { AssumptionLog } from './assumption-log.js'
import { POPULATION_INDEX, POPULATION_SOURCES, type FiArea } from './population-index.js'
import { nearestPostalArea, postalAreasWithin } from './postal-area-search.js'
import { SE_POPULATION, SE_POPULATION_SOURCE } from './se-population.js'

// kind 'fi': an area counted by single year of age and sex (Finnish municipalities, and Sweden's since SCB's data).
export type PopulationUnit =
  | { kind: 'fi'; country: string; area: FiArea; weight: number }
  | { kind: 'bands'; country: string; bands: readonly number[]; maleShare: number; weight: number }

export type PopulationSelection = { units: PopulationUnit[]; unknown: { path: IssuePath; label: string }[] }

// A circle smaller than any postal area counts as the nearest postal area when its centre is this close.
const NEAREST_POSTAL_AREA_KM = 15
const FI = POPULATION_INDEX.fi

type Parts = 'all' | Set<string>
type Circle = { lat: number; lng: number; km: number }
type FiPicks = { whole: boolean; municipalities: Map<string, Parts> }
type BandPicks = { whole: boolean; regions: Set<string> }
type Picks = { fi: FiPicks; se: FiPicks; other: Map<string, BandPicks> }

const emptyPicks = (): Picks => ({
  fi: { whole: false, municipalities: new Map() },
  se: { whole: false, municipalities: new Map() },
  other: new Map(),
})
const SE = SE_POPULATION

function pickMunicipality(fi: FiPicks, code: string, postalCode?: string): void {
  const parts = fi.municipalities.get(code)
  if (parts === 'all') return
  if (postalCode === undefined) fi.municipalities.set(code, 'all')
  else fi.municipalities.set(code, new Set([...(parts ?? []), postalCode]))
}

function otherPicks(picks: Picks, country: string): BandPicks {
  const found = picks.other.get(country)
  if (found) return found
  const created = { whole: false, regions: new Set<string>() }
  picks.other.set(country, created)
  return created
}

const hasBands = (country: string) => country in POPULATION_INDEX.nuts || country in POPULATION_INDEX.worldpop

// Returns false when kohde has no population data for the place.
function pick(place: ResolvedPlace, picks: Picks, taxonomy: Taxonomy, log: AssumptionLog): boolean {
  switch (place.kind) {
    case 'country':
      if (place.country === 'FI') return (picks.fi.whole = true)
      if (place.country === 'SE') return (picks.se.whole = true)
      if (!hasBands(place.country)) return false
      return (otherPicks(picks, place.country).whole = true)
    case 'region': {
      if (place.country === 'FI') {
        const codes = FI.regions[place.entry.code] ?? municipalitiesOf(place.entry, taxonomy).map((m) => m.code)
        codes.forEach((code) => pickMunicipality(picks.fi, code))
        return codes.length > 0
      }
      if (place.country === 'SE' && pickSeMunicipalities(municipalitiesOf(place.entry, taxonomy), picks, log))
        return true
      // A county kohde knows no municipalities of: its Eurostat NUTS 3 row (other countries' regions have none).
      const nuts = place.country === 'SE' ? POPULATION_INDEX.seCounties[place.entry.code] : undefined
      if (!nuts || !(nuts in POPULATION_INDEX.nuts)) return false
      otherPicks(picks, place.country).regions.add(nuts)
      return true
    }
    case 'municipality':
      if (place.country === 'SE') return pickSeMunicipalities([place.entry], picks, log)
      if (place.country !== 'FI' || !FI.municipalities[place.entry.code]) return false
      pickMunicipality(picks.fi, place.entry.code)
      return true
    case 'postalCode': {
      if (place.country !== 'FI') return false
      const centre = FI.postalCodes[place.code]
      log.add(
        'population.postalArea',
        'municipality population ÷ its number of postal areas',
        `kohde assumption; ${POPULATION_SOURCES.postal}`,
      )
      if (centre) pickMunicipality(picks.fi, centre[2], place.code)
      else
        log.add(
          `population.postalArea.${place.code}`,
          0,
          'not a residential postal area in Paavo 2020 (e.g. a PO box code): counted as 0 people',
        )
      return true
    }
    case 'circle':
      return pickCircle(place.circle, picks, taxonomy, log)
    case 'unknown':
    case 'invalid':
      return false
  }
}

// A Swedish county is the sum of its municipalities; a town Google lists has no population of its own (unknown).
function pickSeMunicipalities(entries: readonly { code: string }[], picks: Picks, log: AssumptionLog): boolean {
  const known = entries.filter((e) => SE.municipalities[e.code])
  for (const e of known) picks.se.municipalities.set(e.code, 'all')
  if (known.length > 0)
    log.add('population.SE', 'people by municipality × single year of age × sex', SE_POPULATION_SOURCE, {
      code: 'population.scb',
    })
  return known.length > 0
}

function pickCircle(circle: Circle, picks: Picks, taxonomy: Taxonomy, log: AssumptionLog): boolean {
  const swedish = seMunicipalitiesWithin(circle, taxonomy)
  let codes = postalAreasWithin(circle.lat, circle.lng, circle.km)
  const nearest = codes.length === 0 && swedish.length === 0 ? nearestPostalArea(circle.lat, circle.lng) : null
  if (codes.length === 0 && swedish.length === 0) {
    if (!nearest || nearest.km > circle.km + NEAREST_POSTAL_AREA_KM) return false
    codes = [nearest.code]
  }
  if (codes.length > 0)
    log.add(
      'population.radius',
      'Finnish postal areas whose centre lies inside the circle, each an even share of its municipality',
      `kohde assumption; ${POPULATION_SOURCES.postal}`,
    )
  if (nearest)
    log.add(
      'population.radius.nearest',
      `a circle with no postal area centre inside counts as the nearest postal area (within ${NEAREST_POSTAL_AREA_KM} km of its edge)`,
      'kohde assumption',
    )
  if (swedish.length > 0) {
    // Sweden's municipalities have a sourced town centre but no sourced area or smaller units to share them by.
    log.add(
      'population.radius.SE',
      `Swedish municipalities whose town centre lies inside the circle (or the nearest within ${CENTRE_ONLY_REACH_KM} km), each counted whole`,
      `kohde assumption; ${SE_POPULATION_SOURCE}`,
    )
    pickSeMunicipalities(swedish, picks, log)
  }
  for (const code of codes) pickMunicipality(picks.fi, FI.postalCodes[code]![2], code)
  return true
}

// Swedish municipalities with population data whose centre lies inside the circle; when none does, the nearest one
// whose centre is within reach of the circle's centre (a small circle inside a large municipality).
function seMunicipalitiesWithin(circle: Circle, taxonomy: Taxonomy): GeoEntry[] {
  const known = (g: GeoEntry) => g.country === 'SE' && SE.municipalities[g.code] !== undefined
  const inside = municipalityCentres(taxonomy).centresOnly.filter(
    (g) => known(g) && distanceKm(circle.lat, circle.lng, g.centre!.lat, g.centre!.lng) <= circle.km,
  )
  if (inside.length > 0) return inside
  const nearest = nearestCentreOnly(circle, taxonomy)
  return nearest && known(nearest) ? [nearest] : []
}

const share = (parts: Parts, area: FiArea): number =>
  parts === 'all' ? 1 : area.postalAreas === 0 ? 0 : Math.min(1, parts.size / area.postalAreas)

function overlap(inc: Parts, exc: Parts | undefined, area: FiArea): number {
  if (exc === undefined) return 0
  if (exc === 'all') return share(inc, area)
  if (inc === 'all') return share(exc, area)
  let both = 0
  for (const code of inc) if (exc.has(code)) both++
  return area.postalAreas === 0 ? 0 : both / area.postalAreas
}

type AreaData = { total: FiArea; municipalities: Record<string, FiArea> }

function areaUnits(country: string, data: AreaData, inc: FiPicks, exc: FiPicks): PopulationUnit[] {
  if (exc.whole) return []
  const unit = (area: FiArea, weight: number): PopulationUnit => ({ kind: 'fi', country, area, weight })
  if (inc.whole) {
    const minus = [...exc.municipalities].map(([code, parts]) =>
      unit(data.municipalities[code]!, -share(parts, data.municipalities[code]!)),
    )
    return [unit(data.total, 1), ...minus]
  }
  return [...inc.municipalities]
    .map(([code, parts]) => {
      const area = data.municipalities[code]!
      return unit(area, share(parts, area) - overlap(parts, exc.municipalities.get(code), area))
    })
    .filter((u) => u.weight > 0)
}

function bandUnits(country: string, inc: BandPicks, exc: BandPicks | undefined): PopulationUnit[] {
  if (exc?.whole) return []
  const maleShare = POPULATION_INDEX.worldpop[country]?.male ?? 0.5
  const unit = (bands: readonly number[], weight: number): PopulationUnit => ({
    kind: 'bands',
    country,
    bands,
    maleShare,
    weight,
  })
  const excluded = exc?.regions ?? new Set<string>()
  if (inc.whole) {
    const bands = POPULATION_INDEX.nuts[country] ?? POPULATION_INDEX.worldpop[country]!.bands
    return [unit(bands, 1), ...[...excluded].map((r) => unit(POPULATION_INDEX.nuts[r]!, -1))]
  }
  return [...inc.regions].filter((r) => !excluded.has(r)).map((r) => unit(POPULATION_INDEX.nuts[r]!, 1))
}

/** Turns an audience's places into weighted population units: a part of a municipality, a region, a country. */
export function selectPopulation(
  include: readonly Located<GeoItem>[],
  exclude: readonly Located<GeoItem>[],
  taxonomy: Taxonomy,
  locale: Locale,
  log: AssumptionLog,
): PopulationSelection {
  const inc = emptyPicks()
  const exc = emptyPicks()
  const issues: DomainIssue[] = []
  const unknown: PopulationSelection['unknown'] = []
  for (const [items, picks] of [
    [include, inc],
    [exclude, exc],
  ] as const) {
    for (const item of items) {
      const place = resolvePlace(item.value, taxonomy, locale)
      if (place.kind === 'invalid') issues.push({ path: item.path, code: place.code, message: place.message })
      else if (!pick(place, picks, taxonomy, log) && picks === inc)
        unknown.push({ path: item.path, label: place.label })
    }
  }
  if (issues.length > 0) throw new DomainError('audience_invalid', 'some places cannot be resolved', issues)
  const units = [
    ...areaUnits('FI', FI, inc.fi, exc.fi),
    ...areaUnits('SE', SE, inc.se, exc.se),
    ...[...inc.other].flatMap(([c, picks]) => bandUnits(c, picks, exc.other.get(c))),
  ]
  return { units, unknown }
}
