// Builds audiences/data/population-index/population-index.json from the CSVs in audiences/data/population/.
// Run: npx tsx server/data-build/build-population.ts
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import prettier from 'prettier'
import {
  FI_REGION_ISO,
  PAAVO_SWEDISH_NAMES,
  SE_COUNTY_NUTS,
  csvRows,
  semicolonRows,
  splitPostalAreaLine,
} from './population-sources.js'
import { copyShared } from './shared-copy.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const sourceDir = join(root, 'audiences', 'data', 'population')
const outDir = join(root, 'audiences', 'data', 'population-index')
const read = (file: string) => readFileSync(join(sourceDir, file), 'utf8').replace(/^\uFEFF/, '')
const MAX_AGE = 100

type Area = {
  code: string
  name: string
  region: string
  postalAreas: number
  m: number[]
  f: number[]
  income: number[] | null
  swedish: number | null
}

// The year of the municipal Swedish shares; the national counts of the same year split the rest (SOURCES.md).
const LANGUAGE_YEAR = '2021'

function nationalLanguages() {
  const rows = csvRows(read('fi-municipality-language.csv'))
  const [header, ...data] = rows
  const row = data.find((r) => r[0] === 'SSS' && r[2] === LANGUAGE_YEAR)
  if (!header || !row) throw new Error(`fi-municipality-language.csv has no ${LANGUAGE_YEAR} row`)
  const col = (name: string) => Number(row[header.indexOf(name)])
  const counts = {
    year: Number(LANGUAGE_YEAR),
    total: col('total'),
    finnish: col('finnish'),
    swedish: col('swedish'),
    sami: col('sami'),
    other: col('other'),
  }
  if (counts.finnish + counts.swedish + counts.sami + counts.other !== counts.total)
    throw new Error('language counts do not add up')
  return counts
}

// Swedish speakers' share per municipality code, as published (one decimal of a percent).
function swedishShares(): Map<string, number> {
  const [header, ...rows] = csvRows(read('fi-municipality-swedish-share-2021.csv'))
  const code = header!.indexOf('code')
  const pct = header!.indexOf('swedish_share_pct')
  return new Map(rows.map((r) => [r[code]!, Number(r[pct]) / 100]))
}

function postalAreas() {
  const lines = read('fi-postcode-areas-2020.csv').split(/\r?\n/).slice(1).filter(Boolean)
  return lines.map(splitPostalAreaLine)
}

function singleYearCounts(): Map<string, { m: number[]; f: number[] }> {
  const byName = new Map<string, { m: number[]; f: number[] }>()
  for (const [area, age, , male, female] of semicolonRows(read('fi-municipality-age-sex-2019.csv'))) {
    if (age === undefined || age === 'Yhteensä' || area === undefined) continue
    const year = age.startsWith('100') ? MAX_AGE : Number(age)
    if (!Number.isInteger(year)) throw new Error(`bad age ${age}`)
    const counts = byName.get(area) ?? {
      m: new Array<number>(MAX_AGE + 1).fill(0),
      f: new Array<number>(MAX_AGE + 1).fill(0),
    }
    counts.m[year] = Number(male)
    counts.f[year] = Number(female)
    byName.set(area, counts)
  }
  return byName
}

const cumulative = (counts: number[]) => counts.reduce<number[]>((acc, n) => [...acc, acc[acc.length - 1]! + n], [0])

function paavoIncome(): Map<string, number[]> {
  const [header, ...rows] = csvRows(read('fi-municipality-paavo-2018.csv'))
  const col = (prefix: string) => header!.findIndex((h) => h.startsWith(prefix))
  const cols = [
    col('Aged 18 or over, total, 2017'),
    col('Inhabintants belonging to the lowest'),
    col('Inhabitants belonging to the middle'),
    col('Inhabintants belonging to the highest'),
  ]
  if (cols.some((c) => c < 0)) throw new Error('Paavo income columns not found')
  const byName = new Map<string, number[]>()
  for (const row of rows) {
    const name = row[0]!
    if (name.startsWith('MK')) continue
    byName.set(
      PAAVO_SWEDISH_NAMES[name] ?? name,
      cols.map((c) => Number(row[c])),
    )
  }
  return byName
}

function finland() {
  const areasByPostal = postalAreas()
  const codeByName = new Map(areasByPostal.map((p) => [p.municipalityName, p.municipality]))
  const regionByCode = new Map(areasByPostal.map((p) => [p.municipality, FI_REGION_ISO[p.region]]))
  const postalCount = new Map<string, number>()
  for (const p of areasByPostal) postalCount.set(p.municipality, (postalCount.get(p.municipality) ?? 0) + 1)
  const income = paavoIncome()
  const ages = singleYearCounts()
  const swedish = swedishShares()
  const municipalities: Record<string, Area> = {}
  for (const [name, counts] of ages) {
    if (name === 'KOKO MAA') continue
    const code = codeByName.get(name)
    const region = code && regionByCode.get(code)
    if (!code || !region) throw new Error(`no municipality code or region for ${name}`)
    const inc = income.get(name)
    if (!inc) throw new Error(`no Paavo income row for ${name}`)
    municipalities[code] = {
      code,
      name,
      region,
      postalAreas: postalCount.get(code) ?? 0,
      m: cumulative(counts.m),
      f: cumulative(counts.f),
      income: inc,
      // Municipalities merged after 2019 (Honkajoki into Kankaanpää, 2021) have no share of their own.
      swedish: swedish.get(code) ?? null,
    }
  }
  const national = ages.get('KOKO MAA')!
  const nationalIncome = Object.values(municipalities).reduce(
    (sum, a) => sum.map((v, i) => v + a.income![i]!),
    [0, 0, 0, 0],
  )
  const total: Area = {
    code: 'FI',
    name: 'KOKO MAA',
    region: 'FI',
    postalAreas: areasByPostal.length,
    m: cumulative(national.m),
    f: cumulative(national.f),
    income: nationalIncome,
    swedish: swedish.get('SSS') ?? null,
  }
  const regions: Record<string, string[]> = {}
  for (const a of Object.values(municipalities)) (regions[a.region] ??= []).push(a.code)
  return {
    total,
    municipalities,
    regions,
    postalCodes: postalCentres(areasByPostal),
    languages: nationalLanguages(),
  }
}

type Centre = [lat: number, lng: number, municipality: string] | [null, null, string]

function postalCentres(areas: { postalCode: string; municipality: string }[]): Record<string, Centre> {
  const [, ...rows] = csvRows(read('fi-postcode-coordinates.csv'))
  const centre = new Map(rows.map((r) => [r[4]!, [Number(r[5]), Number(r[6])] as const]))
  const out: Record<string, Centre> = {}
  for (const { postalCode, municipality } of areas) {
    const c = centre.get(postalCode)
    // Åland's postal areas have no centre in the coordinates file; they still count in the even split.
    out[postalCode] = c ? [c[0], c[1], municipality] : [null, null, municipality]
  }
  return out
}

function eurostat(): Record<string, number[]> {
  const [, ...rows] = csvRows(read('eurostat-nuts-age-2019.csv'))
  const out: Record<string, number[]> = {}
  for (const [key, ...bands] of rows) {
    if (!key || !(key.length === 2 || (key.startsWith('SE') && key.length === 5))) continue
    out[key] = bands.map(Number)
  }
  return out
}

function worldpop(): Record<string, { male: number; bands: number[] }> {
  const [, ...rows] = csvRows(read('worldpop-age-sex.csv'))
  const out: Record<string, { male: number; bands: number[] }> = {}
  for (const [key, all, male, , ...bands] of rows) {
    // Uninhabited or missing territories (e.g. AQ, and MR whose row is empty) have no people to split.
    if (!key || key.length !== 2 || !(Number(all) > 0)) continue
    out[key] = { male: Math.round((Number(male) / Number(all)) * 1e6) / 1e6, bands: bands.map(Number) }
  }
  return out
}

/** The population index as it is committed (prettier's format). */
export async function populationIndexText(): Promise<string> {
  const fi = finland()
  const check = (what: string, got: number, want: number) => {
    if (got !== want) throw new Error(`${what}: got ${got}, want ${want}`)
  }
  check('Finland men', fi.total.m.at(-1)!, 2_728_262)
  check('Finland women', fi.total.f.at(-1)!, 2_797_030)
  check('Helsinki', fi.municipalities['091']!.m.at(-1)! + fi.municipalities['091']!.f.at(-1)!, 653_835)
  const sum = Object.values(fi.municipalities).reduce((s, a) => s + a.m.at(-1)! + a.f.at(-1)!, 0)
  check('sum of municipalities', sum, 5_525_292)
  check('Swedish speakers 2021', fi.languages.swedish, 287_933)
  check('Helsinki Swedish share ‰', Math.round(fi.municipalities['091']!.swedish! * 1000), 56)
  const unshared = Object.values(fi.municipalities).filter((a) => a.swedish === null)
  console.log(`municipalities without a 2021 Swedish share: ${unshared.map((a) => a.name).join(', ') || 'none'}`)
  const index = {
    about: 'Built by server/data-build/build-population.ts from audiences/data/population/*.csv; see SOURCES.md there.',
    ageBands: [0, 10, 20, 30, 40, 50, 60, 70, 80],
    fi: fi,
    nuts: eurostat(),
    seCounties: SE_COUNTY_NUTS,
    worldpop: worldpop(),
  }
  // Written as prettier would, so `npm run lint` passes and diffs stay readable.
  const options = (await prettier.resolveConfig(POPULATION_INDEX_FILE)) ?? {}
  return prettier.format(JSON.stringify(index), { ...options, parser: 'json' })
}

export const POPULATION_INDEX_FILE = join(outDir, 'population-index.json')

if (process.argv[1] === import.meta.filename) {
  for (const file of ['fi-municipality-language.csv', 'fi-municipality-swedish-share-2021.csv'])
    copyShared(`data/population/${file}`, `audiences/data/population/${file}`)
  mkdirSync(outDir, { recursive: true })
  writeFileSync(POPULATION_INDEX_FILE, await populationIndexText())
  console.log(`wrote ${POPULATION_INDEX_FILE}`)
}
