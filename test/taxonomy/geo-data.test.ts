import { describe, expect, it } from 'vitest'
import { resolvePlace } from '../../audiences/geo/geo-resolve.js'
import { DEFAULT_TAXONOMY, TAXONOMY_PARTS } from '../../audiences/taxonomy/taxonomy-data.js'
import type { ChannelMapping, GeoEntry } from '../../audiences/taxonomy/taxonomy-schema.js'
import seCountyNuts from '../../audiences/taxonomy/data/se-county-nuts.json' with { type: 'json' }

const geo = [...DEFAULT_TAXONOMY.geo.values()]
const ofKind = (kind: GeoEntry['kind'], country: string) => geo.filter((g) => g.kind === kind && g.country === country)
const mappingsOf = (entries: readonly { channels: GeoEntry['channels'] }[]): ChannelMapping[] =>
  entries.flatMap((e) => Object.values(e.channels).filter((m): m is ChannelMapping => m !== undefined))

describe('geo taxonomy data', () => {
  it('when counted, then Finland has 19 regions and Sweden 21 counties', () => {
    expect(ofKind('region', 'FI')).toHaveLength(19)
    expect(ofKind('region', 'SE')).toHaveLength(21)
  })

  it('when counted, then there is one municipality per area of the 2019 population file', () => {
    // awk -F';' 'NR>3 && $2=="\"Yhteensä\"" && $1!="\"KOKO MAA\""' audiences/data/population/fi-municipality-age-sex-2019.csv | wc -l → 310
    expect(ofKind('municipality', 'FI')).toHaveLength(310)
  })

  it('when counted, then every postal code of the 2020 key file is there', () => {
    // tail -n +2 audiences/data/population/fi-postcode-areas-2020.csv | wc -l → 3026
    expect(Object.keys(TAXONOMY_PARTS.postalCodes)).toHaveLength(3026)
  })

  it('when counted, then every two-letter WorldPop key but GZ (Gaza, not an ISO code) is a country', () => {
    // cut -d, -f1 audiences/data/population/worldpop-age-sex.csv | grep -cE '^[A-Z]{2}$' → 237
    expect(geo.filter((g) => g.kind === 'country')).toHaveLength(236)
    expect(DEFAULT_TAXONOMY.geoByCode('country', 'GZ', 'GZ')).toBeUndefined()
  })

  it('when municipality 091 is asked for, then resolves Helsinki inside Uusimaa FI-18', () => {
    const place = resolvePlace({ municipality: '091', country: 'FI' }, DEFAULT_TAXONOMY, 'fi')

    expect(place.kind).toBe('municipality')
    if (place.kind !== 'municipality') return
    expect(place.entry.labels).toEqual({ fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' })
    const parent = DEFAULT_TAXONOMY.geo.get(place.entry.parent ?? '')
    expect(parent?.code).toBe('FI-18')
    expect(parent?.labels.fi).toBe('Uusimaa')
  })

  it('when the city is given by its Swedish name, then resolves Helsinki', () => {
    const place = resolvePlace({ city: 'Helsingfors', country: 'FI' }, DEFAULT_TAXONOMY, 'en')

    expect(place).toMatchObject({ kind: 'municipality', label: 'Helsinki', entry: { code: '091' } })
  })

  it('when postal code 00100 is asked for, then draws its circle at 60.1714, 24.9316 in Helsinki', () => {
    // grep ',00100,' audiences/data/population/fi-postcode-coordinates.csv → 60.1714,24.9316
    const place = resolvePlace({ postalCode: '00100', country: 'FI' }, DEFAULT_TAXONOMY, 'fi')

    expect(place.kind).toBe('postalCode')
    if (place.kind !== 'postalCode') return
    expect([place.circle.lat, place.circle.lng]).toEqual([60.1714, 24.9316])
    expect(place.municipality?.code).toBe('091')
  })

  it('when postal codes are listed, then each lies in Finland, names a known municipality and has a radius of 1 km or more', () => {
    for (const [lat, lng, municipality, km] of Object.values(TAXONOMY_PARTS.postalCodes)) {
      expect(DEFAULT_TAXONOMY.geoByCode('municipality', 'FI', municipality)).toBeDefined()
      expect([lat > 59 && lat < 71, lng > 19 && lng < 32, km >= 1]).toEqual([true, true, true])
    }
  })

  it('when the postal code does not exist, then is invalid with postal_code_unknown', () => {
    const place = resolvePlace({ postalCode: '99999', country: 'FI' }, DEFAULT_TAXONOMY, 'fi')

    expect(place).toMatchObject({ kind: 'invalid', code: 'postal_code_unknown' })
  })

  it('when the Finnish region code does not exist, then is invalid with region_unknown', () => {
    expect(resolvePlace({ region: 'FI-99' }, DEFAULT_TAXONOMY, 'fi')).toMatchObject({
      kind: 'invalid',
      code: 'region_unknown',
    })
  })

  it('when the country code does not exist, then is invalid', () => {
    expect(resolvePlace({ country: 'XX' }, DEFAULT_TAXONOMY, 'fi')).toMatchObject({ kind: 'invalid' })
  })

  it('when a Swedish county is asked for, then resolves it and its NUTS 3 code is recorded', () => {
    const place = resolvePlace({ region: 'SE-AB' }, DEFAULT_TAXONOMY, 'sv')

    expect(place).toMatchObject({ kind: 'region', label: 'Stockholms län' })
    expect(seCountyNuts['SE-AB']).toBe('SE110')
    expect(Object.keys(seCountyNuts).sort()).toEqual(
      ofKind('region', 'SE')
        .map((c) => c.code)
        .sort(),
    )
  })

  it('when Finland is mapped, then Google has 2246, Meta FI and LinkedIn urn:li:geo:100456013', () => {
    const finland = DEFAULT_TAXONOMY.geoByCode('country', 'FI', 'FI')

    expect(finland?.labels).toEqual({ fi: 'Suomi', sv: 'Finland', en: 'Finland' })
    expect(finland?.channels.google?.id).toBe('2246')
    expect(finland?.channels.meta?.id).toBe('FI')
    expect(finland?.channels.linkedin?.id).toBe('urn:li:geo:100456013')
  })

  it('when a mapping has an identifier, then it has a source and a confirmed date', () => {
    const mappings = mappingsOf([...geo, ...DEFAULT_TAXONOMY.languages.values()]).filter((m) => m.id !== null)

    expect(mappings.length).toBeGreaterThan(0)
    expect(mappings.filter((m) => m.source === null || m.confirmed === null)).toEqual([])
  })

  it('when languages are listed, then each has its Google language constant from Google’s published table', () => {
    const google = new Map([...DEFAULT_TAXONOMY.languages.values()].map((l) => [l.code, l.channels.google?.id]))

    // ../shared/data/platforms/google-languages.csv (Google Ads API language codes): Finnish 1011, Swedish 1015, …
    expect(Object.fromEntries(['fi', 'sv', 'en', 'et', 'ru', 'de', 'da'].map((c) => [c, google.get(c)]))).toEqual({
      fi: '1011',
      sv: '1015',
      en: '1000',
      et: '1043',
      ru: '1031',
      de: '1001',
      da: '1009',
    })
  })
})
