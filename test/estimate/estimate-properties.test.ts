import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { budgetForReach } from '../../audiences/estimate/budget-for-reach.js'
import { combineReach } from '../../audiences/estimate/cross-channel-reach.js'
import {
  BudgetForReachRequestSchema,
  OptimizeRequestSchema,
  type PlanLine,
} from '../../audiences/estimate/estimate-schema.js'
import { deliverLine, type LineSetup } from '../../audiences/estimate/line-delivery.js'
import { optimizePlan } from '../../audiences/estimate/optimize-plan.js'
import { preparePlan } from '../../audiences/estimate/plan-context.js'
import { planAt } from '../../audiences/estimate/plan-result.js'
import { aTaxonomy } from './estimate-fixtures.js'

const taxonomy = aTaxonomy()
const shape = fc.oneof(fc.constant(null), fc.double({ min: 0.2, max: 50, noNaN: true }))
const setup: fc.Arbitrary<LineSetup> = fc.record({
  pricing: fc.constantFrom('cpm' as const, 'cpc' as const),
  cpm: fc.double({ min: 0.5, max: 60, noNaN: true }),
  cpc: fc.double({ min: 0.1, max: 10, noNaN: true }),
  ctr: fc.double({ min: 0.001, max: 0.1, noNaN: true }),
  pool: fc.double({ min: 1, max: 1e7, noNaN: true }),
  shape,
  frequencyCap: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 10 })),
})
// Budgets are euros: zero, or from a ten-thousandth of a cent up (subnormal floats are not money).
const budget = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true }))
const channel = fc.constantFrom('google' as const, 'facebook' as const, 'instagram' as const, 'linkedin' as const)
const reachModel = fc.oneof(
  fc.constant({ kind: 'poisson' as const }),
  fc.record({ kind: fc.constant('nbd' as const), shape: fc.double({ min: 0.3, max: 20, noNaN: true }) }),
)
const planLine = fc.record({
  channel,
  audienceSize: fc.integer({ min: 100, max: 200_000 }),
  cpm: fc.double({ min: 1, max: 50, noNaN: true }),
  frequencyCap: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
})
const EPS = 1e-9

describe('line delivery properties', () => {
  it('reach ≤ audience, reach ≤ impressions, frequency ≥ 1 when reach > 0', () => {
    fc.assert(
      fc.property(setup, budget, (s, b) => {
        const d = deliverLine(s, b)
        expect(d.reach).toBeLessThanOrEqual(s.pool * (1 + EPS))
        expect(d.reach).toBeLessThanOrEqual(d.impressions * (1 + EPS) + EPS)
        if (d.reach > 0) expect(d.frequency).toBeGreaterThanOrEqual(1 - 1e-9)
        for (let k = 1; k < d.reachAtLeast.length; k++)
          expect(d.reachAtLeast[k]!).toBeLessThanOrEqual(d.reachAtLeast[k - 1]! * (1 + EPS) + EPS)
      }),
      { numRuns: 500 },
    )
  })

  it('reach, impressions and spend grow with budget', () => {
    fc.assert(
      fc.property(setup, budget, budget, (s, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const [x, y] = [deliverLine(s, lo), deliverLine(s, hi)]
        expect(y.reach).toBeGreaterThanOrEqual(x.reach * (1 - 1e-9))
        expect(y.impressions).toBeGreaterThanOrEqual(x.impressions * (1 - 1e-12))
        expect(y.spend).toBeGreaterThanOrEqual(x.spend * (1 - 1e-12))
      }),
      { numRuns: 500 },
    )
  })
})

describe('cross-channel properties', () => {
  it('the total is at least the best channel and at most the sum of the channels', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(setup, budget), { minLength: 1, maxLength: 4 }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        (lines, slack) => {
          const deliveries = lines.map(([s, b]) => deliverLine(s, b))
          const universe = Math.max(...lines.map(([s]) => s.pool)) * slack
          const total = combineReach(universe, deliveries)
          const reaches = deliveries.map((d) => d.reach)
          expect(total.reach).toBeGreaterThanOrEqual(Math.max(...reaches) * (1 - 1e-9))
          expect(total.reach).toBeLessThanOrEqual(reaches.reduce((a, b) => a + b, 0) * (1 + 1e-9) + EPS)
        },
      ),
      { numRuns: 300 },
    )
  })
})

function randomSplit(total: number, lo: number[], hi: number[], weights: number[]): number[] {
  const x = lo.slice()
  let rest = total - lo.reduce((a, b) => a + b, 0)
  const sumW = weights.reduce((a, b) => a + b, 0) || 1
  x.forEach((_, i) => {
    const add = Math.min(hi[i]! - x[i]!, (rest * weights[i]!) / sumW)
    x[i]! += add
  })
  rest = total - x.reduce((a, b) => a + b, 0)
  for (let i = 0; i < x.length && rest > 1e-9; i++) {
    const add = Math.min(hi[i]! - x[i]!, rest)
    x[i]! += add
    rest -= add
  }
  return wholeCents(x, total, hi)
}

// The optimiser answers in whole cents (optimize-plan.ts): the splits it is held against are in whole cents too, or
// a split's sub-cent fractions could beat it by a rounding it is not allowed to make. Bounds are whole cents here.
function wholeCents(x: number[], total: number, hi: number[]): number[] {
  const cents = x.map((b) => Math.floor(b * 100 + 1e-9))
  let rest = Math.round(total * 100) - cents.reduce((a, b) => a + b, 0)
  for (let i = 0; rest > 0 && i < cents.length; i++) {
    const add = Math.min(rest, Math.round(hi[i]! * 100) - cents[i]!)
    cents[i]! += add
    rest -= add
  }
  return cents.map((c) => c / 100)
}

describe('optimizer properties', () => {
  const problem = fc
    .record({
      lines: fc.array(planLine, { minLength: 1, maxLength: 4 }),
      bounds: fc.array(
        fc.tuple(fc.double({ min: 0, max: 0.3, noNaN: true }), fc.double({ min: 0.3, max: 1.5, noNaN: true })),
        { minLength: 4, maxLength: 4 },
      ),
      totalBudget: fc.integer({ min: 100, max: 50_000 }),
      objective: fc.constantFrom('reach' as const, 'clicks' as const),
      reachModel,
      splits: fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }), {
        minLength: 30,
        maxLength: 30,
      }),
    })
    .map((p) => {
      const n = p.lines.length
      // Bounds as shares of an even split keep every problem feasible: Σ min ≤ 0.3 B ≤ B ≤ Σ max.
      const lines: PlanLine[] = p.lines.map((l, i) => ({
        ...l,
        min: Math.round((p.bounds[i]![0] * p.totalBudget * 100) / n) / 100,
        max: n === 1 ? p.totalBudget : Math.round(p.bounds[i]![1] * p.totalBudget * 100) / 100,
      }))
      const sumMax = lines.reduce((a, l) => a + l.max!, 0)
      if (sumMax < p.totalBudget) lines[0]!.max = lines[0]!.max! + (p.totalBudget - sumMax)
      return { ...p, lines }
    })

  it('sums to the budget, respects every bound, and is never worse than the even split or 30 random feasible splits', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const request = OptimizeRequestSchema.parse({
          lines: p.lines,
          totalBudget: p.totalBudget,
          objective: p.objective,
          reachModel: p.reachModel,
        })
        const result = optimizePlan(request, taxonomy)
        const budgets = result.lines.map((l) => l.budget)
        expect(Math.abs(budgets.reduce((a, b) => a + b, 0) - p.totalBudget)).toBeLessThan(1e-6)
        budgets.forEach((b, i) => {
          expect(b).toBeGreaterThanOrEqual(p.lines[i]!.min! - 1e-9)
          expect(b).toBeLessThanOrEqual(p.lines[i]!.max! + 1e-9)
        })
        const score = (t: { reach: number; clicks: number }) => (p.objective === 'reach' ? t.reach : t.clicks)
        const best = score(result.total)
        const tolerance = 1e-6 * Math.max(1, best)
        expect(best).toBeGreaterThanOrEqual(score(result.evenSplit.total) - tolerance)
        const context = preparePlan(request, taxonomy)
        const lo = p.lines.map((l) => l.min!)
        const hi = p.lines.map((l) => l.max!)
        for (const weights of p.splits) {
          const split = randomSplit(p.totalBudget, lo, hi, weights.slice(0, p.lines.length))
          expect(best).toBeGreaterThanOrEqual(score(planAt(context.lines, split, context.universe).total) - tolerance)
        }
      }),
      { numRuns: 60 },
    )
  })
})

describe('budget-for-reach properties', () => {
  it('the answer reaches the target and 1 % less budget does not (one cent less, when 1 % is under a cent)', () => {
    fc.assert(
      fc.property(
        fc.array(planLine, { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0.01, max: 0.9, noNaN: true }),
        reachModel,
        (lines, fraction, model) => {
          const universe = Math.max(...lines.map((l) => l.audienceSize))
          const request = BudgetForReachRequestSchema.parse({ lines, reachModel: model, universe, targetReach: 1 })
          const context = preparePlan(request, taxonomy)
          const ceiling = combineReach(
            universe,
            context.lines.map((l) => ({ reach: l.setup.pool, reachAtLeast: [] })),
          ).reach
          const targetReach = Math.max(1, fraction * ceiling)
          const result = budgetForReach({ ...request, targetReach }, taxonomy)
          if (!result.feasible) return
          expect(result.total.reach).toBeGreaterThanOrEqual(targetReach * (1 - 1e-9))
          const lessBudget = result.totalBudget >= 1 ? result.totalBudget * 0.99 : result.totalBudget - 0.01
          if (lessBudget <= 0) return
          const less = optimizePlan(
            OptimizeRequestSchema.parse({ lines, reachModel: model, universe, totalBudget: lessBudget }),
            taxonomy,
          )
          expect(less.total.reach).toBeLessThan(targetReach)
        },
      ),
      { numRuns: 40 },
    )
  })
})
