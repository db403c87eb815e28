import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { BudgetForReachResponseSchema } from '../../audiences/index.js'
import { aBudgetForReachBody, aLine } from './support/plan-bodies.js'
import { testApp } from './support/test-app.js'

const budgetForReach = (body: unknown) =>
  request(testApp())
    .post('/api/v1/budget-for-reach')
    .send(body as object)

describe('POST /api/v1/budget-for-reach', () => {
  it('when 10,000 of 100,000 people are wanted on Facebook at 10 € CPM, then the budget is the cent above 10 × 100,000 × ln(1/0.9) / 1000', async () => {
    const response = await budgetForReach(aBudgetForReachBody())

    // Poisson: 10,000 = 100,000 (1 − e^(−I/100,000)) ⇒ I = 100,000 ln(1/0.9) ≈ 10,536.05 impressions ⇒ 105.3605 €.
    expect(response.status).toBe(200)
    expect(BudgetForReachResponseSchema.safeParse(response.body).error).toBeUndefined()
    expect(response.body).toMatchObject({ feasible: true, totalBudget: 105.37 })
    expect(response.body.total.reach).toBeGreaterThanOrEqual(10_000)
    expect(response.body.lines[0].budget).toBe(105.37)
  })

  it('when the target exceeds the audience, then answers feasible: false with a reason and the most the lines can reach', async () => {
    const response = await budgetForReach(aBudgetForReachBody({ targetReach: 200_000 }))

    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ feasible: false, code: 'target_exceeds_audience', maxReach: 100_000 })
    expect(response.body.reason).toEqual(expect.any(String))
    expect(response.body).not.toHaveProperty('totalBudget')
  })

  it('when the line maximums stop the plan before the target, then answers feasible: false target_exceeds_bounds', async () => {
    const response = await budgetForReach(aBudgetForReachBody({ lines: [aLine('facebook', { max: 50 })] }))

    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ feasible: false, code: 'target_exceeds_bounds' })
  })

  it('when a field is unknown, then answers 400 request_invalid naming it', async () => {
    const response = await budgetForReach(aBudgetForReachBody({ target: 10_000 }))

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['target'] }))
  })

  it('when a line minimum is above its maximum, then answers 422 bounds_infeasible', async () => {
    const response = await budgetForReach(aBudgetForReachBody({ lines: [aLine('facebook', { min: 200, max: 100 })] }))

    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('bounds_infeasible')
    expect(response.body.error.issues).toContainEqual(
      expect.objectContaining({ path: ['lines', 0, 'min'], code: 'min_above_max' }),
    )
  })
})
