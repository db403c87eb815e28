import { distanceKm } from '../geo/geo-distance.js'
import { POPULATION_INDEX } from './population-index.js'

export { distanceKm }
const RAD = Math.PI / 180

type PostalTable = { codes: string[]; lat: Float64Array; lng: Float64Array }

function buildTable(): PostalTable {
  const located = Object.entries(POPULATION_INDEX.fi.postalCodes).filter(([, c]) => c[0] !== null && c[1] !== null)
  return {
    codes: located.map(([code]) => code),
    lat: Float64Array.from(located.map(([, c]) => c[0]!)),
    lng: Float64Array.from(located.map(([, c]) => c[1]!)),
  }
}

const TABLE = buildTable()

/** Finnish postal areas whose centre lies inside the circle (a bounding box first, then the great-circle distance). */
export function postalAreasWithin(lat: number, lng: number, km: number): string[] {
  const dLat = km / 110.5
  const dLng = km / Math.max(1e-6, 111.3 * Math.cos(lat * RAD))
  const found: string[] = []
  for (let i = 0; i < TABLE.codes.length; i++) {
    const la = TABLE.lat[i]!
    const lo = TABLE.lng[i]!
    if (Math.abs(la - lat) > dLat || Math.abs(lo - lng) > dLng) continue
    if (distanceKm(lat, lng, la, lo) <= km) found.push(TABLE.codes[i]!)
  }
  return found
}

/** The Finnish postal area whose centre is nearest, with its distance. */
export function nearestPostalArea(lat: number, lng: number): { code: string; km: number } | null {
  let best: { code: string; km: number } | null = null
  for (let i = 0; i < TABLE.codes.length; i++) {
    const km = distanceKm(lat, lng, TABLE.lat[i]!, TABLE.lng[i]!)
    if (!best || km < best.km) best = { code: TABLE.codes[i]!, km }
  }
  return best
}
