import { describe, expect, it } from 'vitest'
import { budgetForReach, combineReach, deliverLine, optimizePlan, preparePlan } from '../../audiences/index.js'
import { aTaxonomy } from './estimate-fixtures.js'

const taxonomy = aTaxonomy()

describe('budget for an effective reach (k+)', () => {
  it('one Poisson line over the whole universe, 2+ reach of half of it: 1 − e^(−m)(1 + m) = ½ at m = 1.678347 (median of Gamma(2, 1)), so 100,000 × 0.01 × m = 1,678.35 €', () => {
    const result = budgetForReach(
      {
        universe: 100_000,
        targetReach: 50_000,
        effectiveFrequency: 2,
        lines: [{ channel: 'facebook', cpm: 10, audienceSize: 100_000 }],
      },
      taxonomy,
    )
    if (!result.feasible) throw new Error(result.reason)
    expect(result.effectiveFrequency).toBe(2)
    // Bisection stops within 1e-6 of the total (and the cent).
    expect(result.totalBudget).toBeCloseTo(1678.35, 1)
    expect(result.total.reachAtLeast[1]).toBeGreaterThanOrEqual(50_000)
  })

  it('a cap of 2 cannot give 3+ reach: infeasible, at most 0 people', () => {
    const result = budgetForReach(
      {
        universe: 1000,
        targetReach: 10,
        effectiveFrequency: 3,
        lines: [{ channel: 'facebook', audienceSize: 1000, frequencyCap: 2 }],
      },
      taxonomy,
    )
    expect(result).toMatchObject({
      feasible: false,
      code: 'target_exceeds_audience',
      maxReach: 0,
      effectiveFrequency: 3,
    })
  })
})

describe('optimising for 3+ reach', () => {
  // 600 € on a wide cheap line (500,000 people, CPM 8 €: m = 0.15) or a narrow one (20,000 people, CPM 10 €: m = 3):
  // 1+ reach wants the wide line, 3+ reach the narrow one. The check is a brute force over every split in 5 € steps,
  // scoring the unduplicated 3+ reach with the same convolution.
  const request = {
    universe: 500_000,
    totalBudget: 600,
    objective: 'reach' as const,
    lines: [
      { channel: 'facebook' as const, cpm: 8, audienceSize: 500_000 },
      { channel: 'linkedin' as const, cpm: 10, audienceSize: 20_000 },
    ],
  }

  it('beats or ties every split of a 10 € grid, and the 1+ optimum’s 3+ reach', () => {
    const k3 = optimizePlan({ ...request, effectiveFrequency: 3 }, taxonomy)
    const k1 = optimizePlan({ ...request, effectiveFrequency: 1 }, taxonomy)
    const context = preparePlan(request, taxonomy)
    const threePlus = (a: number) =>
      combineReach(500_000, [deliverLine(context.lines[0]!.setup, a), deliverLine(context.lines[1]!.setup, 600 - a)])
        .reachAtLeast[2]!
    let best = 0
    for (let a = 0; a <= 600; a += 5) best = Math.max(best, threePlus(a))
    expect(k3.effectiveFrequency).toBe(3)
    expect(k3.total.reachAtLeast[2]).toBeGreaterThanOrEqual(best - 1e-6)
    // All on LinkedIn: 20,000 × P(Poisson(3) ≥ 3) = 20,000 × (1 − e^(−3)(1 + 3 + 4.5)) = 11,536.7.
    expect(k3.total.reachAtLeast[2]).toBeCloseTo(20_000 * (1 - Math.exp(-3) * 8.5), 3)
    expect(k1.lines[0]!.budget).toBe(600)
    expect(k3.total.reachAtLeast[2]).toBeGreaterThan(k1.total.reachAtLeast[2]! * 10)
    expect(k3.lines[0]!.budget + k3.lines[1]!.budget).toBeCloseTo(600, 9)
  })

  it('clicks ignore k', () => {
    expect(optimizePlan({ ...request, objective: 'clicks', effectiveFrequency: 3 }, taxonomy).effectiveFrequency).toBe(
      1,
    )
  })
})
