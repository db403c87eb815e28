import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, OptimizeResponseSchema } from '../../audiences/index.js'
import { aLine, anOptimizeBody, aVillaAudience } from './support/plan-bodies.js'
import { testApp } from './support/test-app.js'

const optimize = (body: unknown, app = testApp()) =>
  request(app)
    .post('/api/v1/optimize')
    .send(body as object)

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

describe('POST /api/v1/optimize', () => {
  it('when optimising the villa audience for reach, then the lines sum to the total and reach at least the even split', async () => {
    const body = {
      audience: aVillaAudience(),
      lines: ['facebook', 'instagram', 'linkedin', 'google'].map((channel) => ({ channel })),
      totalBudget: 5000,
    }

    const response = await optimize(body, testApp({ taxonomy: DEFAULT_TAXONOMY }))

    expect(response.status).toBe(200)
    expect(OptimizeResponseSchema.safeParse(response.body).error).toBeUndefined()
    expect(response.body.objective).toBe('reach')
    expect(sum(response.body.lines.map((l: { budget: number }) => l.budget))).toBeCloseTo(5000, 9)
    expect(response.body.evenSplit.lines.map((l: { budget: number }) => l.budget)).toEqual([1250, 1250, 1250, 1250])
    expect(response.body.total.reach).toBeGreaterThanOrEqual(response.body.evenSplit.total.reach)
  })

  it('when optimising for clicks, then all of it goes to Google at 1 € CPC: 5,000 clicks against 2,500 + 2,250 split evenly', async () => {
    const body = anOptimizeBody({ lines: [aLine('google'), aLine('facebook')], objective: 'clicks' })

    const response = await optimize(body)

    expect(response.status).toBe(200)
    expect(response.body.lines.map((l: { budget: number }) => l.budget)).toEqual([5000, 0])
    expect(response.body.total.clicks).toBeCloseTo(5000, 9)
    // Facebook: 2,500 € at 10 € CPM = 250,000 impressions × 0.9 % CTR.
    expect(response.body.evenSplit.total.clicks).toBeCloseTo(2500 + 2250, 9)
  })

  it('when a line has a minimum and a maximum, then its budget stays within them', async () => {
    const body = anOptimizeBody({ lines: [aLine('facebook', { max: 1000 }), aLine('linkedin', { min: 500 })] })

    const response = await optimize(body)

    const [facebook, linkedin] = response.body.lines
    expect(facebook.budget).toBeLessThanOrEqual(1000)
    expect(linkedin.budget).toBeGreaterThanOrEqual(500)
    expect(facebook.budget + linkedin.budget).toBeCloseTo(5000, 9)
  })

  it('when a line carries a budget, then answers 400 request_invalid: optimize splits totalBudget itself', async () => {
    const response = await optimize(anOptimizeBody({ lines: [aLine('facebook', { budget: 100 })] }))

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['lines', 0, 'budget'] }))
  })

  it('when the line minimums add up to more than the total, then answers 422 budget_below_minimum', async () => {
    const response = await optimize(
      anOptimizeBody({ lines: [aLine('facebook', { min: 4000 }), aLine('linkedin', { min: 2000 })] }),
    )

    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('budget_below_minimum')
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['totalBudget'] }))
  })

  it('when the line maximums add up to less than the total, then answers 422 bounds_infeasible', async () => {
    const response = await optimize(
      anOptimizeBody({ lines: [aLine('facebook', { max: 1000 }), aLine('linkedin', { max: 1000 })] }),
    )

    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('bounds_infeasible')
  })
})
