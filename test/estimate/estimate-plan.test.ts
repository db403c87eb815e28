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

  // Statistics Finland 11re 2019: Helsinki 30–60 = 286,342, Finland 30–60 = 2,169,070. Facebook: Meta's ad tools' 2.75 M
  // of the 18–74 plus half the 75+ (3,951,652 + 524,583 / 2). The test taxonomy gives Helsinki no centre, so Meta
  // cannot draw it and falls back to all of Finland: the line targets Finland, the described audience is Helsinki.
  it('when an audience is given, then each line sizes what its channel targets beside the audience described', () => {
    const result = estimatePlan(
      anEstimate({
        audience: {
          name: 'Helsinki 30–60',
          geo: { include: [{ municipality: '091', country: 'FI' }] },
          age: { min: 30, max: 60 },
        },
        lines: [
          { channel: 'facebook', budget: 100 },
          { channel: 'instagram', budget: 1000 },
        ],
        flightDays: 10,
      }),
      taxonomy,
    )
    const facebook = 2_750_000 / (3_951_652 + 524_583 / 2)
    const line = result.lines[0]!
    expect(line.audienceSize!.value).toBeCloseTo(2_169_070 * facebook, 6)
    expect(line.idealAudienceSize!.value).toBeCloseTo(286_342 * facebook, 6)
    expect(line.sizeReason!.message).toContain('Facebook will target about 1.4 M people, not the about 187 k described')
    expect(line.sizeReason!.items.map((i) => [i.criterion, i.code])).toEqual([
      ['geo:FI/municipality:091', 'geo_widened_to_country'],
    ])
    // The largest line audience is the universe: Facebook's.
    expect(result.total.universe).toBeCloseTo(2_169_070 * facebook, 6)
    expect(result.lines[1]!.dailyBudget).toBe(100)
    const factors = result.assumptions.map((a) => a.factor)
    expect(factors).toEqual(
      expect.arrayContaining([
        'reachModel',
        'population.FI',
        'universe',
        'reach.facebook.FI',
        'reach.instagram.FI',
        'reach.platformPool',
        'audienceSize.targeted',
        'rate.facebook.cpm',
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

  // api.md "Additions (2026-12)": 100 € at 10 € CPM buys 100 / 10 × 1000 = 10,000 impressions; reach needs a size.
  it('when a line has neither an audience nor an audienceSize, then delivery comes from budget and rates and reach is null', () => {
    const result = estimatePlan(anEstimate({ lines: [{ channel: 'facebook', budget: 100, cpm: 10 }] }), taxonomy)

    expect(result.lines[0]).toMatchObject({
      impressions: 10_000,
      spend: 100,
      reach: null,
      frequency: null,
      reachAtLeast: null,
      audienceSize: null,
      reachUnavailable: { code: 'audience_size_missing' },
    })
    // Clicks at the rate card's Facebook CTR, 0.9 %.
    expect(result.lines[0]!.clicks).toBeCloseTo(90, 9)
    expect(result.total).toMatchObject({ impressions: 10_000, reach: null, frequency: null, universe: null })
    expect(EstimateResponseSchema.parse(result)).toEqual(result)
  })

  it('when one line has a size and another none, then the sized line has reach and the total reach is null', () => {
    const result = estimatePlan(
      anEstimate({
        lines: [
          { channel: 'google', budget: 10, cpc: 1 },
          { channel: 'linkedin', budget: 300, audienceSize: 10_000 },
        ],
      }),
      taxonomy,
    )

    expect(result.lines[0]).toMatchObject({ clicks: 10, reach: null })
    expect(result.lines[1]!.reach).toBeCloseTo(10_000 * (1 - Math.exp(-1)), 6)
    expect(result.total.reach).toBeNull()
  })

  // Meta takes a circle as drawn; kohde counts people only by Finnish postal areas, and none lies in mid-Atlantic.
  it('when a line targets a place kohde has no population data for, then it throws audience_size_unknown naming it', () => {
    const request = anEstimate({
      audience: { name: 'Atlantic', geo: { include: [{ radius: { lat: 10, lng: -30, km: 5 } }] } },
      lines: [{ channel: 'facebook', budget: 10 }],
    })
    expect(codeOf(() => estimatePlan(request, taxonomy))).toEqual({
      code: 'audience_size_unknown',
      paths: [['audience', 'geo', 'include', 0]],
    })
  })

  it('when a line’s channel can target none of the places, then the line reaches nobody and says why', () => {
    const request = anEstimate({
      audience: { name: 'Berlin', geo: { include: [{ city: 'Berlin', country: 'DE' }] } },
      lines: [{ channel: 'google', budget: 10 }],
    })
    const line = estimatePlan(request, taxonomy).lines[0]!
    expect(line).toMatchObject({ audienceSize: { value: 0, low: 0, high: 0 }, reach: 0 })
    expect(line.sizeReason!.message).toContain("Google can target none of the audience's places")
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

  // Goerg's curve reaches at most ρ = 100,000 × 40,000 / 60,000 = 66,666.7; a 50,000-person line cannot, yet the
  // plan must pass through its own point: 1,000 € at 10 € CPM = 100,000 impressions must reach 40,000 people.
  it('when the calibrated curve’s ρ exceeds a line’s audience, then the line still passes through the calibration point', () => {
    const result = estimatePlan(
      anEstimate({
        lines: [{ channel: 'facebook', budget: 1000, cpm: 10, audienceSize: 50_000 }],
        reachModel: { kind: 'calibrated', impressions: 100_000, reach: 40_000 },
      }),
      taxonomy,
    )

    expect(result.lines[0]!.reach).toBeCloseTo(40_000, 3)
    expect(result.assumptions.map((a) => a.factor)).toContain('reachModel.calibration.lines.0')
  })

  // Even random exposure reaches only 50,000(1 − e^(−2)) = 43,233 of 50,000 with 100,000 impressions, below 45,000.
  it('when no curve over a line’s audience can pass through the point, then Poisson is used and the assumption says why', () => {
    const result = estimatePlan(
      anEstimate({
        lines: [{ channel: 'facebook', budget: 1000, cpm: 10, audienceSize: 50_000 }],
        reachModel: { kind: 'calibrated', impressions: 100_000, reach: 45_000 },
      }),
      taxonomy,
    )

    expect(result.lines[0]!.reach).toBeCloseTo(50_000 * (1 - Math.exp(-2)), 6)
    expect(result.assumptions).toContainEqual(
      expect.objectContaining({
        factor: 'reachModel.calibration.lines.0',
        value: 'poisson',
        source: expect.stringContaining('too small for the calibration point'),
      }),
    )
  })

  it('when a line’s audience is at least ρ, then Goerg’s curve stands: R(I₀) = R₀', () => {
    const result = estimatePlan(
      anEstimate({
        lines: [{ channel: 'facebook', budget: 1000, cpm: 10, audienceSize: 500_000 }],
        reachModel: { kind: 'calibrated', impressions: 100_000, reach: 40_000 },
      }),
      taxonomy,
    )

    expect(result.lines[0]!.reach).toBeCloseTo(40_000, 6)
  })

  it('when a request misspells a field, then the strict schema rejects it', () => {
    expect(EstimateRequestSchema.safeParse({ lines: [{ channel: 'google', budget: 1, cmp: 3 }] }).success).toBe(false)
  })
})
