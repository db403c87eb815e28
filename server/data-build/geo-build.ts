// Builds the geographic, country and language taxonomy data from the population and platform files.
import { join } from 'node:path'
import { z } from 'zod'
// Not via audiences/index.ts: that would load the data files this build rewrites.
import {
  GeoEntrySchema,
  LanguageEntrySchema,
  PostalCodesSchema,
  type GeoEntry,
} from '../../audiences/taxonomy/taxonomy-schema.js'
import { buildCountries } from './country-entries.js'
import { readCsvRecords, readLines, splitCsvLine } from './csv-reader.js'
import { buildFiGeo } from './fi-geo-entries.js'
import { buildFiPostalCodes, type PostalTable } from './fi-postal-codes.js'
import { crossCheckIsoRegions, readFiPostcodeAreas } from './fi-postcode-areas.js'
import { buildLanguages } from './language-entries.js'
import { foldName, matchGooglePlaces } from './place-google-ids.js'
import { matchLinkedInPlaces } from './place-linkedin-ids.js'
import { buildSeCounties, SE_COUNTIES } from './se-county-entries.js'
import { readSeLocalities, withSeCentres } from './se-municipality-centres.js'
import { buildSeMunicipalities, readSeMunicipalities } from './se-municipality-entries.js'
import { swedishSpelling } from './se-town-names.js'
import { geoTargets, linkedinCountries, linkedinPlaces, nordicGeoTargets } from './vocabulary/platform-tables.js'

const ROOT = join(import.meta.dirname, '..', '..')
const source = (file: string) => join(ROOT, 'audiences/data/population', file)
const placesSource = (file: string) => join(ROOT, 'audiences/data/places', file)
export const GEO_OUTPUT = join(ROOT, 'audiences/taxonomy/data')

const checked = <S extends z.ZodType>(file: string, schema: S, data: z.input<S>): string => {
  const result = schema.safeParse(data)
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`)
  return `${JSON.stringify(data, null, 2)}\n`
}

// One postal code a line, in code order ("00100" would otherwise follow integer-like keys).
function postalJson(table: PostalTable): string {
  const lines = Object.keys(table)
    .sort()
    .map((code) => `  ${JSON.stringify(code)}: ${JSON.stringify(table[code])}`)
  return `{\n${lines.join(',\n')}\n}\n`
}

// Google writes Finnish names without diacritics ("Ylamaa"); Paavo's postal-area names ("Ylämaa Keskus") restore them.
function finnishSpelling(): (googleName: string) => string {
  const names = new Map<string, string>()
  for (const line of readLines(source('fi-postcode-areas-2020.csv'), 1)) {
    const name = splitCsvLine(line, ',')[1]?.replace(/ [Kk]eskus(ta)?$/, '')
    if (name && !names.has(foldName(name))) names.set(foldName(name), name)
  }
  return (googleName) => names.get(foldName(googleName)) ?? googleName
}

export type GeoBuild = { texts: Record<string, string>; report: string[] }

export function buildGeo(): GeoBuild {
  const google = nordicGeoTargets()
  const worldpopCodes = readCsvRecords(source('worldpop-age-sex.csv'), ',')
    .map((row) => row.key ?? '')
    .filter((key) => /^[A-Z]{2}$/.test(key))
  const { countries, skipped } = buildCountries(worldpopCodes, {
    google: geoTargets('google-geotargets-countries.csv'),
    linkedin: linkedinCountries(),
  })

  const areas = readFiPostcodeAreas(source('fi-postcode-areas-2020.csv'), source('fi-postcode-coordinates.csv'))
  const municipalityNames = readCsvRecords(source('fi-municipality-age-sex-2019.csv'), ';', 2)
    .filter((row) => row['Ikä'] === 'Yhteensä' && row.Alue !== 'KOKO MAA')
    .map((row) => row.Alue ?? '')
  const isoDifferences = crossCheckIsoRegions(areas)
  const fiBase = buildFiGeo(areas, municipalityNames)
  const postal = buildFiPostalCodes(areas, fiBase.municipalities)
  const fi = matchGooglePlaces('FI', '2246', fiBase.regions, fiBase.municipalities, google, {
    regionTypes: ['Region'],
    placeTypes: ['Municipality', 'City'],
    spell: finnishSpelling(),
  })

  const nutsCodes = new Set(readCsvRecords(source('eurostat-nuts-age-2019.csv'), ',').map((row) => row.eurostat ?? ''))
  const seBase = buildSeCounties(nutsCodes)
  const countyKeys = seBase.counties.map((entry) => ({
    ...SE_COUNTIES.find((c) => c.iso === entry.code)!,
    key: entry.key,
  }))
  const seCentres = withSeCentres(
    buildSeMunicipalities(readSeMunicipalities(source('se-municipality-age-sex-2019.csv')), countyKeys),
    readSeLocalities(placesSource('se-locality-centres.csv')),
    countyKeys,
  )
  const se = matchGooglePlaces('SE', '2752', seBase.counties, seCentres.entries, google, {
    regionTypes: ['County'],
    placeTypes: ['City'],
    spell: swedishSpelling,
  })
  const places = matchLinkedInPlaces([...fi.entries, ...fi.cities, ...se.entries, ...se.cities], linkedinPlaces())
  const byCountry = (c: string) => places.entries.filter((e) => e.country === c)
  const languages = buildLanguages()
  const report = [
    `countries ${countries.length} (${countries.filter((c) => c.channels.google?.id).length} with a Google id); skipped, no CLDR name: ${list(skipped)}`,
    placesLine('FI', byCountry('FI'), fi.unmatched),
    `  municipalities without a code: ${list(fiBase.uncoded)}; region ISO codes differ from the coordinates file's ST only at: ${list(isoDifferences)}`,
    `  Google rows inside a municipality of the same name, no place of their own: ${list([...fi.inside, ...se.inside])}`,
    `FI postal codes ${Object.keys(postal.table).length}; no centre, the municipality's circle: ${list(postal.fromMunicipality)}`,
    placesLine('SE', byCountry('SE'), se.unmatched),
    `  SE municipalities with a centre ${seCentres.entries.filter((e) => e.centre).length}; the locality table puts these in another county, so they have none: ${list(seCentres.wrongCounty)}`,
    `LinkedIn places kohde has no entry for: ${list(places.unused.map((r) => r.name))}`,
    `languages ${languages.length}`,
  ]
  const Geo = z.array(GeoEntrySchema)
  const texts = {
    'geo-countries.json': checked('geo-countries.json', Geo, countries),
    'geo-fi.json': checked('geo-fi.json', Geo, byCountry('FI')),
    'geo-se.json': checked('geo-se.json', Geo, byCountry('SE')),
    'se-county-nuts.json': checked(
      'se-county-nuts.json',
      z.record(z.string(), z.string().regex(/^SE\d{3}$/)),
      seBase.nuts,
    ),
    'languages.json': checked('languages.json', z.array(LanguageEntrySchema), languages),
    'fi-postal-codes.json':
      (checked('fi-postal-codes.json', PostalCodesSchema, postal.table), postalJson(postal.table)),
  }
  return { texts: Object.fromEntries(Object.entries(texts).map(([f, t]) => [join(GEO_OUTPUT, f), t])), report }
}

const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : 'none')

function placesLine(country: string, entries: readonly GeoEntry[], unmatched: readonly string[]): string {
  const count = (kind: GeoEntry['kind']) => {
    const all = entries.filter((e) => e.kind === kind)
    const google = all.filter((e) => e.channels.google?.id).length
    const linkedin = all.filter((e) => e.channels.linkedin?.id).length
    const candidates = all.filter((e) => e.channels.linkedin?.candidates).length
    return `${kind} ${all.length} (Google ${google}, LinkedIn ${linkedin} + ${candidates} candidates)`
  }
  const regions = `${count('region')}; no Google region for ${list(unmatched)}`
  return `${country}: ${regions}; ${count('municipality')}; ${count('city')}`
}
