import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { BudgetForReachResponseSchema, EstimateResponseSchema, OptimizeResponseSchema } from '../../audiences/index.js'
import { aBudgetForReachBody, aLine, anEstimateBody, anOptimizeBody } from './support/plan-bodies.js'
import { testApp } from './support/test-app.js'

const post = (path: string, body: object) => request(testApp()).post(path).send(body)

// A saturated line: 2,000 € at CPM 10 € is 200,000 impressions for 1,000 people (m = 200).
const saturated = aLine('facebook', { budget: 2000, cpm: 10, audienceSize: 1000 })

describe('guidance in the planning answers', () => {
  it('POST /estimate: top-level warnings with their line and numbers, each line its warnings and recommendedBudget', async () => {
    const response = await post('/api/v1/estimate', anEstimateBody({ universe: 1000, lines: [saturated] }))

    expect(response.status).toBe(200)
    expect(EstimateResponseSchema.safeParse(response.body).error).toBeUndefined()
    const codes = response.body.warnings.map((w: { code: string; line?: number }) => `${w.code}@${w.line ?? '-'}`)
    expect(codes).toEqual([
      'frequency_above_range@-',
      'audience_too_small_for_budget@0',
      'frequency_above_range@0',
      'diminishing_returns@0',
    ])
    // B* = A × CPM/1000 × ln(1/0.1) = 1,000 × 0.01 × 2.302585 = 23.03 €.
    expect(response.body.lines[0].recommendedBudget.budget).toBeCloseTo(23.02585, 4)
    expect(response.body.lines[0].warnings).toHaveLength(3)
    expect(response.body.recommendedBudget.budget).toBeCloseTo(23.02585, 4)
    expect(response.body.warnings[1].message).toContain('200,000 impressions for 1,000 people')
  })

  it('POST /estimate: the threshold and ranges can be set; a line’s dates give its own daily budget', async () => {
    const body = anEstimateBody({
      guidance: { marginalThreshold: 0.2, frequencyRanges: { facebook: { min: 1, max: 300 } } },
      lines: [{ ...saturated, startDate: '2026-03-02', endDate: '2026-03-11' }],
      universe: 1000,
    })

    const response = await post('/api/v1/estimate', body)

    // m* = ln 5: 1,000 × 0.01 × 1.609438 = 16.09 €; frequency 200 is inside 1–300.
    expect(response.body.lines[0].recommendedBudget.budget).toBeCloseTo(16.09438, 4)
    expect(response.body.warnings.map((w: { code: string }) => w.code)).toEqual(['diminishing_returns'])
    expect(response.body.lines[0].dailyBudget).toBe(200)
  })

  it('400 with the path for a flight that ends before it starts, a range whose max is below its min, or k = 11', async () => {
    const flight = await post(
      '/api/v1/estimate',
      anEstimateBody({ lines: [aLine('facebook', { budget: 1, startDate: '2026-03-02', endDate: '2026-03-01' })] }),
    )
    const range = await post(
      '/api/v1/estimate',
      anEstimateBody({ guidance: { frequencyRanges: { linkedin: { min: 5, max: 2 } } } }),
    )
    const k = await post('/api/v1/optimize', anOptimizeBody({ effectiveFrequency: 11 }))

    expect([flight.status, range.status, k.status]).toEqual([400, 400, 400])
    expect(flight.body.error.issues[0].path).toEqual(['lines', 0, 'endDate'])
    expect(range.body.error.issues[0].path).toEqual(['guidance', 'frequencyRanges', 'linkedin', 'max'])
    expect(k.body.error.issues[0].path).toEqual(['effectiveFrequency'])
  })

  it('POST /optimize: optimises 3+ reach when asked, and carries the warnings of its split', async () => {
    const response = await post('/api/v1/optimize', anOptimizeBody({ effectiveFrequency: 3, universe: 150_000 }))

    expect(response.status).toBe(200)
    expect(OptimizeResponseSchema.safeParse(response.body).error).toBeUndefined()
    expect(response.body).toMatchObject({ effectiveFrequency: 3, warnings: expect.any(Array) })
    expect(response.body.lines[0].recommendedBudget.budget).toBeCloseTo(100_000 * 0.01 * Math.LN10, 4)
  })

  it('POST /budget-for-reach: 2+ reach of 10,000 of a 100,000-person pool: 1 − e^(−m)(1 + m) = 0.1 at m = 0.531812, 531.81 €', async () => {
    const response = await post('/api/v1/budget-for-reach', aBudgetForReachBody({ effectiveFrequency: 2 }))

    expect(response.status).toBe(200)
    expect(BudgetForReachResponseSchema.safeParse(response.body).error).toBeUndefined()
    expect(response.body).toMatchObject({ feasible: true, effectiveFrequency: 2 })
    expect(response.body.totalBudget).toBeCloseTo(531.81, 1)
    expect(response.body.lines[0].recommendedBudget).not.toBeNull()
  })
})
