import { describe, expect, it } from 'vitest'
import { compareSegmentStrategies } from '../../audiences/estimate/segment-strategies.js'
import {
  SegmentComparisonRequestSchema,
  SegmentComparisonSchema,
} from '../../audiences/estimate/segment-strategy-schema.js'
import { aTaxonomy } from './estimate-fixtures.js'

const compare = (input: Record<string, unknown>) =>
  compareSegmentStrategies(SegmentComparisonRequestSchema.parse(input), aTaxonomy())
const byName = (r: ReturnType<typeof compare>) => Object.fromEntries(r.strategies.map((s) => [s.strategy, s]))

describe('compareSegmentStrategies (seed 002)', () => {
  const request = {
    segments: [
      { name: 'villa buyers', audienceSize: 30_000 },
      { name: 'cottage buyers', audienceSize: 10_000 },
    ],
    lines: [{ channel: 'facebook' }],
    totalBudget: 400,
  }

  it('when one channel serves disjoint segments, then one plan for all and one per segment by size reach the same people', () => {
    const { undifferentiated, differentiated } = byName(compare(request))
    // Pooled: 40,000 impressions on 40,000 people → 40,000(1 − e⁻¹); per segment: 300 € on 30,000 and 100 € on 10,000, the same λ = 1.
    expect(undifferentiated!.reach).toBeCloseTo(40_000 * (1 - Math.exp(-1)), 4)
    expect(differentiated!.reach).toBeCloseTo(40_000 * (1 - Math.exp(-1)), 4)
    expect(differentiated!.segments.map((s) => s.budget)).toEqual([300, 100])
  })

  it('when the budget is concentrated, then only the largest segment is reached, more often', () => {
    const result = compare(request)
    const { concentrated, differentiated } = byName(result)
    expect(concentrated!.segmentsReached).toBe(1)
    expect(concentrated!.segments.map((s) => s.budget)).toEqual([400, 0])
    expect(concentrated!.segments[0]!.reach).toBeCloseTo(30_000 * (1 - Math.exp(-40_000 / 30_000)), 4)
    expect(concentrated!.frequency).toBeGreaterThan(differentiated!.frequency)
    expect(SegmentComparisonSchema.parse(result)).toEqual(result)
  })

  it('when tailored messages lift CTR, then differentiated clicks grow by the lift and undifferentiated do not', () => {
    const { undifferentiated, differentiated } = byName(compare({ ...request, tailoredCtrLift: 1.5 }))
    expect(differentiated!.clicks).toBeCloseTo(undifferentiated!.clicks * 1.5, 6)
  })
})
