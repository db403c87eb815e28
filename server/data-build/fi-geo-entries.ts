import type { GeoEntry } from '../../audiences/taxonomy/taxonomy-schema.js'
import { lookup } from './channel-mappings.js'
import { fiMunicipalityName, KNOWN_SWEDISH_NAMES } from './fi-municipality-names.js'
import type { FiPostcodeArea } from './fi-postcode-areas.js'
import { FI_REGION_NAMES, type FiRegionName } from './fi-region-names.js'
import { ceilToHalfKm, centreOf, haversineKm, type LatLng } from './geo-math.js'
import { slugOf, synonymsOf } from './entry-names.js'

export type FiGeo = { regions: GeoEntry[]; municipalities: GeoEntry[]; uncoded: string[] }
type Circle = { centre: LatLng; radiusKm: number }

/** Regions and the municipalities of the StatFin population file, coded from the postcode key file. */
export function buildFiGeo(areas: readonly FiPostcodeArea[], populationNames: readonly string[]): FiGeo {
  const unknownSwedish = KNOWN_SWEDISH_NAMES.filter((name) => !populationNames.includes(name))
  if (unknownSwedish.length > 0) throw new Error(`Swedish names for unknown municipalities: ${unknownSwedish}`)
  const areaByName = new Map(areas.map((a) => [a.municipalityName, a]))
  const uncoded = populationNames.filter((name) => !areaByName.has(name))
  const coded = populationNames.flatMap((name) => areaByName.get(name) ?? [])
  const municipalitySlugs = new Set(coded.map((a) => slugOf(fiMunicipalityName(a.municipalityName).fi)))
  const regionKey = (r: FiRegionName) => `geo.fi.${slugOf(r.fi)}${municipalitySlugs.has(slugOf(r.fi)) ? '-region' : ''}`
  const regionOf = (statNumber: string) => {
    const region = FI_REGION_NAMES.find((r) => r.statNumber === statNumber)
    if (!region) throw new Error(`region ${statNumber} is not in the region table`)
    const en = areas.find((a) => a.regionNumber === statNumber)?.regionEn
    if (!en) throw new Error(`region ${statNumber} has no postcode areas`)
    return { ...region, key: regionKey(region), en }
  }
  const municipalities = coded.map((area) => {
    const centres = areas.filter((a) => a.municipalityCode === area.municipalityCode).flatMap((a) => a.centre ?? [])
    return municipalityEntry(area, regionOf(area.regionNumber), circleAroundPoints(centres))
  })
  const regions = FI_REGION_NAMES.map((r) => {
    const region = regionOf(r.statNumber)
    return regionEntry(region, circleAroundCircles(municipalities.filter((m) => m.parent === region.key)))
  })
  return { regions, municipalities, uncoded }
}

type Region = FiRegionName & { key: string; en: string }

function municipalityEntry(area: FiPostcodeArea, region: Region, circle: Circle | null): GeoEntry {
  const labels = fiMunicipalityName(area.municipalityName)
  return {
    key: `geo.fi.${slugOf(labels.fi)}`,
    kind: 'municipality',
    country: 'FI',
    code: area.municipalityCode,
    parent: region.key,
    labels,
    synonyms: synonymsOf(labels),
    centre: circle?.centre ?? null,
    radiusKm: circle?.radiusKm ?? null,
    channels: {
      google: lookup('location', `${labels.en},${region.en},Finland`),
      meta: lookup('cities', labels.fi),
      linkedin: lookup('locations', labels.fi),
    },
  }
}

function regionEntry(region: Region, circle: Circle | null): GeoEntry {
  const labels = { fi: region.fi, sv: region.sv, en: region.en }
  return {
    key: region.key,
    kind: 'region',
    country: 'FI',
    code: region.iso,
    parent: 'geo.fi',
    labels,
    synonyms: synonymsOf(labels, { en: region.enSynonyms }),
    centre: circle?.centre ?? null,
    radiusKm: circle?.radiusKm ?? null,
    channels: {
      google: lookup('location', `${region.en},Finland`),
      meta: lookup('regions', region.fi),
      linkedin: lookup('locations', region.fi),
    },
  }
}

// Mean of the postal-area centres; the radius reaches the farthest one plus 2 km, at least 3 km.
function circleAroundPoints(points: readonly LatLng[]): Circle | null {
  if (points.length === 0) return null
  const centre = centreOf(points)
  const farthest = Math.max(...points.map((p) => haversineKm(centre, p)))
  return { centre, radiusKm: ceilToHalfKm(Math.max(3, farthest + 2)) }
}

// Mean of the municipality centres; the radius covers every municipality's own circle.
function circleAroundCircles(entries: readonly GeoEntry[]): Circle | null {
  const circles = entries.flatMap((e) => (e.centre && e.radiusKm ? [{ centre: e.centre, radiusKm: e.radiusKm }] : []))
  if (circles.length === 0) return null
  const centre = centreOf(circles.map((c) => c.centre))
  const reach = Math.max(...circles.map((c) => haversineKm(centre, c.centre) + c.radiusKm))
  return { centre, radiusKm: ceilToHalfKm(reach) }
}
