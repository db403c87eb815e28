import type { Facet } from '../model/facets.js'
import type { Term } from '../model/audience-schema.js'
import type { FlatAudience, Located } from '../model/flat-audience.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { AssumptionLog } from './assumption-log.js'

export type ShareBand = { value: number; low: number; high: number }
export type IncomeShares = { bottom: number; middle: number; top: number }
type IncomeTier = 'bottom-20' | 'middle-60' | 'top-20' | 'top-10'
type TermShare = { kind: 'fixed'; band: ShareBand } | { kind: 'income'; tier: IncomeTier }
export type Criteria = { groups: TermShare[][]; exclude: TermShare[]; usesIncome: boolean }

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

const INCOME_TIERS: Record<string, IncomeTier> = {
  'income.bottom-20': 'bottom-20',
  'income.middle-60': 'middle-60',
  'income.middle': 'middle-60',
  'income.top-20': 'top-20',
  'income.top-10': 'top-10',
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

function termShare(term: Term, taxonomy: Taxonomy, log: AssumptionLog): TermShare {
  const tier = INCOME_TIERS[term.value]
  if (tier) return { kind: 'income', tier }
  const share = taxonomy.term(term.value)?.share
  const factor = `share.${term.facet}:${term.value}`
  if (share) {
    const flagged = share.assumption && !/assumption/i.test(share.source)
    log.add(factor, share.value, flagged ? `${share.source} (assumption)` : share.source)
    return { kind: 'fixed', band: share.assumption ? band(share.value, 0.5, 1.5) : band(share.value, 0.75, 1.25) }
  }
  const value = FACET_DEFAULT_SHARE[term.facet]
  log.add(factor, value, `kohde default for the ${term.facet} facet (assumption: no measured share; band ×0.5–×2)`)
  return { kind: 'fixed', band: band(value, 0.5, 2) }
}

/** Reads an audience's include groups and exclusions as shares of adults, logging each one. */
export function criteriaOf(flat: FlatAudience, taxonomy: Taxonomy, log: AssumptionLog): Criteria {
  const shares = (terms: readonly Located<Term>[]) => terms.map((t) => termShare(t.value, taxonomy, log))
  const groups = flat.include.map((g) => shares(g.terms))
  const exclude = shares(flat.exclude)
  const all = [...groups.flat(), ...exclude]
  const usesIncome = all.some((t) => t.kind === 'income')
  if (all.some((t) => t.kind === 'income' && t.tier === 'top-10'))
    log.add('share.income.top-10', 'half of the top-fifth share', 'kohde assumption (Paavo has only fifths)')
  return { groups, exclude, usesIncome }
}

function incomeShare(tiers: readonly IncomeTier[], income: IncomeShares): number {
  const has = new Set(tiers)
  const top = has.has('top-20') ? income.top : has.has('top-10') ? income.top / 2 : 0
  return clamp01(top + (has.has('middle-60') ? income.middle : 0) + (has.has('bottom-20') ? income.bottom : 0))
}

// One OR group: 1 − Π(1 − sᵢ), independence assumed; income tiers are disjoint, so they add first.
function groupShare(terms: readonly TermShare[], income: IncomeShares, pick: keyof ShareBand): number {
  const tiers: IncomeTier[] = []
  let none = 1
  for (const t of terms) {
    if (t.kind === 'income') tiers.push(t.tier)
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
