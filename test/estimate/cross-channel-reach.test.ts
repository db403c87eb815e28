import { describe, expect, it } from 'vitest'
import { combineReach, sainsburyReach } from '../../audiences/estimate/cross-channel-reach.js'

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
