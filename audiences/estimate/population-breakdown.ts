import { matchingShare, NATIONAL_INCOME, type Criteria, type IncomeShares, type ShareBand } from './criteria-share.js'
import { countBands, countFiArea, sexShare, type AgeSpan, type Sexes } from './population-count.js'
import { languageShare } from './language-share.js'
import type { FiArea } from './population-index.js'
import type { PopulationUnit } from './population-selection.js'

// What a channel changes per place: countries where it delivers to adults only, the languages it narrows to.
export type BreakdownOptions = { adultsOnlyIn?: ReadonlySet<string>; languages?: readonly string[] | null }
const ADULT = 18

// Age segments where channel reach differs: under 13, 13–15, 16–17, 18–74 and 75+ (see channel-reach.ts).
export const AGE_SEGMENTS: readonly AgeSpan[] = [
  { min: 0, max: 12 },
  { min: 13, max: 15 },
  { min: 16, max: 17 },
  { min: 18, max: 74 },
  { min: 75, max: 200 },
]

export type SegmentCounts = { value: number[]; low: number[]; high: number[] }
export type CountryBreakdown = { country: string; people: number[]; matching: SegmentCounts }
export type PopulationBreakdown = {
  countries: CountryBreakdown[]
  people: number
  matching: ShareBand
  income: IncomeShares | null
}

const zeros = () => AGE_SEGMENTS.map(() => 0)

function areaIncome(area: FiArea): IncomeShares | null {
  if (!area.income || area.income[0] === 0) return null
  const [adults, bottom, middle, top] = area.income
  return { bottom: bottom / adults, middle: middle / adults, top: top / adults }
}

/** People of a population unit aged within the span, of the given sexes, times the unit's weight. */
export function unitCount(unit: PopulationUnit, span: AgeSpan, sexes: Sexes): number {
  const n =
    unit.kind === 'fi'
      ? countFiArea(unit.area, span, sexes)
      : countBands(unit.bands, span) * sexShare(unit.maleShare, sexes)
  return n * unit.weight
}

/** People in the selection by country and age segment, and how many of them match the criteria. */
export function breakDownPopulation(
  units: readonly PopulationUnit[],
  age: AgeSpan,
  sexes: Sexes,
  criteria: Criteria,
  options: BreakdownOptions = {},
): PopulationBreakdown {
  const byCountry = new Map<string, CountryBreakdown>()
  const spansFrom = (min: number) =>
    AGE_SEGMENTS.map((s) => ({ min: Math.max(s.min, min), max: Math.min(s.max, age.max) }))
  const allSpans = spansFrom(age.min)
  const adultSpans = spansFrom(Math.max(age.min, ADULT))
  const fixedShare = criteria.usesIncome ? null : matchingShare(criteria, NATIONAL_INCOME)
  const incomeSum = { people: 0, bottom: 0, middle: 0, top: 0 }
  for (const unit of units) {
    let row = byCountry.get(unit.country)
    if (!row)
      byCountry.set(
        unit.country,
        (row = { country: unit.country, people: zeros(), matching: { value: zeros(), low: zeros(), high: zeros() } }),
      )
    const income = unit.kind === 'fi' ? areaIncome(unit.area) : null
    const share = fixedShare ?? matchingShare(criteria, income ?? NATIONAL_INCOME)
    const speakers = languageShare(unit, options.languages ?? null)
    const spans = options.adultsOnlyIn?.has(unit.country) ? adultSpans : allSpans
    let unitPeople = 0
    spans.forEach((span, s) => {
      if (span.max < span.min) return
      const n = unitCount(unit, span, sexes) * speakers
      unitPeople += n
      row.people[s]! += n
      row.matching.value[s]! += n * share.value
      row.matching.low[s]! += n * share.low
      row.matching.high[s]! += n * share.high
    })
    if (criteria.usesIncome && income) {
      incomeSum.people += unitPeople
      incomeSum.bottom += unitPeople * income.bottom
      incomeSum.middle += unitPeople * income.middle
      incomeSum.top += unitPeople * income.top
    }
  }
  const countries = [...byCountry.values()]
  const sum = (pick: (c: CountryBreakdown) => number[]) =>
    countries.reduce((t, c) => t + pick(c).reduce((a, b) => a + b, 0), 0)
  const p = incomeSum.people
  return {
    countries,
    people: sum((c) => c.people),
    matching: {
      value: sum((c) => c.matching.value),
      low: sum((c) => c.matching.low),
      high: sum((c) => c.matching.high),
    },
    income: p > 0 ? { bottom: incomeSum.bottom / p, middle: incomeSum.middle / p, top: incomeSum.top / p } : null,
  }
}
