import { describe, expect, it } from 'vitest'
import { estimatePlan } from '../../audiences/estimate/estimate-plan.js'
import {
  EstimateRequestSchema,
  EstimateResponseSchema,
  type EstimateRequest,
} from '../../audiences/estimate/estimate-schema.js'
import { aTaxonomy } from './estimate-fixtures.js'

const taxonomy = aTaxonomy()
const anEstimate = (input: Record<string, unknown>): EstimateRequest => EstimateRequestSchema.parse(input)
const codeOf = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return {
      code: (error as { code: string }).code,
      paths: (error as { issues: { path: unknown }[] }).issues.map((i) => i.path),
    }
  }
  return null
}

describe('estimatePlan', () => {
  it('when sizes and universe are given, then each line follows Poisson and the total follows Sainsbury', () => {
    const result = estimatePlan(
      anEstimate({
        lines: [
          { channel: 'facebook', budget: 100, audienceSize: 10_000 },
          { channel: 'linkedin', budget: 300, audienceSize: 10_000 },
        ],
        universe: 50_000,
      }),
      taxonomy,
    )
    // Each line: 10,000 impressions on 10,000 people → R = 10,000(1 − e⁻¹) = 6,321.21.
    const r = 10_000 * (1 - Math.exp(-1))
    expect(result.lines.map((l) => l.reach)).toEqual([expect.closeTo(r, 6), expect.closeTo(r, 6)])
    expect(result.total.reach).toBeCloseTo(50_000 * (1 - (1 - r / 50_000) ** 2), 6)
    expect(result.total).toMatchObject({ budget: 400, impressions: 20_000, grp: 40, universe: 50_000 })
    expect(result.total.clicks).toBeCloseTo(10_000 * 0.009 + 10_000 * 0.0045, 9)
    expect(EstimateResponseSchema.parse(result)).toEqual(result)
  })

  it('when an audience is given, then the line sizes and the universe come from its population and every factor is listed', () => {
    const result = estimatePlan(
      anEstimate({
        audience: {
          name: 'Helsinki 30–60',
          geo: { include: [{ municipality: '091', country: 'FI' }] },
          age: { min: 30, max: 60 },
        },
        lines: [
          { channel: 'facebook', budget: 100 },
          { channel: 'google', budget: 1000 },
        ],
        flightDays: 10,
      }),
      taxonomy,
    )
    expect(result.total.universe).toBe(286_342)
    expect(result.lines[0]!.audienceSize.value).toBeCloseTo(286_342 * (3_330_000 / 4_069_201), 6)
    expect(result.lines[1]!.dailyBudget).toBe(100)
    const factors = result.assumptions.map((a) => a.factor)
    expect(factors).toEqual(
      expect.arrayContaining([
        'reachModel',
        'population.FI',
        'universe',
        'reach.facebook.FI',
        'reach.google.FI',
        'rate.facebook.cpm',
        'rate.google.cpc',
        'rate.google.ctr.cpc',
      ]),
    )
    expect(result.assumptions.every((a) => a.source.length > 0)).toBe(true)
  })

  it('when the audience is in Sweden, then the Finnish rate card stands in and says so', () => {
    const result = estimatePlan(
      anEstimate({
        audience: { name: 'SE', geo: { include: [{ region: 'SE-AB' }] } },
        lines: [{ channel: 'instagram', budget: 100 }],
      }),
      taxonomy,
    )
    expect(result.assumptions).toContainEqual(expect.objectContaining({ factor: 'rateCard.SE', value: 'FI' }))
    expect(result.assumptions.map((a) => a.factor)).toContain('reach.instagram.SE')
  })

  it('when a line has neither an audience nor an audienceSize, then it throws audience_size_unknown at lines.0.audienceSize', () => {
    expect(codeOf(() => estimatePlan(anEstimate({ lines: [{ channel: 'google', budget: 10 }] }), taxonomy))).toEqual({
      code: 'audience_size_unknown',
      paths: [['lines', 0, 'audienceSize']],
    })
  })

  it('when every place lacks population data, then it throws audience_size_unknown naming the place', () => {
    const request = anEstimate({
      audience: { name: 'Berlin', geo: { include: [{ city: 'Berlin', country: 'DE' }] } },
      lines: [{ channel: 'google', budget: 10 }],
    })
    expect(codeOf(() => estimatePlan(request, taxonomy))).toEqual({
      code: 'audience_size_unknown',
      paths: [['audience', 'geo', 'include', 0]],
    })
  })

  it('when the universe is smaller than a line audience, then it throws universe_too_small at universe', () => {
    const request = anEstimate({ lines: [{ channel: 'google', budget: 10, audienceSize: 1000 }], universe: 999 })
    expect(codeOf(() => estimatePlan(request, taxonomy))).toEqual({ code: 'universe_too_small', paths: [['universe']] })
  })

  it('when the calibration point has reach ≥ impressions, then it throws reach_model_invalid at reachModel.reach', () => {
    const request = anEstimate({
      lines: [{ channel: 'google', budget: 10, audienceSize: 1000 }],
      reachModel: { kind: 'calibrated', impressions: 5, reach: 5 },
    })
    expect(codeOf(() => estimatePlan(request, taxonomy))).toEqual({
      code: 'reach_model_invalid',
      paths: [['reachModel', 'reach']],
    })
  })

  it('when a request misspells a field, then the strict schema rejects it', () => {
    expect(EstimateRequestSchema.safeParse({ lines: [{ channel: 'google', budget: 1, cmp: 3 }] }).success).toBe(false)
  })
})
