import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { CompileResponseSchema } from '../../server/routes/compile-routes.js'
import { aCompileBody, testApp } from './support/test-app.js'

const compile = (body: unknown, app = testApp()) =>
  request(app)
    .post('/api/v1/compile')
    .send(body as object)
const compileRaw = (text: string, contentType = 'application/json', app = testApp()) =>
  request(app).post('/api/v1/compile').set('Content-Type', contentType).send(text)

describe('POST /api/v1/compile', () => {
  it('when the audience is valid, then answers 200 with one result per channel matching the response schema', async () => {
    const response = await compile(aCompileBody())

    expect(response.status).toBe(200)
    expect(Object.keys(response.body.channels).sort()).toEqual(['facebook', 'google', 'instagram', 'linkedin'])
    expect(CompileResponseSchema.safeParse(response.body).error).toBeUndefined()
  })

  it('when channels are given, then compiles only those', async () => {
    const response = await compile(aCompileBody({}, { channels: ['linkedin', 'google'] }))

    expect(response.status).toBe(200)
    expect(Object.keys(response.body.channels).sort()).toEqual(['google', 'linkedin'])
  })

  it('when a field is unknown, then answers 400 request_invalid naming the field', async () => {
    const response = await compile(aCompileBody({ colour: 'blue' }))

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['audience', 'colour'] }))
  })

  it('when the body has an unknown top-level field, then answers 400 request_invalid', async () => {
    const response = await compile({ ...aCompileBody(), budget: 100 })

    expect(response.status).toBe(400)
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['budget'] }))
  })

  it('when a field has the wrong type, then answers 400 with the full path and zod code', async () => {
    const response = await compile(aCompileBody({ age: { min: 'thirty' } }))

    expect(response.status).toBe(400)
    expect(response.body.error.issues).toEqual([
      expect.objectContaining({ path: ['audience', 'age', 'min'], code: 'invalid_type' }),
    ])
  })

  it('when a geo item misses a key, then reports the union branch whose keys match, not every branch', async () => {
    const response = await compile(aCompileBody({ geo: { include: [{ city: 'Helsinki' }] } }))

    expect(response.status).toBe(400)
    expect(response.body.error.issues).toEqual([
      expect.objectContaining({ path: ['audience', 'geo', 'include', 0, 'country'], code: 'invalid_type' }),
    ])
  })

  it('when a radius lacks km, then reports the path inside the radius branch', async () => {
    const response = await compile(aCompileBody({ geo: { include: [{ radius: { lat: 60.2, lng: 24.9 } }] } }))

    expect(response.status).toBe(400)
    expect(response.body.error.issues).toEqual([
      expect.objectContaining({ path: ['audience', 'geo', 'include', 0, 'radius', 'km'] }),
    ])
  })

  it('when a channel is unknown, then answers 400 request_invalid', async () => {
    const response = await compile(aCompileBody({}, { channels: ['tiktok'] }))

    expect(response.status).toBe(400)
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['channels', 0] }))
  })

  it('when the JSON is malformed, then answers 400 request_invalid at the top level', async () => {
    const response = await compileRaw('{"audience": {')

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
    expect(response.body.error.issues[0].path).toEqual([])
  })

  it('when there is no body, then answers 400 request_invalid', async () => {
    const response = await request(testApp()).post('/api/v1/compile')

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
  })

  it('when the body is over the limit, then answers 413 payload_too_large', async () => {
    const app = testApp({ bodyLimit: '10kb' })

    const response = await compileRaw(
      JSON.stringify(aCompileBody({ description: 'x'.repeat(20_000) })),
      'application/json',
      app,
    )

    expect(response.status).toBe(413)
    expect(response.body.error.code).toBe('payload_too_large')
    // Issue 16: the path [] names the body as a whole, with a stable code, like every other 4xx.
    expect(response.body.error.issues).toEqual([expect.objectContaining({ path: [], code: 'body_too_large' })])
  })

  it('when the body is not JSON, then answers 415 unsupported_media_type', async () => {
    const response = await compileRaw('name=villa', 'application/x-www-form-urlencoded')

    expect(response.status).toBe(415)
    expect(response.body.error.code).toBe('unsupported_media_type')
    expect(response.body.error.issues).toEqual([
      expect.objectContaining({ path: [], code: 'content_type_unsupported' }),
    ])
  })

  it('when the JSON body is in a charset or Content-Encoding kohde does not read, then answers 415 with the path [] (issue 16)', async () => {
    const body = JSON.stringify(aCompileBody())
    const latin = await request(testApp())
      .post('/api/v1/compile')
      .set('Content-Type', 'application/json; charset=latin1')
      .send(body)
    const packed = await request(testApp())
      .post('/api/v1/compile')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'zstd-nope')
      .send(body)

    for (const response of [latin, packed]) {
      expect(response.status).toBe(415)
      expect(response.body.error.issues).toEqual([
        expect.objectContaining({ path: [], code: 'body_encoding_unsupported' }),
      ])
    }
  })

  it('when the body nests deeper than any audience can, then answers 400 instead of exhausting the stack', async () => {
    const levels = 10_000
    const link = '{"name":"x","geo":{"include":[{"country":"FI"}]},"parent":'
    const text = `{"audience":${link.repeat(levels)}{"name":"x","geo":{"include":[{"country":"FI"}]}}${'}'.repeat(levels + 1)}`

    const response = await compileRaw(text)

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
  })
})

describe('POST /api/v1/compile, impossible audiences', () => {
  const expect422 = async (body: unknown, path: (string | number)[], code: string, app = testApp()) => {
    const response = await compile(body, app)

    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('audience_invalid')
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path, code }))
  }

  it('when the minimum age is above the maximum, then answers 422 age_range_empty', () =>
    expect422(aCompileBody({ age: { min: 60, max: 30 } }), ['age', 'min'], 'age_range_empty'))

  it('when no place is included, then answers 422 geo_empty', () =>
    expect422(aCompileBody({ geo: { include: [] } }), ['geo', 'include'], 'geo_empty'))

  it('when a radius is 0 km, then answers 422 radius_empty', () =>
    expect422(
      aCompileBody({ geo: { include: [{ radius: { lat: 60.2, lng: 24.9, km: 0 } }] } }),
      ['geo', 'include', 0],
      'radius_empty',
    ))

  it('when a Finnish postal code does not exist, then answers 422 postal_code_unknown', () =>
    expect422(
      aCompileBody({ geo: { include: [{ postalCode: '00003', country: 'FI' }] } }),
      ['geo', 'include', 0],
      'postal_code_unknown',
    ))

  it('when a Finnish postal code does not exist in the shipped data, then answers 422 postal_code_unknown', async () => {
    expect(DEFAULT_TAXONOMY.postalCode('FI', '00100'), 'the shipped postal data has landed').toBeDefined()
    expect(DEFAULT_TAXONOMY.postalCode('FI', '00003')).toBeUndefined()
    const app = testApp({ taxonomy: DEFAULT_TAXONOMY })

    await expect422(
      aCompileBody({ include: [], geo: { include: [{ postalCode: '00003', country: 'FI' }] } }),
      ['geo', 'include', 0],
      'postal_code_unknown',
      app,
    )
  })

  it('when a term key is not in the taxonomy, then answers 422 term_unknown', () =>
    expect422(
      aCompileBody({ include: [[{ facet: 'title', value: 'title.astronaut' }]] }),
      ['include', 0, 0, 'value'],
      'term_unknown',
    ))
})
