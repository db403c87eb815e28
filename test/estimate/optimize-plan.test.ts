import { describe, expect, it } from 'vitest'
import { evenSplit } from '../../audiences/estimate/budget-allocation.js'
import { OptimizeRequestSchema, OptimizeResponseSchema } from '../../audiences/estimate/estimate-schema.js'
import { optimizePlan } from '../../audiences/estimate/optimize-plan.js'
import { aTaxonomy } from './estimate-fixtures.js'

const taxonomy = aTaxonomy()
const optimize = (input: Record<string, unknown>) => optimizePlan(OptimizeRequestSchema.parse(input), taxonomy)
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
const budgets = (r: ReturnType<typeof optimize>) => r.lines.map((l) => l.budget)
const failure = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    const e = error as { code: string; issues: { path: unknown }[] }
    return { code: e.code, paths: e.issues.map((i) => i.path) }
  }
  return null
}

describe('optimizePlan', () => {
  it('when two lines on two platforms are identical, then concavity and symmetry give the even split', () => {
    const result = optimize({
      lines: [
        { channel: 'facebook', audienceSize: 20_000 },
        { channel: 'linkedin', audienceSize: 20_000, cpm: 10, ctr: 0.009 },
      ],
      universe: 100_000,
      totalBudget: 500,
    })
    expect(budgets(result)).toEqual([250, 250])
    expect(OptimizeResponseSchema.parse(result)).toEqual(result)
  })

  // Facebook and Instagram share Meta's pool: at random within it, Poisson lines add up to one line of all the
  // impressions, R = P(1 − e^(−I/P)) = 20,000(1 − e^(−2.5)) = 18,358.3 for 500 € at 10 € CPM, whatever the split.
  it('when two lines share Meta’s pool, then the split changes nothing and the reach is one line’s of all impressions', () => {
    const result = optimize({
      lines: [
        { channel: 'facebook', audienceSize: 20_000 },
        { channel: 'instagram', audienceSize: 20_000, ctr: 0.009 },
      ],
      universe: 100_000,
      totalBudget: 500,
    })
    expect(result.total.reach).toBeCloseTo(20_000 * (1 - Math.exp(-2.5)), 6)
    expect(result.evenSplit.total.reach).toBeCloseTo(20_000 * (1 - Math.exp(-2.5)), 6)
    expect(result.total.platforms).toEqual([
      { platform: 'meta', channels: ['facebook', 'instagram'], pool: 20_000, reach: expect.closeTo(18_358.3, 1) },
    ])
  })

  it('when every line reaches the whole universe, then net reach U(1 − e^(−ΣI/U)) depends on impressions only: all to the cheapest CPM', () => {
    const result = optimize({
      lines: [
        { channel: 'linkedin', audienceSize: 50_000 },
        { channel: 'facebook', audienceSize: 50_000 },
      ],
      universe: 50_000,
      totalBudget: 300,
    })
    expect(budgets(result)).toEqual([0, 300])
    expect(result.total.reach).toBeCloseTo(50_000 * (1 - Math.exp(-30_000 / 50_000)), 6)
    expect(result.total.reach).toBeGreaterThan(result.evenSplit.total.reach)
  })

  it('when a cap of 1 makes reach linear, then overlap favours one line: 5,000 impressions on one reach 5,000, split evenly 10,000(1 − 0.75²) = 4,375', () => {
    const line = { audienceSize: 10_000, cpm: 10, frequencyCap: 1 }
    const result = optimize({
      lines: [
        { channel: 'facebook', ...line },
        { channel: 'instagram', ...line },
      ],
      universe: 10_000,
      totalBudget: 50,
    })
    expect(budgets(result).sort()).toEqual([0, 50])
    expect(result.total.reach).toBeCloseTo(5000, 6)
    expect(result.evenSplit.total.reach).toBeCloseTo(10_000 * (1 - 0.75 ** 2), 6)
  })

  it('when maximising clicks, then money goes to the most clicks per euro up to its maximum: Facebook 0.9/€, then LinkedIn 0.15/€', () => {
    const result = optimize({
      lines: [
        { channel: 'linkedin', audienceSize: 1e6 },
        { channel: 'facebook', audienceSize: 1e6, max: 300 },
      ],
      totalBudget: 1000,
      objective: 'clicks',
    })
    expect(budgets(result)).toEqual([700, 300])
    expect(result.total.clicks).toBeCloseTo(300 * 0.9 + 700 * 0.15, 6)
  })

  it('when the total has a fraction of a cent, then the split still sums to it', () => {
    const result = optimize({
      lines: [
        { channel: 'facebook', audienceSize: 5000 },
        { channel: 'google', audienceSize: 5000 },
      ],
      totalBudget: 100.005,
    })
    expect(sum(budgets(result))).toBeCloseTo(100.005, 9)
  })

  it('when the minimums add up to more than the total, then it throws budget_below_minimum at totalBudget', () => {
    const run = () =>
      optimize({
        lines: [
          { channel: 'facebook', audienceSize: 1, min: 60 },
          { channel: 'google', audienceSize: 1, min: 50 },
        ],
        totalBudget: 100,
      })
    expect(failure(run)).toEqual({ code: 'budget_below_minimum', paths: [['totalBudget']] })
  })

  it('when the maximums add up to less than the total, then it throws bounds_infeasible at totalBudget', () => {
    const run = () => optimize({ lines: [{ channel: 'facebook', audienceSize: 1, max: 10 }], totalBudget: 100 })
    expect(failure(run)).toEqual({ code: 'bounds_infeasible', paths: [['totalBudget']] })
  })

  it("when a line's minimum is above its maximum, then it throws bounds_infeasible at that line's min", () => {
    const run = () =>
      optimize({
        lines: [
          { channel: 'facebook', audienceSize: 1 },
          { channel: 'google', audienceSize: 1, min: 20, max: 10 },
        ],
        totalBudget: 100,
      })
    expect(failure(run)).toEqual({ code: 'bounds_infeasible', paths: [['lines', 1, 'min']] })
  })
})

describe('evenSplit', () => {
  it('when one line is capped at 100 of 1,000, then the other two share the rest: [100, 450, 450]', () => {
    expect(evenSplit(1000, [0, 0, 0], [100, 1000, 1000]).map((x) => Math.round(x * 1e6) / 1e6)).toEqual([100, 450, 450])
  })

  it('when a line has a minimum above the even share, then it keeps its minimum: [600, 200, 200]', () => {
    expect(evenSplit(1000, [600, 0, 0], [1000, 1000, 1000]).map((x) => Math.round(x * 1e6) / 1e6)).toEqual([
      600, 200, 200,
    ])
  })
})
