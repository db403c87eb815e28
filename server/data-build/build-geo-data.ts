// Writes the geographic, country and language taxonomy data: npx tsx server/data-build/build-geo-data.ts
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
// Not via audiences/index.ts: that would load the data files this script rewrites.
import { GeoEntrySchema, LanguageEntrySchema, PostalCodesSchema } from '../../audiences/taxonomy/taxonomy-schema.js'
import { buildCountries } from './country-entries.js'
import { readCsvRecords } from './csv-reader.js'
import { buildFiGeo } from './fi-geo-entries.js'
import { buildFiPostalCodes, type PostalTable } from './fi-postal-codes.js'
import { crossCheckIsoRegions, readFiPostcodeAreas } from './fi-postcode-areas.js'
import { buildLanguages } from './language-entries.js'
import { buildSeCounties } from './se-county-entries.js'

const ROOT = join(import.meta.dirname, '..', '..')
const source = (file: string) => join(ROOT, 'audiences/data/population', file)
const output = (file: string) => join(ROOT, 'audiences/taxonomy/data', file)

function writeChecked<S extends z.ZodType>(file: string, schema: S, data: z.input<S>, text?: string): void {
  const result = schema.safeParse(data)
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`)
  writeFileSync(output(file), text ?? `${JSON.stringify(data, null, 2)}\n`)
}

// One postal code a line, in code order ("00100" would otherwise follow integer-like keys).
function postalJson(table: PostalTable): string {
  const lines = Object.keys(table)
    .sort()
    .map((code) => `  ${JSON.stringify(code)}: ${JSON.stringify(table[code])}`)
  return `{\n${lines.join(',\n')}\n}\n`
}

function main(): void {
  const worldpopCodes = readCsvRecords(source('worldpop-age-sex.csv'), ',')
    .map((row) => row.key ?? '')
    .filter((key) => /^[A-Z]{2}$/.test(key))
  const { countries, skipped } = buildCountries(worldpopCodes)

  const areas = readFiPostcodeAreas(source('fi-postcode-areas-2020.csv'), source('fi-postcode-coordinates.csv'))
  const municipalityNames = readCsvRecords(source('fi-municipality-age-sex-2019.csv'), ';', 2)
    .filter((row) => row['Ikä'] === 'Yhteensä' && row.Alue !== 'KOKO MAA')
    .map((row) => row.Alue ?? '')
  const isoDifferences = crossCheckIsoRegions(areas)
  const fi = buildFiGeo(areas, municipalityNames)
  const postal = buildFiPostalCodes(areas, fi.municipalities)

  const nutsCodes = new Set(readCsvRecords(source('eurostat-nuts-age-2019.csv'), ',').map((row) => row.eurostat ?? ''))
  const se = buildSeCounties(nutsCodes)
  const languages = buildLanguages()

  writeChecked('geo-countries.json', z.array(GeoEntrySchema), countries)
  writeChecked('geo-fi.json', z.array(GeoEntrySchema), [...fi.regions, ...fi.municipalities])
  writeChecked('geo-se.json', z.array(GeoEntrySchema), se.counties)
  writeChecked('se-county-nuts.json', z.record(z.string(), z.string().regex(/^SE\d{3}$/)), se.nuts)
  writeChecked('languages.json', z.array(LanguageEntrySchema), languages)
  writeChecked('fi-postal-codes.json', PostalCodesSchema, postal.table, postalJson(postal.table))

  const fromEtrs = areas.filter((a) => a.centreSource === 'paavo-etrs').map((a) => a.code)
  const noCentre = fi.municipalities.filter((m) => !m.centre).map((m) => m.labels.fi)
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : 'none')
  console.log(`countries ${countries.length}; skipped, no CLDR name: ${list(skipped)}`)
  console.log(`FI regions ${fi.regions.length}, municipalities ${fi.municipalities.length}`)
  console.log(`  municipalities without a code: ${list(fi.uncoded)}; without a centre: ${list(noCentre)}`)
  console.log(`  region ISO codes differ from the coordinates file's ST only at: ${list(isoDifferences)}`)
  console.log(`FI postal codes ${Object.keys(postal.table).length}`)
  console.log(`  centre from Paavo ETRS-TM35FIN (not in the coordinates file): ${fromEtrs.length}: ${list(fromEtrs)}`)
  console.log(
    `  no centre, the municipality's circle: ${postal.fromMunicipality.length}: ${list(postal.fromMunicipality)}`,
  )
  console.log(`SE counties ${se.counties.length}; languages ${languages.length}`)
}

main()
