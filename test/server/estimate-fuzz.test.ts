import type { Server } from 'node:http'
import fc from 'fast-check'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  BudgetForReachResponseSchema,
  DEFAULT_TAXONOMY,
  EstimateResponseSchema,
  OptimizeResponseSchema,
  ReachCurveSchema,
  SegmentComparisonSchema,
} from '../../audiences/index.js'
import { STATUS_BY_CODE } from '../../server/http/http-errors.js'
import { mutatedPlanBodyArbitrary, planBodyArbitrary, type PlanEndpoint } from './support/plan-body-arbitrary.js'
import { testApp } from './support/test-app.js'

let server: Server
beforeAll(() => {
  server = testApp({ taxonomy: DEFAULT_TAXONOMY }).listen(0)
})
afterAll(() => new Promise<void>((done) => server.close(() => done())))

const ENDPOINTS: Record<PlanEndpoint, { path: string; response: z.ZodType }> = {
  estimate: { path: '/api/v1/estimate', response: EstimateResponseSchema },
  curves: { path: '/api/v1/estimate/curves', response: ReachCurveSchema },
  optimize: { path: '/api/v1/optimize', response: OptimizeResponseSchema },
  budgetForReach: { path: '/api/v1/budget-for-reach', response: BudgetForReachResponseSchema },
  strategies: { path: '/api/v1/strategies/compare', response: SegmentComparisonSchema },
}

async function expectNoServerError(endpoint: PlanEndpoint, text: string) {
  const { path, response: schema } = ENDPOINTS[endpoint]
  const response = await request(server).post(path).set('Content-Type', 'application/json').send(text)

  expect(response.status, `${response.status} for ${text.slice(0, 500)}`).toBeLessThan(500)
  if (response.status >= 400) {
    const code: unknown = response.body?.error?.code
    expect(typeof code, `no error.code for ${text.slice(0, 500)}`).toBe('string')
    expect(STATUS_BY_CODE[code as keyof typeof STATUS_BY_CODE]).toBe(response.status)
  } else expect(schema.safeParse(response.body).error, `bad 200 for ${text.slice(0, 500)}`).toBeUndefined()
}

const cases = Object.entries(ENDPOINTS).map(([endpoint, { path }]) => ({ endpoint: endpoint as PlanEndpoint, path }))

describe.each(cases)('POST $path under hostile input', ({ endpoint }) => {
  it('when the body is a valid-looking plan (any audience, rates, bounds, reach model), then never answers 5xx and a 200 matches its schema', async () => {
    await fc.assert(
      fc.asyncProperty(planBodyArbitrary(endpoint), (body) => expectNoServerError(endpoint, JSON.stringify(body))),
      { numRuns: 150 },
    )
  })

  it('when a valid plan is mutated (deleted fields, wrong types, huge strings, __proto__ keys, junk), then never answers 5xx and every 4xx has error.code', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPlanBodyArbitrary(endpoint), (text) => expectNoServerError(endpoint, text)),
      { numRuns: 200 },
    )
  })

  it('when the body is any JSON value, then never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 4 }), (text) => expectNoServerError(endpoint, text)),
      { numRuns: 50 },
    )
  })
})
