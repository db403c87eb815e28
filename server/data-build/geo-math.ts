export type LatLng = { lat: number; lng: number }

const EARTH_RADIUS_KM = 6371.0088
const toRad = (deg: number) => (deg * Math.PI) / 180

export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = toRad(b.lat - a.lat)
  const dLng = toRad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

export const round4 = (value: number): number => Math.round(value * 1e4) / 1e4
export const ceilToHalfKm = (km: number): number => Math.ceil(km * 2) / 2

// An arithmetic mean of lat/lng: fine for areas the size of a Finnish region.
export function centreOf(points: readonly LatLng[]): LatLng {
  if (points.length === 0) throw new Error('no points to centre')
  const sum = points.reduce((acc, p) => ({ lat: acc.lat + p.lat, lng: acc.lng + p.lng }), { lat: 0, lng: 0 })
  return { lat: round4(sum.lat / points.length), lng: round4(sum.lng / points.length) }
}

// ETRS-TM35FIN (EPSG:3067) → geographic, Krüger series as in the Finnish JHS 154 recommendation.
export function etrsTm35FinToLatLng(easting: number, northing: number): LatLng {
  const a = 6378137
  const f = 1 / 298.257222101
  const n = f / (2 - f)
  const e = Math.sqrt(f * (2 - f))
  const k0 = 0.9996
  const A1 = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64)
  const xi = northing / (A1 * k0)
  const eta = (easting - 500000) / (A1 * k0)
  const betas = [n / 2 - (2 * n ** 2) / 3 + (37 * n ** 3) / 96, n ** 2 / 48 + n ** 3 / 15, (17 * n ** 3) / 480]
  let xiP = xi
  let etaP = eta
  betas.forEach((beta, i) => {
    const j = 2 * (i + 1)
    xiP -= beta * Math.sin(j * xi) * Math.cosh(j * eta)
    etaP -= beta * Math.cos(j * xi) * Math.sinh(j * eta)
  })
  const conformalLat = Math.asin(Math.sin(xiP) / Math.cosh(etaP))
  const lngOffset = Math.asin(Math.tanh(etaP) / Math.cos(conformalLat))
  const q = Math.asinh(Math.tan(conformalLat))
  let qP = q + e * Math.atanh(e * Math.tanh(q))
  for (let i = 0; i < 4; i++) qP = q + e * Math.atanh(e * Math.tanh(qP))
  return { lat: round4((Math.atan(Math.sinh(qP)) * 180) / Math.PI), lng: round4(27 + (lngOffset * 180) / Math.PI) }
}
