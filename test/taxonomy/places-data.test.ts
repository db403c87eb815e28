import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, resolvePlace, type GeoEntry } from '../../audiences/index.js'

const geo = [...DEFAULT_TAXONOMY.geo.values()]
const of = (kind: GeoEntry['kind'], country: string) => geo.filter((g) => g.kind === kind && g.country === country)
const googleId = (entry: GeoEntry | undefined) => entry?.channels.google?.id ?? null
const byCode = (kind: GeoEntry['kind'], country: string, code: string) =>
  DEFAULT_TAXONOMY.geoByCode(kind, country, code)

// The imported geotargets copy and its supplement (rows read later from the same copy, SOURCES-supplement.md), read
// here independently of the build: Criteria ID,Name,Canonical Name,Parent ID,Country Code,Target Type,Status.
const linesOf = (file: string) =>
  readFileSync(new URL(`../../audiences/data/platforms/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
const SHARED_LINES = linesOf('google-geotargets-nordic.csv')
const SUPPLEMENT_LINES = linesOf('google-geotargets-nordic-supplement.csv')
const cellsOf = (line: string) =>
  line.split('","').map((cell) => cell.replace(/^"|"?,?Active$|"?,?Removal Planned$/g, ''))
const ROWS = SHARED_LINES.map(cellsOf)
const SUPPLEMENT = SUPPLEMENT_LINES.map(cellsOf)
const statusOf = new Map(
  [...SHARED_LINES, ...SUPPLEMENT_LINES].map((line) => [
    line.slice(1, line.indexOf('"', 1)),
    line.endsWith('Active') ? 'Active' : 'Removal Planned',
  ]),
)

describe('places with platform identifiers', () => {
  it('when Finnish regions are read, then all but Åland carry the geo target constant of the same name (18 in the file)', () => {
    const regions = of('region', 'FI')

    expect(regions.filter((r) => googleId(r) === null).map((r) => r.code)).toEqual(['FI-01'])
    // "9075506","Uusimaa","Uusimaa,Finland","2246","FI","Region",Active
    expect(googleId(byCode('region', 'FI', 'FI-18'))).toBe('9075506')
    expect(ROWS.filter((r) => r[4] === 'FI' && r[5] === 'Region')).toHaveLength(18)
  })

  it('when Finnish municipalities are read, then Helsinki, Oulu and Mariehamn (Åland, FI in Google) have their constants', () => {
    // "1005582","Helsinki",…,"9075506","FI","Municipality"; "1005766","Oulu",…; "1005573","Mariehamn","Mariehamn,Finland","2246","FI","City"
    expect(googleId(byCode('municipality', 'FI', '091'))).toBe('1005582')
    expect(googleId(byCode('municipality', 'FI', '564'))).toBe('1005766')
    expect(googleId(byCode('municipality', 'FI', '478'))).toBe('1005573')
    // 208 from the shared copy, 62 from the supplement's first batch (66 rows, 4 of them former municipalities) and
    // 24 from its second (9072458-9072485, 24 municipality rows): 294 of 310.
    expect(of('municipality', 'FI').filter((m) => googleId(m) !== null)).toHaveLength(208 + 62 + 24)
  })

  it('when every active Finnish municipality, city and region row of the copy is counted, then a place carries each', () => {
    // SOURCES.md: FI Municipality 227, City 5 and Region 18 active rows; SOURCES-supplement.md: Municipality 64 + 24
    // and City 2 + 1. Together they hold 294 of Finland's 310 municipalities under their own name; the rest of the
    // rows are former municipalities (city entries, 24 + 4) and "9072483","Helsinki","Helsinki,Helsinki,Uusimaa,
    // Finland","9075506","FI","City": the city inside the municipality Helsinki (1005582), which no place carries.
    const rows = [...ROWS, ...SUPPLEMENT].filter(
      (r) => r[4] === 'FI' && ['Municipality', 'City', 'Region'].includes(r[5]!),
    )
    const active = rows.filter((r) => statusOf.get(r[0]!) === 'Active').map((r) => r[0])
    const mapped = new Set(geo.filter((g) => g.country === 'FI').map(googleId))

    expect(active).toHaveLength(227 + 5 + 18 + 64 + 2 + 24 + 1)
    expect(active.filter((id) => !mapped.has(id!))).toEqual(['9072483'])
  })

  it('when a municipality the shared copy lacks is read, then it carries the supplement row and names the supplement', () => {
    // SOURCES-supplement.md: "1030821","Kouvola","Kouvola,Kymenlaakso,Finland","9075515"; "1030824","Kuusamo",…;
    // "1030804","Inari","Inari,Lapland,Finland","9075508"; "1030852","Sund","Sund,Finland","2246","FI","City".
    const kouvola = byCode('municipality', 'FI', '286')?.channels.google

    expect(kouvola).toMatchObject({
      id: '1030821',
      name: 'Kouvola,Kymenlaakso,Finland',
      confidence: 'third-party-copy',
    })
    expect(kouvola?.source).toContain('google-geotargets-nordic-supplement.csv')
    expect(googleId(byCode('municipality', 'FI', '305'))).toBe('1030824')
    expect(googleId(byCode('municipality', 'FI', '148'))).toBe('1030804')
    expect(googleId(byCode('municipality', 'FI', '771'))).toBe('1030852')
    expect(SUPPLEMENT.filter((r) => ROWS.some((s) => s[0] === r[0]))).toEqual([])
    // The second batch: "9072460","Malax","Malax,Ostrobothnia,Finland","9075504" is Maalahti (475) under its Swedish
    // name; "9072458","Pudasjarvi","Pudasjarvi,North Ostrobothnia,Finland","9075514" is Pudasjärvi (615).
    expect(googleId(byCode('municipality', 'FI', '475'))).toBe('9072460')
    expect(googleId(byCode('municipality', 'FI', '615'))).toBe('9072458')
  })

  it('when a Google row is planned for removal, then no place uses it (Parainen\'s "Pargas" 1030829 stays a lookup)', () => {
    const ids = geo.map(googleId).filter((id): id is string => id !== null)

    expect(ids.filter((id) => statusOf.get(id) === 'Removal Planned')).toEqual([])
    expect(byCode('municipality', 'FI', '445')?.channels.google).toMatchObject({
      id: null,
      fallback: { kind: 'lookup' },
    })
  })

  it('when a former municipality Google still lists is named, then it resolves to a city entry with its constant', () => {
    const place = resolvePlace({ city: 'Klaukkala', country: 'FI' }, DEFAULT_TAXONOMY, 'fi')

    expect(place).toMatchObject({ kind: 'municipality', label: 'Klaukkala' })
    expect(place.kind === 'municipality' && googleId(place.entry)).toBe('9216621')
    expect(of('city', 'FI')).toHaveLength(24 + 4)
  })

  it('when Swedish counties are read, then all 21 carry their Google county constant (Stockholm County 21000)', () => {
    expect(of('region', 'SE').filter((c) => googleId(c) === null)).toEqual([])
    expect(googleId(byCode('region', 'SE', 'SE-AB'))).toBe('21000')
  })

  it("when Swedish municipalities are read, then there are SCB's 290, and Göteborg and Stockholm carry Google's cities", () => {
    expect(of('municipality', 'SE')).toHaveLength(290)
    // "1012511","Gothenburg","Gothenburg,Vastra Gotaland County,Sweden","21013"; "1012228","Stockholm",…,"21000"
    expect(googleId(byCode('municipality', 'SE', '1480'))).toBe('1012511')
    expect(googleId(byCode('municipality', 'SE', '0180'))).toBe('1012228')
    expect(byCode('municipality', 'SE', '1480')?.labels).toEqual({ fi: 'Göteborg', sv: 'Göteborg', en: 'Gothenburg' })
  })

  it('when every Swedish city Google lists is counted, then each is a municipality or a city entry with its constant', () => {
    const cities = [...ROWS, ...SUPPLEMENT].filter((r) => r[4] === 'SE' && r[5] === 'City').map((r) => r[0])
    const mapped = new Set(geo.filter((g) => g.country === 'SE').map(googleId))

    // SOURCES.md: 226 SE City rows; SOURCES-supplement.md: 63 more, 9067761-9067823.
    expect(cities).toHaveLength(226 + 63)
    expect(cities.filter((id) => !mapped.has(id!))).toEqual([])
    // "9067806","Are","Are,Jamtland County,Sweden","21020" is the municipality Åre (2321); "9067819","Visby",
    // "Visby,Gotland County,Sweden","21009" is a town of the municipality Gotland, so a city entry.
    expect(googleId(byCode('municipality', 'SE', '2321'))).toBe('9067806')
    expect(DEFAULT_TAXONOMY.city('SE', 'Visby')).toMatchObject({ kind: 'city', parent: 'geo.se.gotland' })
    expect(googleId(DEFAULT_TAXONOMY.city('SE', 'Visby'))).toBe('9067819')
    // "1012182","Akersberga","Akersberga,Stockholm County,Sweden","21000": a town, not an SCB municipality.
    expect(DEFAULT_TAXONOMY.city('SE', 'Akersberga')).toMatchObject({ kind: 'city', parent: 'geo.se.stockholm' })
  })

  it('when Swedish municipalities are read, then 239 carry the centre of their namesake locality and none a radius', () => {
    // audiences/data/places/se-locality-centres.csv: "Habo,Habo,Jönköping,57.975174,14.065819" is Habo's, not Håbo's
    // (Uppsala county); "Nora,Nora,Västernorrland,…" names the wrong county (Nora is in Örebro), so Nora has none.
    const municipalities = of('municipality', 'SE')

    expect(municipalities.filter((m) => m.centre !== null)).toHaveLength(239)
    expect(municipalities.filter((m) => m.radiusKm !== null)).toEqual([])
    expect(byCode('municipality', 'SE', '0643')?.centre).toEqual({ lat: 57.975174, lng: 14.065819 })
    expect(byCode('municipality', 'SE', '0305')?.centre).toBeNull()
    expect(byCode('municipality', 'SE', '1884')?.centre).toBeNull()
  })

  it('when a Swedish town Google writes without diacritics is read, then it carries its Swedish spelling', () => {
    // "1012211","Marsta","Marsta,Stockholm County,Sweden": the town is Märsta; Google's spelling stays a synonym.
    const marsta = DEFAULT_TAXONOMY.city('SE', 'Märsta')

    expect(marsta).toMatchObject({ key: 'geo.se.marsta', labels: { fi: 'Märsta', sv: 'Märsta', en: 'Märsta' } })
    expect(marsta?.synonyms.en).toEqual(['Marsta'])
    expect(DEFAULT_TAXONOMY.city('SE', 'Marsta')).toBe(marsta)
    expect(DEFAULT_TAXONOMY.city('SE', 'Sodra Sandby')?.labels.sv).toBe('Södra Sandby')
  })

  it('when LinkedIn places are read, then ids two sources agree on are used and the others wait as candidates', () => {
    const helsinki = byCode('municipality', 'FI', '091')?.channels.linkedin
    const oulu = byCode('municipality', 'FI', '564')?.channels.linkedin

    expect(helsinki).toMatchObject({ id: 'urn:li:geo:106591199', confidence: 'public-code' })
    expect(oulu).toMatchObject({ id: null, candidates: [{ id: 'urn:li:geo:106842242' }] })
    // Huddinge: LinkedIn's municipality entity ("Huddinge kommun") rather than the town of the same name.
    expect(byCode('municipality', 'SE', '0126')?.channels.linkedin?.id).toBe('urn:li:geo:106042403')
  })

  it('when a place has an identifier, then it names its source, the copy date and a confidence', () => {
    const mappings = geo.flatMap((g) => Object.values(g.channels)).filter((m) => m?.id != null)

    expect(mappings.filter((m) => !m?.source || !m.confirmed || !m.confidence || !m.copied)).toEqual([])
  })
})
