import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileAudience, DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { parseBrief } from '../../audiences/briefs/index.js'

// Issue 15, classes 1, 2, 6 and 7: radius, the scope of an exclusion, postal codes, places in any form.
const parse = (text: string) => parseBrief(text, DEFAULT_TAXONOMY)
const codes = (text: string) => parse(text).notes.map((n) => n.code)
// Kuopio's centre in audiences/taxonomy/data/geo-fi.json (municipality 297).
const KUOPIO = { lat: 62.9894, lng: 27.6983 }

describe('a radius in any wording (class 1)', () => {
  it.each([
    'Kuopio +30 km, naiset',
    '30 km:n säteellä Kuopiosta, naiset',
    'Kuopion seutu 30 km, naiset',
    'inom 30 km från Kuopio, kvinnor',
    'women within 30 km of Kuopio',
    'Radie 30 km runt Kuopio, kvinnor',
    'Kuopio area, 30 km radius, women',
    'kvinnor inom 3 mil från Kuopio',
  ])('when the brief says "%s", then the draft targets a 30 km circle around Kuopio and nothing else', (text) => {
    const { audience } = parse(text)

    expect(audience.geo.include).toEqual([
      { radius: { ...KUOPIO, km: 30 }, label: expect.stringMatching(/^Kuopio \+30 km$/) },
    ])
    expect(audience.genders).toEqual(['female'])
  })

  it('when one radius is given for two places, then each becomes a circle', () => {
    const include = parse('40 km säteellä Kuopiosta ja Helsingistä').audience.geo.include

    expect(include.map((g) => ('radius' in g ? [g.radius.lat, g.radius.km] : null))).toEqual([
      [62.9894, 40],
      [60.2085, 40],
    ])
  })

  it('when a radius is around a postal code, then the circle is around the postal area (33100: 61.4942, 23.7817)', () => {
    expect(parse('5 km around postal code 33100').audience.geo.include).toEqual([
      { radius: { lat: 61.4942, lng: 23.7817, km: 5 }, label: '33100 +5 km' },
    ])
  })

  it('when a bracketed postal code follows an unread district name, then the circle is around the code (33720: 61.4471, 23.8565)', () => {
    expect(parse('Koiranomistajat 5 km:n säteellä Hervannasta (33720)').audience.geo.include).toEqual([
      { radius: { lat: 61.4471, lng: 23.8565, km: 5 }, label: '33720 +5 km' },
    ])
    // Control: a code in a later sentence is no centre of the distance.
    expect(parse('Dog owners within 5 km of Hervanta. Also the code 33720.').audience.geo.include).toEqual([
      { postalCode: '33720', country: 'FI' },
    ])
  })

  it('when the place is named again beside its circle, then it is left out with a note', () => {
    const result = parse('Kuopio, naiset 30 km säteellä Kuopiosta')

    expect(result.audience.geo.include).toHaveLength(1)
    expect(codes('Kuopio, naiset 30 km säteellä Kuopiosta')).toContain('place_covered')
  })

  it('when a Swedish brief says "inom 30 km från Umeå", then it is a circle around Umeå\'s centre in the locality table, compiled as one', () => {
    // audiences/data/places/se-locality-centres.csv (sphrak/svenska-stader, SOURCES.md), read here apart from the build.
    const row = readFileSync(new URL('../../audiences/data/places/se-locality-centres.csv', import.meta.url), 'utf8')
      .split('\n')
      .find((line) => line.startsWith('Umeå,Umeå,'))
    expect(row).toBe('Umeå,Umeå,Västerbotten,63.825656,20.263074')
    const { audience } = parse('inom 30 km från Umeå, kvinnor')

    expect(audience.geo.include).toEqual([{ radius: { lat: 63.825656, lng: 20.263074, km: 30 }, label: 'Umeå +30 km' }])
    const { google, facebook } = compileAudience(audience, DEFAULT_TAXONOMY, ['google', 'facebook'])
    // A proximity in micro-degrees (63.825656 × 10^6), not Umeå's constant 1012257; Meta a custom location, not SE.
    expect((google?.spec as { campaignCriteria: unknown[] }).campaignCriteria).toEqual([
      {
        proximity: {
          geo_point: { latitude_in_micro_degrees: 63825656, longitude_in_micro_degrees: 20263074 },
          radius: 30,
          radius_units: 'KILOMETERS',
        },
      },
    ])
    expect((facebook?.spec as { targeting: { geo_locations: unknown } }).targeting.geo_locations).toEqual({
      custom_locations: [
        { latitude: 63.825656, longitude: 20.263074, radius: 30, distance_unit: 'kilometer', name: 'Umeå +30 km' },
      ],
    })
  })

  it('when a Swedish municipality has no centre (Falun: the table writes its municipality "Falu"), then it stays the municipality with a note', () => {
    const result = parse('Falun +20 km')

    expect(result.audience.geo.include).toEqual([{ municipality: '2080', country: 'SE' }])
    expect(result.notes.map((n) => n.code)).toContain('radius_without_centre')
  })

  it('when a Swedish municipality with a centre is targeted alone, then it is still its constant, not a circle (no radius is sourced)', () => {
    const { audience } = parse('kvinnor i Umeå')
    const { google, facebook } = compileAudience(audience, DEFAULT_TAXONOMY, ['google', 'facebook'])

    expect((google?.spec as { campaignCriteria: unknown[] }).campaignCriteria).toEqual([
      { location: { geo_target_constant: 'geoTargetConstants/1012257' } },
    ])
    expect(JSON.stringify(facebook?.spec)).not.toContain('custom_locations')
  })

  // Centres from audiences/data/places/se-locality-centres.csv: Kalmar 56.662882, 16.366238; Göteborg 57.707232, 11.967017.
  it('when a distance is about a name that is also a county or a behaviour, then the circle goes around the town (3 mil = 30 km)', () => {
    expect(parse('kvinnor inom 3 mil från Kalmar').audience.geo.include).toEqual([
      { radius: { lat: 56.662882, lng: 16.366238, km: 30 }, label: 'Kalmar +30 km' },
    ])
    expect(parse('kvinnor inom 30 km från Göteborg').audience.geo.include).toEqual([
      { radius: { lat: 57.707232, lng: 11.967017, km: 30 }, label: 'Göteborg +30 km' },
    ])
    // Control: without a distance, the county stays the county.
    expect(parse('Kalmar län, kvinnor').audience.geo.include).toEqual([{ region: 'SE-H' }])
  })

  it('when a distance names no place, then nothing is added for it and a note says so', () => {
    expect(parse('30 km säteellä, naiset').audience.geo.include).toEqual([{ country: 'FI' }])
    expect(codes('30 km säteellä, naiset')).toContain('radius_without_place')
  })
})

describe('the scope of an exclusion (class 2)', () => {
  it('when a negated verb clause ends at a comma, then the criteria after it are included', () => {
    const { audience } = parse('Asiakkaat, jotka eivät ole tilanneet vuoteen, naiset Lapissa')

    expect(audience.genders).toEqual(['female'])
    expect(audience.geo).toMatchObject({ include: [{ region: 'FI-10' }], exclude: [] })
  })

  it('when a Swedish negated clause ends at a comma, then the age after it is the age', () => {
    expect(parse('Kunder som inte har handlat i år, 30–50 år').audience.age).toEqual({ min: 30, max: 50 })
  })

  it('when an exclusion lists places and a comma brings another kind, then only the places are excluded', () => {
    const { audience } = parse('Koko Suomi paitsi Ahvenanmaa ja Lappi, miehet 45–65')

    expect(audience.geo.exclude).toEqual([{ region: 'FI-01' }, { region: 'FI-10' }])
    expect(audience).toMatchObject({ genders: ['male'], age: { min: 45, max: 65 } })
  })

  it('when the list after a comma is of the kind already excluded, then it is excluded too', () => {
    const { audience } = parse('Uusimaa, paitsi Espoo, Vantaa, naiset')

    expect(audience.geo.exclude).toEqual([
      { municipality: '049', country: 'FI' },
      { municipality: '092', country: 'FI' },
    ])
    expect(audience.genders).toEqual(['female'])
  })

  it('when a cue follows the negation ("do not live in"), then the place after it is excluded', () => {
    expect(parse('Students who do not live in Helsinki').audience.geo.exclude).toEqual([
      { municipality: '091', country: 'FI' },
    ])
  })
})

describe('postal codes (class 6)', () => {
  it('when a range is given, then every code of the postal data between its ends is kept', () => {
    // The codes audiences/taxonomy/data/fi-postal-codes.json has from 65100 to 65380.
    const expected = ['65100', '65130', '65170', '65200', '65230', '65280', '65300', '65320', '65350', '65370', '65380']

    expect(parse('Postinumeroalueet 65100–65380').audience.geo.include).toEqual(
      expected.map((postalCode) => ({ postalCode, country: 'FI' })),
    )
    expect(codes('Postinumeroalueet 65100–65380')).toContain('postal_range')
  })

  it('when codes are listed with commas and a list word, then each is kept and their town is left out', () => {
    expect(parse('Oulu: postinumerot 90100, 90120 och 90500').audience.geo.include).toEqual([
      { postalCode: '90100', country: 'FI' },
      { postalCode: '90120', country: 'FI' },
      { postalCode: '90500', country: 'FI' },
    ])
  })
})

describe('places in any form (class 7)', () => {
  it.each([
    ['Norra och Södra Österbotten', [{ region: 'FI-14' }, { region: 'FI-03' }]],
    ['Etelä- ja Pohjois-Savossa', [{ region: 'FI-04' }, { region: 'FI-15' }]],
    ['vantaalaiset', [{ municipality: '092', country: 'FI' }]],
    // English writes the compass part both ways; neither is the plain Ostrobothnia (FI-12).
    ['Farmers in Northern Ostrobothnia', [{ region: 'FI-14' }]],
    ['Farmers in Southern Karelia', [{ region: 'FI-02' }]],
    ['Farmers in Ostrobothnia', [{ region: 'FI-12' }]],
    [
      'S:t Karins och Nådendal',
      [
        { municipality: '202', country: 'FI' },
        { municipality: '529', country: 'FI' },
      ],
    ],
  ])('when the places are written "%s", then geo includes %o', (text, include) => {
    expect(parse(text).audience.geo.include).toEqual(include)
  })

  it('when a town is named beside its region, then both are kept', () => {
    expect(parse('Pirkanmaa, Tampere').audience.geo.include).toEqual([
      { region: 'FI-11' },
      { municipality: '837', country: 'FI' },
    ])
  })
})
