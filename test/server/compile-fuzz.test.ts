import type { Server } from 'node:http'
import fc from 'fast-check'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { STATUS_BY_CODE } from '../../server/http/http-errors.js'
import { CompileResponseSchema } from '../../server/routes/compile-routes.js'
import { compileBodyArbitrary, mutatedBodyArbitrary } from './support/compile-body-arbitrary.js'
import { testApp } from './support/test-app.js'

let server: Server
beforeAll(() => {
  server = testApp({ taxonomy: DEFAULT_TAXONOMY }).listen(0)
})
afterAll(() => new Promise<void>((done) => server.close(() => done())))

async function expectNoServerError(text: string, contentType = 'application/json') {
  const response = await request(server).post('/api/v1/compile').set('Content-Type', contentType).send(text)

  expect(response.status, `${response.status} for ${text.slice(0, 300)}`).toBeLessThan(500)
  if (response.status >= 400) {
    const code: unknown = response.body?.error?.code
    expect(typeof code, `no error.code for ${text.slice(0, 300)}`).toBe('string')
    expect(STATUS_BY_CODE[code as keyof typeof STATUS_BY_CODE]).toBe(response.status)
  } else expect(CompileResponseSchema.safeParse(response.body).error).toBeUndefined()
}

describe('POST /api/v1/compile under hostile input', () => {
  it('when the body is a valid-looking audience, then never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(compileBodyArbitrary, (body) => expectNoServerError(JSON.stringify(body))),
      { numRuns: 150 },
    )
  })

  it('when a valid body is mutated (deleted fields, wrong types, huge strings, __proto__ keys, junk), then never answers 5xx and every 4xx has error.code', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedBodyArbitrary, (text) => expectNoServerError(text)),
      { numRuns: 400 },
    )
  })

  it('when the body is any JSON value, then never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 6 }), (text) => expectNoServerError(text)),
      { numRuns: 150 },
    )
  })

  it('when the body is arbitrary text, then never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), (text) => expectNoServerError(text)),
      { numRuns: 100 },
    )
  })

  it('when the body claims another content type, then never answers 5xx', async () => {
    const contentType = fc.constantFrom(
      'text/plain',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
    )
    await fc.assert(
      fc.asyncProperty(compileBodyArbitrary, contentType, (body, type) =>
        expectNoServerError(JSON.stringify(body), type),
      ),
      { numRuns: 50 },
    )
  })
})
