import { describe, expect, it } from 'vitest'
import { EstimateRequestSchema } from '../../audiences/estimate/estimate-schema.js'
import { reachCurve, ReachCurveSchema } from '../../audiences/estimate/reach-curve.js'
import { aTaxonomy } from './estimate-fixtures.js'

const request = EstimateRequestSchema.parse({
  lines: [
    { channel: 'facebook', budget: 100, audienceSize: 10_000 },
    { channel: 'linkedin', budget: 300, audienceSize: 5000 },
  ],
  universe: 20_000,
})

describe('reachCurve', () => {
  it('when asked for 5 points up to 2×, then budgets are 0, ½, 1, 1½ and 2 times the plan and the 1× point is the estimate', () => {
    const curve = reachCurve(request, aTaxonomy(), { points: 5 })
    expect(ReachCurveSchema.parse(curve)).toEqual(curve)
    expect(curve.lines[0]!.points.map((p) => p.budget)).toEqual([0, 50, 100, 150, 200])
    expect(curve.total.map((p) => p.budget)).toEqual([0, 200, 400, 600, 800])
    // Facebook at 1×: 10,000 impressions on 10,000 people → 10,000(1 − e⁻¹).
    expect(curve.lines[0]!.points[2]!.reach).toBeCloseTo(10_000 * (1 - Math.exp(-1)), 6)
  })

  it('when the budget grows, then reach and frequency never fall, per line and in total', () => {
    const curve = reachCurve(request, aTaxonomy(), { points: 30, maxMultiplier: 10 })
    for (const series of [...curve.lines.map((l) => l.points), curve.total])
      for (let j = 1; j < series.length; j++) {
        expect(series[j]!.reach).toBeGreaterThanOrEqual(series[j - 1]!.reach)
        if (series[j - 1]!.reach > 0)
          expect(series[j]!.frequency).toBeGreaterThanOrEqual(series[j - 1]!.frequency - 1e-12)
      }
  })
})
