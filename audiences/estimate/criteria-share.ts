import type { Facet } from '../model/facets.js'
import type { Term } from '../model/audience-schema.js'
import { INCOME_PERCENTILES } from '../model/income-tiers.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { AssumptionLog } from './assumption-log.js'

export type ShareBand = { value: number; low: number; high: number }
export type IncomeShares = { bottom: number; middle: number; top: number }
type Percentiles = readonly [number, number]
type TermShare = { kind: 'fixed'; band: ShareBand } | { kind: 'income'; percentiles: Percentiles }
export type Criteria = { groups: TermShare[][]; exclude: TermShare[]; usesIncome: boolean }
// A term as a channel targets it: an income tier may be widened to other percentiles.
export type SizedTerm = { term: Term; incomePercentiles?: Percentiles | undefined }

// Shares of adults matching a term when the taxonomy gives none: rough orders of magnitude, shown as assumptions.
const FACET_DEFAULT_SHARE: Record<Facet, number> = {
  interest: 0.1,
  behavior: 0.05,
  lifeEvent: 0.03,
  parentalStatus: 0.25,
  relationship: 0.5,
  income: 0.2,
  education: 0.3,
  employment: 0.5,
  homeType: 0.3,
  title: 0.01,
  seniority: 0.1,
  jobFunction: 0.05,
  industry: 0.05,
  companySize: 0.2,
  companyRevenue: 0.2,
  companyProfit: 0.2,
  companyTrade: 0.2,
  companySites: 0.2,
  skill: 0.03,
  employer: 0.001,
  keyword: 0.02,
  website: 0.01,
  customerList: 0.005,
}

/** Income shares by definition of the national distribution, used where kohde has no local income data. */
export const NATIONAL_INCOME: IncomeShares = { bottom: 0.2, middle: 0.6, top: 0.2 }
const INCOME_BAND = 0.1

const clamp01 = (x: number) => Math.min(1, Math.max(0, x))
const band = (value: number, lowFactor: number, highFactor: number): ShareBand => ({
  value: clamp01(value),
  low: clamp01(value * lowFactor),
  high: clamp01(value * highFactor),
})

function termShare({ term, incomePercentiles }: SizedTerm, taxonomy: Taxonomy, log: AssumptionLog): TermShare {
  const percentiles = incomePercentiles ?? INCOME_PERCENTILES[term.value]
  if (percentiles) return { kind: 'income', percentiles }
  const share = taxonomy.term(term.value)?.share
  const factor = `share.${term.facet}:${term.value}`
  if (share) {
    const flagged = share.assumption && !/assumption/i.test(share.source)
    log.add(factor, share.value, flagged ? `${share.source} (assumption)` : share.source, {
      code: share.assumption ? 'share.estimated' : 'share.measured',
    })
    return { kind: 'fixed', band: share.assumption ? band(share.value, 0.5, 1.5) : band(share.value, 0.75, 1.25) }
  }
  const value = FACET_DEFAULT_SHARE[term.facet]
  log.add(factor, value, `kohde default for the ${term.facet} facet (assumption: no measured share; band ×0.5–×2)`, {
    code: 'share.default',
  })
  return { kind: 'fixed', band: band(value, 0.5, 2) }
}

/** Reads include groups and exclusions as shares of adults, logging each one. */
export function criteriaOf(
  groups: readonly (readonly SizedTerm[])[],
  excluded: readonly SizedTerm[],
  taxonomy: Taxonomy,
  log: AssumptionLog,
): Criteria {
  const shares = (terms: readonly SizedTerm[]) => terms.map((t) => termShare(t, taxonomy, log))
  const included = groups.map(shares)
  const exclude = shares(excluded)
  const all = [...included.flat(), ...exclude]
  const usesIncome = all.some((t) => t.kind === 'income')
  if (all.some((t) => t.kind === 'income' && (t.percentiles[0] % 20 !== 0 || t.percentiles[1] % 20 !== 0)))
    log.add(
      'share.income.percentiles',
      'a band cutting a fifth takes that fifth in proportion (the top tenth is half of the top fifth)',
      'kohde assumption (Paavo has only fifths)',
    )
  return { groups: included, exclude, usesIncome }
}

// Paavo's fifths as percentile bands: bottom 0–20, middle 20–80, top 80–100; a band cutting one takes its share.
const FIFTHS: readonly [keyof IncomeShares, number, number][] = [
  ['bottom', 0, 20],
  ['middle', 20, 80],
  ['top', 80, 100],
]

/** The share of people in the union of the income bands, from the local shares of Paavo's fifths. */
function incomeShare(bands: readonly Percentiles[], income: IncomeShares): number {
  const sorted = [...bands].sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  let share = 0
  for (const [tier, lo, hi] of FIFTHS)
    for (const [from, to] of merged)
      share += (income[tier] * Math.max(0, Math.min(hi, to) - Math.max(lo, from))) / (hi - lo)
  return clamp01(share)
}

// One OR group: 1 − Π(1 − sᵢ), independence assumed; income bands are of one distribution, so they merge first.
function groupShare(terms: readonly TermShare[], income: IncomeShares, pick: keyof ShareBand): number {
  const tiers: Percentiles[] = []
  let none = 1
  for (const t of terms) {
    if (t.kind === 'income') tiers.push(t.percentiles)
    else none *= 1 - t.band[pick]
  }
  if (tiers.length > 0) {
    const s = incomeShare(tiers, income)
    const factor = pick === 'low' ? 1 - INCOME_BAND : pick === 'high' ? 1 + INCOME_BAND : 1
    none *= 1 - clamp01(s * factor)
  }
  return 1 - none
}

const OPPOSITE: Record<keyof ShareBand, keyof ShareBand> = { value: 'value', low: 'high', high: 'low' }

/** Share of people matching: the product of the include groups, times 1 − the excluded share. */
export function matchingShare(criteria: Criteria, income: IncomeShares): ShareBand {
  const at = (pick: keyof ShareBand) => {
    let share = 1
    for (const group of criteria.groups) share *= groupShare(group, income, pick)
    if (criteria.exclude.length > 0) share *= 1 - groupShare(criteria.exclude, income, OPPOSITE[pick])
    return share
  }
  return { value: at('value'), low: at('low'), high: at('high') }
}
