import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { ReachCurveSchema } from '../../audiences/index.js'
import { aLine, anEstimateBody } from './support/plan-bodies.js'
import { testApp } from './support/test-app.js'

const curves = (body: unknown) =>
  request(testApp())
    .post('/api/v1/estimate/curves')
    .send(body as object)

const poisson = (people: number, impressions: number) => people * -Math.expm1(-impressions / people)

describe('POST /api/v1/estimate/curves', () => {
  it('when asked for 3 points on 100 € at 10 € CPM, then samples 0, 100 and 200 € with their impressions and reach', async () => {
    const response = await curves(anEstimateBody({ universe: 100_000, points: 3 }))

    expect(response.status).toBe(200)
    expect(ReachCurveSchema.safeParse(response.body).error).toBeUndefined()
    const [line] = response.body.lines
    expect(line.channel).toBe('facebook')
    expect(line.points.map((p: { budget: number }) => p.budget)).toEqual([0, 100, 200])
    expect(line.points.map((p: { impressions: number }) => p.impressions)).toEqual([0, 10_000, 20_000])
    expect(line.points[2].reach).toBeCloseTo(poisson(100_000, 20_000), 6)
    expect(response.body.total[2].reach).toBeCloseTo(poisson(100_000, 20_000), 6)
  })

  it('when points are not given, then every curve has 21 points up to twice the plan', async () => {
    const body = anEstimateBody({ lines: [aLine('facebook', { budget: 100 }), aLine('google', { budget: 50 })] })

    const response = await curves(body)

    expect(response.body.lines).toHaveLength(2)
    expect(response.body.total).toHaveLength(21)
    expect(response.body.total.at(-1).budget).toBe(300)
  })

  it('when points is out of range, then answers 400 request_invalid', async () => {
    const response = await curves(anEstimateBody({ points: 1 }))

    expect(response.status).toBe(400)
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['points'] }))
  })

  it('when a field is unknown, then answers 400 request_invalid naming it', async () => {
    const response = await curves(anEstimateBody({ steps: 5 }))

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['steps'] }))
  })

  it('when the calibration point reaches as many people as it had impressions, then answers 422 reach_model_invalid', async () => {
    const body = anEstimateBody({ reachModel: { kind: 'calibrated', impressions: 1000, reach: 1000 } })

    const response = await curves(body)

    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('reach_model_invalid')
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['reachModel', 'reach'] }))
  })
})
