import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, type GeoEntry, type GeoItem } from '../../../audiences/index.js'
import { compileGoogle, verdictAt } from './google-compile.js'

// The imported geotargets copy, read independently of the build: Criteria ID,Name,Canonical Name,Parent ID,Country
// Code,Target Type,Status (google-geotargets-nordic.csv; SOURCES.md: FI 227 municipalities + 5 cities + 18 regions,
// SE 226 cities + 21 counties, all Active), and its supplement (SOURCES-supplement.md: FI 88 municipalities + 3 cities,
// SE 63 cities).
// One supplement row is no place of kohde's: "9072483","Helsinki","Helsinki,Helsinki,Uusimaa,Finland","9075506","FI",
// "City", the city inside the municipality Helsinki, whose own row (1005582) the place Helsinki carries.
const PLACE_TYPES: Record<string, string[]> = { FI: ['Municipality', 'City', 'Region'], SE: ['City', 'County'] }
const rowsOf = (file: string) =>
  readFileSync(new URL(`../../../audiences/data/platforms/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
const LISTED = [...rowsOf('google-geotargets-nordic.csv'), ...rowsOf('google-geotargets-nordic-supplement.csv')]
  .map((line) => line.replace(/^"|"$/g, '').split(/","|",/))
  .filter(([, , , , country, type, status]) => status === 'Active' && PLACE_TYPES[country!]?.includes(type!))
  .map(([id, name, , , country, type]) => ({ id: id!, name: name!, country: country!, type: type! }))

const entryOf = (id: string) => [...DEFAULT_TAXONOMY.geo.values()].find((g) => g.channels.google?.id === id)
const itemOf = (entry: GeoEntry): GeoItem =>
  entry.kind === 'region'
    ? { region: entry.code }
    : entry.kind === 'municipality'
      ? { municipality: entry.code, country: entry.country }
      : { city: entry.labels.en, country: entry.country }

describe('googleCompiler over every Finnish and Swedish place Google lists', () => {
  it('when each listed municipality, city, region and county is targeted, then it becomes its own geo target constant', () => {
    const wrong = LISTED.filter(({ id }) => {
      const entry = entryOf(id)
      if (!entry) return true
      const result = compileGoogle({ geo: { include: [itemOf(entry)] } }, DEFAULT_TAXONOMY)
      const [status] = verdictAt(result.fidelity.items, 'geo', 'include', 0)
      return (
        status !== 'exact' ||
        JSON.stringify(result.spec.campaignCriteria) !==
          JSON.stringify([{ location: { geo_target_constant: `geoTargetConstants/${id}` } }])
      )
    })

    expect(LISTED).toHaveLength(227 + 5 + 18 + 226 + 21 + 64 + 2 + 24 + 1 + 63)
    expect(wrong.map(({ id }) => id)).toEqual(['9072483'])
    expect(
      compileGoogle({ geo: { include: [{ city: 'Helsinki', country: 'FI' }] } }, DEFAULT_TAXONOMY).spec
        .campaignCriteria,
    ).toEqual([{ location: { geo_target_constant: 'geoTargetConstants/1005582' } }])
  })

  it('when Åland (no Google region) is targeted, then Mariehamn, Kumlinge and Sund are constants and the other 13 municipalities circles', () => {
    // "1005573","Mariehamn","Mariehamn,Finland","2246","FI","City" (SOURCES.md); "1030822","Kumlinge",…,"2246","FI","City"
    // and "1030852","Sund",…,"2246","FI","City" (SOURCES-supplement.md): Åland's 16 municipalities, 3 with an id.
    const result = compileGoogle({ geo: { include: [{ region: 'FI-01' }] } }, DEFAULT_TAXONOMY)
    const criteria = result.spec.campaignCriteria
    const constants = criteria.flatMap((c) => ('location' in c ? [c.location.geo_target_constant] : []))

    expect(constants.sort()).toEqual(['1005573', '1030822', '1030852'].map((id) => `geoTargetConstants/${id}`))
    expect(criteria.filter((c) => 'proximity' in c)).toHaveLength(13)
    expect(verdictAt(result.fidelity.items, 'geo', 'include', 0)).toEqual(['approximated', 'geo_circles'])
  })

  it('when a postal code Google lists no constant for is targeted, then it stays a circle reported approximated', () => {
    const result = compileGoogle({ geo: { include: [{ postalCode: '90100', country: 'FI' }] } }, DEFAULT_TAXONOMY)

    expect(result.spec.campaignCriteria.map((c) => Object.keys(c))).toEqual([['proximity']])
    expect(verdictAt(result.fidelity.items, 'geo', 'include', 0)).toEqual(['approximated', 'geo_circles'])
  })
})
