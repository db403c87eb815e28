import { describe, expect, it } from 'vitest'
import type { LineSetup } from '../../audiences/estimate/line-delivery.js'
import { marginalShare, recommendedBudget, thresholdMean } from '../../audiences/estimate/marginal-reach.js'
import { planRecommendation } from '../../audiences/estimate/plan-recommendation.js'
import type { PlannedLine } from '../../audiences/estimate/plan-context.js'

// planning-science.md: I = budget / CPM × 1000; Poisson R = A(1 − e^(−m)), NBD R = A[1 − (1 + m/r)^(−r)], m = I/A.
// Reach per euro is dR/dB = (1000/CPM) · dS/dm, and dS/dm is 1 at the first euro, so the share of the first euro's
// marginal reach is e^(−m) (Poisson) or (1 + m/r)^(−(r+1)) (NBD). Setting it to t: m* = ln(1/t) or r(t^(−1/(r+1)) − 1),
// and the recommended budget B* = A · CPM/1000 · m*.
const line = (over: Partial<LineSetup> = {}): LineSetup => ({
  pricing: 'cpm',
  cpm: 10,
  cpc: 10 / (1000 * 0.01),
  ctr: 0.01,
  pool: 100_000,
  shape: null,
  frequencyCap: null,
  ...over,
})

describe('recommended budget: where marginal reach per euro falls to t of the first euro’s', () => {
  it('Poisson, A = 100,000, CPM 10 €, t = 0.1: B* = 100,000 × 0.01 × ln 10 = 2,302.585 €, reach A(1 − t) = 90,000', () => {
    const r = recommendedBudget(line(), 0.1)!
    expect(r.budget).toBeCloseTo(100_000 * 0.01 * Math.LN10, 6)
    expect(r.budget).toBeCloseTo(2302.585093, 5)
    expect(r.reach).toBeCloseTo(90_000, 6)
    // Frequency there: m*/(1 − e^(−m*)) = ln 10 / 0.9 = 2.558428.
    expect(r.frequency).toBeCloseTo(2.558428, 5)
  })

  it('Poisson, t = 0.2: m* = ln 5 = 1.609438, B* = 1,609.44 €, reach 80,000', () => {
    const r = recommendedBudget(line(), 0.2)!
    expect(r.budget).toBeCloseTo(1609.437912, 5)
    expect(r.reach).toBeCloseTo(80_000, 6)
  })

  it('NBD r = 2, t = 0.1: m* = 2(0.1^(−1/3) − 1) = 2.308869, B* = 2,308.87 €, reach A(1 − t^(2/3)) = 78,455.65', () => {
    expect(thresholdMean(2, 0.1)).toBeCloseTo(2.308869, 5)
    const r = recommendedBudget(line({ shape: 2 }), 0.1)!
    expect(r.budget).toBeCloseTo(2308.869, 2)
    expect(r.reach).toBeCloseTo(100_000 * (1 - Math.pow(0.1, 2 / 3)), 4)
    expect(r.reach).toBeCloseTo(78_455.65, 1)
  })

  it('calibrated (Goerg): I₀ = 1,000,000, R₀ = 400,000 → ρ = 666,666.67, r = 1: m* = √10 − 1, B* = ρ × 0.01 × 2.162278 = 14,415.18 €', () => {
    const rho = (1e6 * 4e5) / (1e6 - 4e5)
    const r = recommendedBudget(line({ pool: rho, shape: 1 }), 0.1)!
    expect(r.budget).toBeCloseTo(14_415.18, 1)
    // R = ρ m/(1 + m) = ρ(1 − √t) = 455,848.4.
    expect(r.reach).toBeCloseTo(rho * (1 - Math.sqrt(0.1)), 3)
  })

  it('a CPC line costs CPC × CTR per impression: Google CPC 1 €, CTR 5 %, A = 20,000: B* = 20,000 × 0.05 × ln 10 = 2,302.585 €', () => {
    const google = line({ pricing: 'cpc', cpc: 1, ctr: 0.05, cpm: 1 * 0.05 * 1000, pool: 20_000 })
    expect(recommendedBudget(google, 0.1)!.budget).toBeCloseTo(2302.585093, 5)
  })

  it('cap 2, Poisson: the share is e^(−m)/P(X ≤ 1) = 1/(1 + m) → m′ = 1/t − 1 = 9; B* = A·c·E[min(X,2)] = 1,000 × (2 − 11e^(−9)) = 1,998.64 €', () => {
    const r = recommendedBudget(line({ frequencyCap: 2 }), 0.1)!
    expect(r.budget).toBeCloseTo(1000 * (2 - 11 * Math.exp(-9)), 4)
    expect(r.reach).toBeCloseTo(100_000 * (1 - Math.exp(-9)), 2)
  })

  it('cap 1: every impression reaches someone new until all A are reached, so B* = A × CPM/1000 = 1,000 €', () => {
    const r = recommendedBudget(line({ frequencyCap: 1 }), 0.1)!
    expect(r.budget).toBeCloseTo(1000, 6)
    expect(r.reach).toBeCloseTo(100_000, 3)
  })

  it('nobody to reach: no recommendation', () => {
    expect(recommendedBudget(line({ pool: 0 }), 0.1)).toBeNull()
  })
})

describe('marginal share at a budget', () => {
  it('Poisson at 1,000 € (m = 100,000 / 100,000 = 1): e^(−1) = 0.367879', () => {
    expect(marginalShare(line(), 1000)).toBeCloseTo(Math.exp(-1), 12)
  })

  it('NBD r = 1 at m = 1: (1 + 1)^(−2) = 0.25', () => {
    expect(marginalShare(line({ shape: 1 }), 1000)).toBeCloseTo(0.25, 12)
  })

  it('once a cap saturates the audience, more budget reaches nobody: 0', () => {
    expect(marginalShare(line({ frequencyCap: 2 }), 2000)).toBe(0)
  })
})

describe("the plan's recommended budget: its own curve, the mix scaled", () => {
  const planned = (setup: LineSetup): PlannedLine => ({
    channel: 'facebook',
    rates: { pricing: setup.pricing, cpm: setup.cpm, cpc: setup.cpc, ctr: setup.ctr },
    audienceSize: { value: setup.pool, low: setup.pool, high: setup.pool },
    idealAudienceSize: null,
    sizeReason: null,
    pool: 'meta:',
    setup,
  })

  it('two equal lines over the whole universe: R = U(1 − e^(−2sm)), share e^(−2sm) = t → total = U × CPM/1000 × ln(1/t) = 2,302.585 €', () => {
    // Each line's reach share is 1 − e^(−sm); Sainsbury: 1 − (e^(−sm))² = 1 − e^(−2sm).
    const lines = [planned(line()), planned(line())]
    const r = planRecommendation(lines, [500, 500], 100_000, 0.1)!
    expect(r.budget).toBeCloseTo(2302.585093, 4)
    expect(r.lineBudgets[0]).toBeCloseTo(1151.292546, 4)
    expect(r.reach).toBeCloseTo(90_000, 3)
  })

  it('keeps the mix: 1 : 3 stays 1 : 3, and a line that reaches nobody gets 0', () => {
    const lines = [planned(line()), planned(line()), planned(line({ pool: 0 }))]
    const r = planRecommendation(lines, [100, 300, 50], 100_000, 0.1)!
    expect(r.lineBudgets[1]! / r.lineBudgets[0]!).toBeCloseTo(3, 9)
    expect(r.lineBudgets[2]).toBe(0)
  })
})
