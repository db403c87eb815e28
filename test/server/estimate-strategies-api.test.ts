import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { SegmentComparisonSchema } from '../../audiences/index.js'
import { aStrategiesBody } from './support/plan-bodies.js'
import { testApp } from './support/test-app.js'

const compare = (body: unknown) =>
  request(testApp())
    .post('/api/v1/strategies/compare')
    .send(body as object)

const poisson = (people: number, impressions: number) => people * -Math.expm1(-impressions / people)
type Outcome = { strategy: string; reach: number; segmentsReached: number; segments: { budget: number }[] }

describe('POST /api/v1/strategies/compare', () => {
  it('when 1,000 € at 10 € CPM meets segments of 60,000 and 40,000, then compares the three strategies of seed 002', async () => {
    const response = await compare(aStrategiesBody())

    expect(response.status).toBe(200)
    expect(SegmentComparisonSchema.safeParse(response.body).error).toBeUndefined()
    const [undifferentiated, differentiated, concentrated] = response.body.strategies as Outcome[]
    expect([undifferentiated, differentiated, concentrated].map((s) => s?.strategy)).toEqual([
      'undifferentiated',
      'differentiated',
      'concentrated',
    ])
    // 100,000 impressions over the pooled 100,000 people; split 600/400 € in proportion; or all on the larger segment.
    expect(undifferentiated?.reach).toBeCloseTo(poisson(100_000, 100_000), 4)
    expect(differentiated?.segments.map((s) => s.budget)).toEqual([600, 400])
    expect(differentiated?.reach).toBeCloseTo(poisson(60_000, 60_000) + poisson(40_000, 40_000), 4)
    expect(concentrated?.segments.map((s) => s.budget)).toEqual([1000, 0])
    expect(concentrated?.reach).toBeCloseTo(poisson(60_000, 100_000), 4)
    expect(concentrated?.segmentsReached).toBe(1)
  })

  it('when a field is unknown, then answers 400 request_invalid naming it', async () => {
    const response = await compare(aStrategiesBody({ strategy: 'concentrated' }))

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['strategy'] }))
  })

  it('when a segment has neither an audience nor a size, then answers 422 audience_size_unknown', async () => {
    const response = await compare(aStrategiesBody({ segments: [{ name: 'Unknown' }] }))

    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('audience_size_unknown')
  })
})
