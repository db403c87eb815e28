// Sweden's municipalities by single year of age and sex (SCB, 31 Dec 2019) in the shape of the Finnish areas:
// cumulative head counts, so an age range costs two lookups per sex.
import { join } from 'node:path'
import prettier from 'prettier'
import { readCsvRecords } from './csv-reader.js'

const ROOT = join(import.meta.dirname, '..', '..')
export const SE_POPULATION_FILE = join(ROOT, 'audiences/data/population-index/se-municipalities.json')
const MAX_AGE = 100

type Counts = { name: string; m: number[]; f: number[] }

const cumulative = (counts: readonly number[]) =>
  counts.reduce<number[]>((acc, n) => [...acc, acc[acc.length - 1]! + n], [0])

function check(what: string, got: number, want: number): void {
  if (got !== want) throw new Error(`${what}: got ${got}, want ${want} (SOURCES.md check figure)`)
}

export async function sePopulationText(): Promise<string> {
  const path = join(ROOT, 'audiences/data/population/se-municipality-age-sex-2019.csv')
  const byCode = new Map<string, Counts>()
  for (const row of readCsvRecords(path, ',')) {
    const age = row.age === '100+' ? MAX_AGE : Number(row.age)
    if (!Number.isInteger(age) || age < 0 || age > MAX_AGE) throw new Error(`${path}: bad age ${row.age}`)
    const code = row.code!
    const counts = byCode.get(code) ?? { name: row.name!, m: Array(MAX_AGE + 1).fill(0), f: Array(MAX_AGE + 1).fill(0) }
    counts.m[age] = Number(row.male)
    counts.f[age] = Number(row.female)
    byCode.set(code, counts)
  }
  const sum = (pick: (c: Counts) => number[]) =>
    [...byCode.values()].reduce((s, c) => s + pick(c).reduce((a, b) => a + b, 0), 0)
  check('municipalities', byCode.size, 290)
  check(
    'men',
    sum((c) => c.m),
    5_195_814,
  )
  check(
    'women',
    sum((c) => c.f),
    5_131_775,
  )
  const stockholm = byCode.get('0180')!
  check(
    'Stockholm 0180',
    [...stockholm.m, ...stockholm.f].reduce((a, b) => a + b, 0),
    974_073,
  )
  const municipalities = Object.fromEntries(
    [...byCode].map(([code, c]) => [
      code,
      {
        code,
        name: c.name,
        region: code.slice(0, 2),
        postalAreas: 0,
        m: cumulative(c.m),
        f: cumulative(c.f),
        income: null,
      },
    ]),
  )
  const sumOf = (sex: 'm' | 'f') =>
    Array.from({ length: MAX_AGE + 1 }, (_, age) => [...byCode.values()].reduce((t, c) => t + c[sex][age]!, 0))
  const total = {
    code: 'SE',
    name: 'Sverige',
    region: 'SE',
    postalAreas: 0,
    m: cumulative(sumOf('m')),
    f: cumulative(sumOf('f')),
    income: null,
  }
  const data = {
    total,
    about:
      'Built by server/data-build/se-population.ts from audiences/data/population/se-municipality-age-sex-2019.csv (Statistics Sweden, 31 Dec 2019, CC0); region = the SCB county code.',
    municipalities,
  }
  const options = (await prettier.resolveConfig(SE_POPULATION_FILE)) ?? {}
  return prettier.format(JSON.stringify(data), { ...options, parser: 'json' })
}
