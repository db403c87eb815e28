import { describe, expect, it } from 'vitest'
import type { AudienceInput, GeoItem } from '../../../audiences/index.js'
import { HELSINKI, LIVE, LIVE_TAXONOMY, compileMeta, itemAt } from './meta-support.js'

type GeoCase = { place: GeoItem; geo: object; status: string; code: string }

// Expected values from geo-fi.json / fi-postal-codes.json and Meta's basic-targeting doc (custom_locations 1–80 km).
const INCLUDE: Record<string, GeoCase> = {
  country: { place: { country: 'FI' }, geo: { countries: ['FI'] }, status: 'exact', code: 'geo_country' },
  municipality: {
    place: { municipality: '091', country: 'FI' },
    geo: { custom_locations: [{ ...HELSINKI, radius: 16 }] },
    status: 'approximated',
    code: 'geo_circle',
  },
  'city kohde knows': {
    place: { city: 'Helsinki', country: 'FI' },
    geo: { custom_locations: [{ ...HELSINKI, radius: 16 }] },
    status: 'approximated',
    code: 'geo_circle',
  },
  'postal code': {
    place: { postalCode: '00100', country: 'FI' },
    geo: {
      custom_locations: [
        { latitude: 60.1714, longitude: 24.9316, radius: 1, distance_unit: 'kilometer', name: '00100 Helsinki' },
      ],
    },
    status: 'approximated',
    code: 'geo_postal_circle',
  },
  radius: {
    place: { radius: { lat: 60.5, lng: 25, km: 10 }, label: 'Porvoo area' },
    geo: {
      custom_locations: [
        { latitude: 60.5, longitude: 25, radius: 10, distance_unit: 'kilometer', name: 'Porvoo area' },
      ],
    },
    status: 'exact',
    code: 'geo_radius',
  },
  'radius below 1 km': {
    place: { radius: { lat: 60.5, lng: 25, km: 0.5 }, label: 'Pin' },
    geo: { custom_locations: [{ latitude: 60.5, longitude: 25, radius: 1, distance_unit: 'kilometer', name: 'Pin' }] },
    status: 'approximated',
    code: 'radius_clamped',
  },
  'municipality wider than 80 km (Kittilä, 129 km)': {
    place: { municipality: '261', country: 'FI' },
    geo: {
      custom_locations: [
        { latitude: 67.7342, longitude: 25.0519, radius: 80, distance_unit: 'kilometer', name: 'Kittilä' },
      ],
    },
    status: 'approximated',
    code: 'geo_circle',
  },
  'region without a centre (Stockholm County)': {
    place: { region: 'SE-AB' },
    geo: { countries: ['SE'] },
    status: 'approximated',
    code: 'geo_widened_to_country',
  },
  'city kohde does not know': {
    place: { city: 'Göteborg', country: 'SE' },
    geo: { countries: ['SE'] },
    status: 'approximated',
    code: 'geo_widened_to_country',
  },
  'region of a country without region data': {
    place: { region: 'US-CA' },
    geo: { countries: ['US'] },
    status: 'approximated',
    code: 'geo_widened_to_country',
  },
}

describe('metaCompiler geo', () => {
  it.each(Object.entries(INCLUDE))('when the audience targets a %s, then geo_locations holds it', (_kind, c) => {
    const result = compileMeta({ geo: { include: [c.place] } })

    // No location_types: Meta's error 1870199 asks to remove every value (all locations reach home and recent).
    expect(result.spec.targeting.geo_locations).toEqual(c.geo)
    expect(itemAt(result, ['geo', 'include', 0])).toMatchObject({ status: c.status, code: c.code })
  })

  it.each(Object.entries(INCLUDE).filter(([, c]) => c.status === 'approximated'))(
    'when a %s is approximated, then its item carries the places Meta targets instead',
    (_kind, c) => {
      const result = compileMeta({ geo: { include: [c.place] } })

      const circles = (c.geo as { custom_locations?: { latitude: number; longitude: number; radius: number }[] })
        .custom_locations
      const countries = (c.geo as { countries?: string[] }).countries ?? []
      const places = circles
        ? circles.map((l) => expect.objectContaining({ radius: { lat: l.latitude, lng: l.longitude, km: l.radius } }))
        : countries.map((country) => ({ country }))
      expect(itemAt(result, ['geo', 'include', 0]).effective).toEqual({ kind: 'places', places })
    },
  )

  it('when a region has municipalities, then it becomes one circle per municipality (Uusimaa: 26)', () => {
    const result = compileMeta({ geo: { include: [{ region: 'FI-18' }] } })

    const circles = result.spec.targeting.geo_locations.custom_locations ?? []
    expect(circles).toHaveLength(26)
    expect(circles).toContainEqual({ ...HELSINKI, radius: 16 })
    expect(itemAt(result, ['geo', 'include', 0]).message).toContain('26 circles')
  })

  it('when a place has no data, then the message names the adgeolocation lookup and the fallback country', () => {
    const result = compileMeta({ geo: { include: [{ region: 'SE-AB' }] } })

    const { message } = itemAt(result, ['geo', 'include', 0])
    expect(message).toContain('GET /search?type=adgeolocation&q=Stockholm County&location_types=["region"]')
    expect(message).toContain('falls back to the whole of SE')
  })

  it('when a live lookup stored region and city keys, then they are emitted as keys, exactly', () => {
    const result = compileMeta(
      { geo: { include: [{ region: 'FI-18' }, { municipality: '091', country: 'FI' }] } },
      { taxonomy: LIVE_TAXONOMY },
    )

    expect(result.spec.targeting.geo_locations).toEqual({
      regions: [{ key: LIVE.uusimaa }],
      cities: [{ key: LIVE.helsinki }],
    })
    expect(itemAt(result, ['geo', 'include', 1])).toMatchObject({ status: 'exact', code: 'geo_key' })
  })

  it('when a place lies in a country that is also targeted, then only the country is sent and the place is exact', () => {
    const result = compileMeta({ geo: { include: [{ country: 'FI' }, { municipality: '091', country: 'FI' }] } })

    expect(result.spec.targeting.geo_locations).toEqual({ countries: ['FI'] })
    expect(itemAt(result, ['geo', 'include', 1])).toMatchObject({ status: 'exact', code: 'geo_within_country' })
  })

  // Issue 13: a circle inside a targeted country overlapped it; kohde places the circle by the municipality circles.
  it('when a radius circle lies in Finland and Finland is targeted, then only the country is sent', () => {
    const result = compileMeta({
      geo: { include: [{ country: 'FI' }, { radius: { lat: 60.17, lng: 24.94, km: 5 }, label: 'Helsinki centre' }] },
    })

    expect(result.spec.targeting.geo_locations).toEqual({ countries: ['FI'] })
    expect(itemAt(result, ['geo', 'include', 1])).toMatchObject({ status: 'exact', code: 'geo_within_country' })
  })

  it('when regions need more than 200 circles, then the places beyond Meta’s limit are unresolved', () => {
    // Finland's 19 regions hold 310 municipalities, one circle each.
    const regions = Array.from({ length: 19 }, (_, i) => `FI-${String(i + 1).padStart(2, '0')}`)
    const result = compileMeta({ geo: { include: regions.map((region) => ({ region })) } })

    const circles = result.spec.targeting.geo_locations.custom_locations ?? []
    const limited = result.fidelity.items.filter((i) => i.code === 'custom_locations_limit')
    expect(circles.length).toBeLessThanOrEqual(200)
    expect(limited.length).toBeGreaterThan(0)
    expect(limited[0]?.message).toContain('Meta allows 200 custom locations')
  })
})

describe('metaCompiler geo exclusions', () => {
  const exclude = (place: GeoItem): Partial<AudienceInput> => ({
    geo: { include: [{ country: 'FI' }], exclude: [place] },
  })

  it('when a country is excluded, then excluded_geo_locations lists it exactly', () => {
    const result = compileMeta(exclude({ country: 'SE' }))

    expect(result.spec.targeting.excluded_geo_locations).toEqual({ countries: ['SE'] })
    expect(itemAt(result, ['geo', 'exclude', 0])).toMatchObject({ status: 'exact', code: 'geo_country' })
  })

  it('when a municipality is excluded, then its circle is excluded, over-exclusive at the edges', () => {
    const result = compileMeta(exclude({ municipality: '091', country: 'FI' }))

    expect(result.spec.targeting.excluded_geo_locations).toEqual({ custom_locations: [{ ...HELSINKI, radius: 16 }] })
    const item = itemAt(result, ['geo', 'exclude', 0])
    expect(item).toMatchObject({ status: 'approximated', code: 'geo_exclude_circle' })
    expect(item.message).toContain('over-exclusive')
  })

  it('when a radius is excluded, then excluded_geo_locations holds that circle exactly', () => {
    const result = compileMeta(exclude({ radius: { lat: 60.2, lng: 24.9, km: 5 } }))

    expect(result.spec.targeting.excluded_geo_locations?.custom_locations?.[0]).toMatchObject({
      latitude: 60.2,
      longitude: 24.9,
      radius: 5,
      distance_unit: 'kilometer',
    })
    expect(itemAt(result, ['geo', 'exclude', 0])).toMatchObject({ status: 'exact', code: 'geo_radius' })
  })

  it('when nothing is excluded, then the spec has no excluded_geo_locations', () => {
    expect(compileMeta({}).spec.targeting).not.toHaveProperty('excluded_geo_locations')
  })
})

describe('metaCompiler presence', () => {
  it.each([
    ['home', 'approximated', 'presence_home_unavailable'],
    ['homeOrRecent', 'exact', 'presence_home_or_recent'],
  ] as const)(
    'when presence is %s, then no location_types is sent (Meta error subcode 1870199) and it is %s',
    (presence, status, code) => {
      const result = compileMeta({ geo: { include: [{ country: 'FI' }], presence } })

      expect(result.spec.targeting.geo_locations).not.toHaveProperty('location_types')
      expect(itemAt(result, ['geo', 'presence'])).toMatchObject({ status, code })
    },
  )
})
