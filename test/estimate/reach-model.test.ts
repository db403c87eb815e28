import { describe, expect, it } from 'vitest'
import { deliverLine, type LineSetup } from '../../audiences/estimate/line-delivery.js'
import {
  calibratedMaxReach,
  cappedMean,
  exposurePmf,
  latentMean,
  ReachModelSchema,
  reachShare,
} from '../../audiences/estimate/reach-model.js'

// A CPM line where budget b buys b / 10 × 1000 = 100·b impressions.
const aLine = (over: Partial<LineSetup> = {}): LineSetup => ({
  pricing: 'cpm',
  cpm: 10,
  cpc: 1,
  ctr: 0.01,
  pool: 10_000,
  shape: null,
  frequencyCap: null,
  ...over,
})

describe('Poisson reach', () => {
  it('when I = A = 10,000 (λ = 1), then R = A(1 − e⁻¹) = 6,321.21; 2+ = A(1 − 2/e) = 2,642.41; 3+ = A(1 − 2.5/e) = 803.01', () => {
    const d = deliverLine(aLine(), 100)
    expect(d.impressions).toBe(10_000)
    expect(d.reach).toBeCloseTo(6321.2056, 3)
    expect(d.reachAtLeast[1]).toBeCloseTo(2642.4112, 3)
    expect(d.reachAtLeast[2]).toBeCloseTo(803.014, 3)
    expect(d.frequency).toBeCloseTo(10_000 / 6321.2056, 6)
  })

  it('when λ is tiny, then reach ≈ impressions and never above them (expm1, not 1 − e^(−λ))', () => {
    const d = deliverLine(aLine({ pool: 1e9 }), 0.001)
    expect(d.impressions).toBeCloseTo(0.1, 12)
    expect(d.reach).toBeLessThanOrEqual(d.impressions)
    expect(d.reach).toBeCloseTo(0.1, 9)
  })
})

describe('negative binomial reach', () => {
  it('when r = 1, then R = A·I/(A + I) = 5,000 and k+ = A(m/(1 + m))^k: 2+ = 2,500, 3+ = 1,250', () => {
    const d = deliverLine(aLine({ shape: 1 }), 100)
    expect(d.reach).toBeCloseTo(5000, 6)
    expect(d.reachAtLeast[1]).toBeCloseTo(2500, 6)
    expect(d.reachAtLeast[2]).toBeCloseTo(1250, 6)
  })

  it('when r = 2 and m = 1, then R = A[1 − (1.5)⁻²] = 5,555.56 and P(1) = 2·(2/3)²·(1/3) = 8/27, so 2+ = A·7/27 = 2,592.59', () => {
    const d = deliverLine(aLine({ shape: 2 }), 100)
    expect(d.reach).toBeCloseTo(10_000 * (1 - 1 / 2.25), 6)
    expect(d.reachAtLeast[1]).toBeCloseTo((10_000 * 7) / 27, 6)
  })

  it('when r grows, then it tends to Poisson; smaller r reaches fewer people', () => {
    expect(reachShare(1e6, 1)).toBeCloseTo(1 - Math.exp(-1), 5)
    expect(reachShare(0.5, 1)).toBeLessThan(reachShare(2, 1))
  })

  it('when the pmf is summed, then it is a distribution: Σ P(x) over x < 60 ≈ 1', () => {
    const sum = (p: number[]) => p.reduce((a, b) => a + b, 0)
    expect(sum(exposurePmf(null, 3, 60))).toBeCloseTo(1, 12)
    expect(sum(exposurePmf(1.5, 3, 200))).toBeCloseTo(1, 9)
  })
})

describe('calibrated reach (Goerg)', () => {
  const model = { kind: 'calibrated' as const, impressions: 1_000_000, reach: 400_000 }
  const rho = (1_000_000 * 400_000) / 600_000

  it('when one campaign reached 400,000 with 1,000,000 impressions, then ρ = I₀R₀/(I₀ − R₀) = 666,666.67', () => {
    expect(calibratedMaxReach(model)).toBeCloseTo(rho, 6)
  })

  it('when the curve is read back, then it passes the observed point and R(2,000,000) = ρ·2e6/(2e6 + ρ) = 500,000', () => {
    const line = aLine({ pool: rho, shape: 1, cpm: 1 })
    expect(deliverLine(line, 1000).reach).toBeCloseTo(400_000, 3)
    expect(deliverLine(line, 2000).reach).toBeCloseTo(500_000, 3)
    expect(deliverLine(line, 1000).reachAtLeast[1]).toBeCloseTo(rho * 0.6 ** 2, 3)
  })

  it('when the observed reach is not below the impressions, then it throws reach_model_invalid', () => {
    expect(() => calibratedMaxReach({ kind: 'calibrated', impressions: 10, reach: 10 })).toThrow(
      expect.objectContaining({ code: 'reach_model_invalid' }),
    )
  })

  it('when a calibration point reached less than one person, then the schema refuses it at reachModel.reach', () => {
    const parsed = ReachModelSchema.safeParse({ kind: 'calibrated', impressions: 1, reach: 1e-300 })

    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['reach']])
  })

  it('when the impressions are near the largest double, then ρ stays finite: 1e308 × 5e307 / 5e307 = 1e308', () => {
    expect(calibratedMaxReach({ kind: 'calibrated', impressions: 1e308, reach: 5e307 })).toBeCloseTo(1e308, -300)
  })
})

describe('frequency cap', () => {
  it('when the cap is 1, then each impression reaches a new person: 500 impressions → reach 500, frequency 1', () => {
    const d = deliverLine(aLine({ pool: 1000, frequencyCap: 1 }), 5)
    expect(d.reach).toBeCloseTo(500, 6)
    expect(d.frequency).toBeCloseTo(1, 9)
    expect(d.reachAtLeast[1]).toBe(0)
  })

  it('when the cap is 2 and I = A = 1,000, then m′ solves e^(−m)(2 + m) = 1 (m′ = 1.14619) and R = 1000(1 − e^(−m′)) = 682.16; R + 2+ = I', () => {
    expect(latentMean(null, 1, 2)).toBeCloseTo(1.1461932, 6)
    expect(cappedMean(null, 1.1461932206, 2)).toBeCloseTo(1, 9)
    const d = deliverLine(aLine({ pool: 1000, frequencyCap: 2 }), 10)
    expect(d.reach).toBeCloseTo(682.1556, 3)
    expect(d.reachAtLeast[1]).toBeCloseTo(317.8444, 3)
    expect(d.reachAtLeast[2]).toBe(0)
    expect(d.reach).toBeGreaterThan(1000 * (1 - Math.exp(-1)))
  })

  it('when the budget buys more than A × cap, then delivery saturates: 5,000 bought, 3 × 1,000 served, 30 € of 50 € spent', () => {
    const d = deliverLine(aLine({ pool: 1000, frequencyCap: 3 }), 50)
    expect(d.saturated).toBe(true)
    expect(d.impressions).toBe(3000)
    expect(d.reach).toBe(1000)
    expect(d.spend).toBeCloseTo(30, 9)
    expect(d.reachAtLeast.slice(0, 4)).toEqual([1000, 1000, 1000, 0])
  })
})
