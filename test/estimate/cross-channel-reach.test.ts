import { describe, expect, it } from 'vitest'
import { combineReach, pooledReach, sainsburyReach } from '../../audiences/estimate/cross-channel-reach.js'

const onceOnly = (reach: number) => ({ reach, reachAtLeast: [reach, 0, 0, 0, 0, 0, 0, 0, 0, 0] })

describe('Sainsbury net reach', () => {
  it('when two channels reach 20 % and 30 % of 100,000, then net = 100,000 × (1 − 0.8 × 0.7) = 44,000', () => {
    expect(sainsburyReach(100_000, [20_000, 30_000])).toBeCloseTo(44_000, 6)
  })

  it('when a third reaches 10 %, then net = 100,000 × (1 − 0.8 × 0.7 × 0.9) = 49,600', () => {
    expect(sainsburyReach(100_000, [20_000, 30_000, 10_000])).toBeCloseTo(49_600, 6)
  })

  it('when one channel reaches everybody, then net reach is the universe', () => {
    expect(sainsburyReach(1000, [1000, 10])).toBe(1000)
  })
})

describe('combineReach', () => {
  it('when two channels each reach people once (20 %, 30 %), then 2+ = U·r₁·r₂ = 6,000 and 3+ = 0', () => {
    const total = combineReach(100_000, [onceOnly(20_000), onceOnly(30_000)])
    expect(total.reach).toBeCloseTo(44_000, 6)
    expect(total.reachAtLeast[1]).toBeCloseTo(6000, 6)
    expect(total.reachAtLeast[2]).toBeCloseTo(0, 9)
  })

  it('when one channel has a 2+ tail, then it carries over: r₁ = 0.5 with half of them twice, r₂ = 0.2 once → 2+ = U(0.25 + 0.25·0.2·… )', () => {
    // Channel 1: P(1) = 0.25, P(2) = 0.25; channel 2: P(1) = 0.2. P(sum ≥ 2) = P(X₁=2) + P(X₁=1)·P(X₂=1) = 0.25 + 0.25·0.2 = 0.3
    const first = { reach: 500, reachAtLeast: [500, 250, 0, 0, 0, 0, 0, 0, 0, 0] }
    const total = combineReach(1000, [first, onceOnly(200)])
    expect(total.reachAtLeast[1]).toBeCloseTo(300, 9)
    // P(sum ≥ 3) = P(X₁=2)·P(X₂=1) = 0.25 · 0.2 = 0.05
    expect(total.reachAtLeast[2]).toBeCloseTo(50, 9)
  })
})

describe('pooledReach', () => {
  const once = (pool: string, poolSize: number, reach: number) => ({
    pool,
    poolSize,
    reach,
    reachAtLeast: [reach, ...new Array<number>(9).fill(0)],
  })

  // Two Meta lines each reach 5,000 of Meta's 10,000: 10,000(1 − ½ · ½) = 7,500, not a draw from all 100,000.
  // With LinkedIn's 20,000: 100,000(1 − (1 − 0.075)(1 − 0.2)) = 26,000 (independent lines would say 27,800).
  it('when two lines share a platform pool, then they overlap within it and the total is 26,000, not 27,800', () => {
    const result = pooledReach(100_000, [
      once('meta:', 10_000, 5000),
      once('meta:', 10_000, 5000),
      once('linkedin:', 40_000, 20_000),
    ])

    expect(result.pools).toEqual([
      { pool: 'meta:', size: 10_000, reach: expect.closeTo(7500, 9) },
      { pool: 'linkedin:', size: 40_000, reach: expect.closeTo(20_000, 9) },
    ])
    expect(result.reach).toBeCloseTo(26_000, 6)
    expect(sainsburyReach(100_000, [5000, 5000, 20_000])).toBeCloseTo(27_800, 6)
  })

  it('when every line has its own pool, then the total is Sainsbury over the universe', () => {
    const lines = [once('a', 20_000, 20_000), once('b', 30_000, 30_000)]

    expect(pooledReach(100_000, lines).reach).toBeCloseTo(combineReach(100_000, lines).reach, 9)
    expect(pooledReach(100_000, lines).reachAtLeast).toEqual(
      combineReach(100_000, lines).reachAtLeast.map((r) => expect.closeTo(r, 6)),
    )
  })

  it('when a pool’s lines together saturate it, then the platform never reaches more than its pool', () => {
    const result = pooledReach(50_000, [once('meta:', 8000, 8000), once('meta:', 8000, 8000)])

    expect(result.pools[0]!.reach).toBeCloseTo(8000, 9)
    expect(result.reach).toBeCloseTo(8000, 9)
  })
})
