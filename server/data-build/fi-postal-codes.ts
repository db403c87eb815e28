import type { GeoEntry } from '../../audiences/taxonomy/taxonomy-schema.js'
import type { FiPostcodeArea } from './fi-postcode-areas.js'
import { ceilToHalfKm, haversineKm, round4 } from './geo-math.js'

export type PostalTable = Record<string, [lat: number, lng: number, municipality: string, radiusKm: number]>
export type FiPostalCodes = { table: PostalTable; fromMunicipality: string[] }

/** Every postal code as a circle: half the way to the nearest other postal centre, within 1…10 km. */
export function buildFiPostalCodes(
  areas: readonly FiPostcodeArea[],
  municipalities: readonly GeoEntry[],
): FiPostalCodes {
  const located = areas.flatMap((a) => (a.centre ? [{ code: a.code, centre: a.centre }] : []))
  const municipalityByCode = new Map(municipalities.map((m) => [m.code, m]))
  const table: PostalTable = {}
  const fromMunicipality: string[] = []
  for (const area of [...areas].sort((a, b) => a.code.localeCompare(b.code))) {
    const centre = area.centre
    if (centre) {
      const nearest = Math.min(...located.filter((o) => o.code !== area.code).map((o) => haversineKm(centre, o.centre)))
      const radiusKm = ceilToHalfKm(Math.min(10, Math.max(1, nearest / 2)))
      table[area.code] = [round4(centre.lat), round4(centre.lng), area.municipalityCode, radiusKm]
      continue
    }
    const municipality = municipalityByCode.get(area.municipalityCode)
    if (!municipality?.centre || !municipality.radiusKm)
      throw new Error(`postcode ${area.code} has no centre to fall back on`)
    table[area.code] = [municipality.centre.lat, municipality.centre.lng, area.municipalityCode, municipality.radiusKm]
    fromMunicipality.push(area.code)
  }
  return { table, fromMunicipality }
}
