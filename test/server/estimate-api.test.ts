import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, EstimateResponseSchema } from '../../audiences/index.js'
import { aLine, anEstimateBody, aVillaAudience } from './support/plan-bodies.js'
import { testApp } from './support/test-app.js'

const estimate = (body: unknown, app = testApp()) =>
  request(app)
    .post('/api/v1/estimate')
    .send(body as object)

// Poisson reach of I impressions over A people: A(1 − e^(−I/A)).
const poisson = (people: number, impressions: number) => people * -Math.expm1(-impressions / people)

describe('POST /api/v1/estimate', () => {
  it('when lines use the default rate card, then 100 € at 10 € CPM, 300 € at 30 € CPM and 1,000 € at 1 € CPC buy 10,000, 10,000 and 1,000 clicks', async () => {
    const body = anEstimateBody({
      lines: [
        aLine('facebook', { budget: 100 }),
        aLine('linkedin', { budget: 300 }),
        aLine('google', { budget: 1000 }),
      ],
    })

    const response = await estimate(body)

    expect(response.status).toBe(200)
    expect(EstimateResponseSchema.safeParse(response.body).error).toBeUndefined()
    const [facebook, linkedin, google] = response.body.lines
    expect(facebook).toMatchObject({ channel: 'facebook', cpm: 10, impressions: 10_000 })
    expect(linkedin).toMatchObject({ channel: 'linkedin', cpm: 30, impressions: 10_000 })
    expect(google).toMatchObject({ channel: 'google', pricing: 'cpc', cpc: 1, clicks: 1000 })
    expect(facebook.reach).toBeCloseTo(poisson(100_000, 10_000), 6)
    expect(facebook.frequency).toBeCloseTo(10_000 / poisson(100_000, 10_000), 9)
    expect(facebook.audienceSize).toEqual({ low: 100_000, high: 100_000, value: 100_000 })
    expect(response.body.total).toMatchObject({ budget: 1400, universe: 150_000 })
  })

  it('when lines give their own rates, then the clicks are impressions × CTR and the CPC follows from CPM ÷ (1000 × CTR)', async () => {
    const response = await estimate(anEstimateBody({ lines: [aLine('instagram', { budget: 50, cpm: 5, ctr: 0.02 })] }))

    expect(response.status).toBe(200)
    expect(response.body.lines[0]).toMatchObject({ impressions: 10_000, clicks: 200, cpc: 0.25 })
  })

  it('when there are several lines, then total reach is unduplicated over the universe (Sainsbury)', async () => {
    const body = anEstimateBody({ lines: [aLine('facebook', { budget: 100 }), aLine('linkedin', { budget: 300 })] })

    const response = await estimate(body)

    const share = poisson(100_000, 10_000) / 150_000
    expect(response.body.total.reach).toBeCloseTo(150_000 * (1 - (1 - share) ** 2), 4)
    expect(response.body.total).toMatchObject({ impressions: 20_000, clicks: 90 + 45 })
  })

  it('when it answers, then lists each assumption with its source, the rates from the rate card included', async () => {
    const response = await estimate(anEstimateBody())

    expect(response.body.assumptions).toContainEqual({
      factor: 'rate.facebook.cpm',
      value: 10,
      source: expect.any(String),
      code: 'rateCard.builtIn',
    })
    expect(response.body.assumptions).toContainEqual({
      factor: 'universe',
      value: 150_000,
      source: 'request',
      code: 'request',
    })
  })

  it('when an audience is given instead of sizes, then sizes each line from the population with a low–high band', async () => {
    const body = { audience: aVillaAudience(), lines: [{ channel: 'facebook', budget: 100 }] }

    const response = await estimate(body, testApp({ taxonomy: DEFAULT_TAXONOMY }))

    expect(response.status).toBe(200)
    const { low, value, high } = response.body.lines[0].audienceSize
    expect(low).toBeLessThan(value)
    expect(value).toBeLessThan(high)
    expect(response.body.lines[0].impressions).toBe(10_000)
  })

  it('when a line has an unknown field, then answers 400 request_invalid naming it', async () => {
    const response = await estimate(anEstimateBody({ lines: [aLine('facebook', { budget: 100, colour: 'blue' })] }))

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['lines', 0, 'colour'] }))
  })

  it('when the universe is smaller than a line audience, then answers 422 universe_too_small', async () => {
    const response = await estimate(anEstimateBody({ universe: 1000 }))

    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('universe_too_small')
    expect(response.body.error.issues).toContainEqual(
      expect.objectContaining({ path: ['universe'], code: 'universe_below_audience' }),
    )
  })

  // api.md "Additions (2026-12)": "100 € at 10 € CPM" is 10,000 impressions; reach and frequency are null, with why.
  it('when neither an audience nor an audience size is given, then delivery comes from budget and rates and reach is null', async () => {
    const response = await estimate({ lines: [{ channel: 'facebook', budget: 100, cpm: 10 }] })

    expect(response.status).toBe(200)
    expect(response.body.lines[0]).toMatchObject({
      impressions: 10_000,
      reach: null,
      frequency: null,
      reachUnavailable: { code: 'audience_size_missing' },
    })
    expect(response.body.total).toMatchObject({ impressions: 10_000, reach: null, frequency: null })
  })

  it('when the audience is impossible, then answers 422 audience_invalid as /compile does', async () => {
    const body = {
      audience: aVillaAudience({ age: { min: 60, max: 30 } }),
      lines: [{ channel: 'facebook', budget: 100 }],
    }

    const response = await estimate(body)

    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('audience_invalid')
  })
})
