import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { TAXONOMY_PARTS } from '../../audiences/index.js'
import { handWrittenTerms } from './support/hand-written.js'

const PAAVO = new URL('../../audiences/data/population/fi-municipality-paavo-2018.csv', import.meta.url)

function splitRow(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (const char of line) {
    if (char === '"') quoted = !quoted
    else if (char === ',' && !quoted) {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  return [...cells, cell]
}

function paavoTotals(): Map<string, number> {
  const [header = '', ...rows] = readFileSync(PAAVO, 'utf8').trim().split(/\r?\n/)
  const columns = splitRow(header)
  const totals = new Map<string, number>()
  // Rows named "MK.." are regions that repeat their municipalities (SOURCES.md): count municipalities only.
  for (const row of rows.map(splitRow).filter((cells) => !cells[0]?.startsWith('MK'))) {
    columns.forEach((column, i) => totals.set(column, (totals.get(column) ?? 0) + (Number(row[i]) || 0)))
  }
  return totals
}

const ADULTS_2018 = 'Aged 18 or over, total, 2018 (KO)'
const ADULTS_2017 = 'Aged 18 or over, total, 2017 (HR)'
// Shares that claim Statistics Finland as their source, with the Paavo columns they were computed from.
const COMPUTED: Record<string, [numerator: string, denominator: string]> = {
  'education.basic': ['Basic level studies, 2018 (KO)', ADULTS_2018],
  'education.vocational': ['Vocational diploma, 2018 (KO)', ADULTS_2018],
  'education.university': ['Academic degree - Lower level university degree, 2018 (KO)', ADULTS_2018],
  'education.higher-university': ['Academic degree - Higher level university degree, 2018 (KO)', ADULTS_2018],
  'income.top-20': ['Inhabintants belonging to the highest income category, 2017 (HR)', ADULTS_2017],
  'income.middle-60': ['Inhabitants belonging to the middle income category, 2017 (HR)', ADULTS_2017],
  'income.bottom-20': ['Inhabintants belonging to the lowest income category, 2017 (HR)', ADULTS_2017],
  'employment.employed': ['Employed, 2017 (PT)', ADULTS_2017],
  'industry.construction': ['F Construction, 2017 (TP)', ADULTS_2017],
  'industry.manufacturing': ['C Manufacturing, 2017 (TP)', ADULTS_2017],
  'industry.real-estate': ['L Real estate activities, 2017 (TP)', ADULTS_2017],
  'industry.financial-services': ['K Financial and insurance activities, 2017 (TP)', ADULTS_2017],
}

const terms = TAXONOMY_PARTS.terms

describe('term shares', () => {
  it('when an entry is read, then it has a share, and an assumed share says so and why', () => {
    expect(terms.filter((t) => !t.share).map((t) => t.key)).toEqual([])
    const assumed = terms.filter((t) => t.share?.assumption)

    expect(assumed.filter((t) => !/^Assumption[: ]/.test(t.share?.source ?? '')).map((t) => t.key)).toEqual([])
  })

  it('when a hand-written share is not an assumption, then it is one of the shares computed from Statistics Finland Paavo', () => {
    const computed = handWrittenTerms().filter((t) => t.share && !t.share.assumption)

    expect(computed.map((t) => t.key).sort()).toEqual(Object.keys(COMPUTED).sort())
    expect(computed.filter((t) => !t.share?.source.startsWith('Statistics Finland Paavo'))).toEqual([])
  })

  it('when the Paavo national totals are summed from the shipped CSV, then each computed share matches to 0.001', () => {
    const totals = paavoTotals()
    const mismatches = Object.entries(COMPUTED).flatMap(([key, [numerator, denominator]]) => {
      const expected = (totals.get(numerator) ?? NaN) / (totals.get(denominator) ?? NaN)
      const actual = terms.find((t) => t.key === key)?.share?.value ?? NaN
      return Math.abs(expected - actual) <= 0.001 ? [] : [{ key, expected, actual }]
    })

    expect(totals.get(ADULTS_2018)).toBe(4_459_828)
    expect(mismatches).toEqual([])
  })
})
