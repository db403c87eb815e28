import { Writable } from 'node:stream'
import express from 'express'
import { pino } from 'pino'
import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { DOMAIN_ERROR_CODES, DomainError } from '../../audiences/index.js'
import {
  errorHandler,
  HTTP_ERROR_CODES,
  HttpError,
  STATUS_BY_CODE,
  toErrorResponse,
} from '../../server/http/http-errors.js'

function capturingLogger() {
  const lines: string[] = []
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) })
  return { logger: pino({ level: 'error' }, stream), lines }
}

describe('STATUS_BY_CODE', () => {
  it('when listing codes, then maps every domain and HTTP code to the status api.md names', () => {
    expect(Object.keys(STATUS_BY_CODE).sort()).toEqual([...DOMAIN_ERROR_CODES, ...HTTP_ERROR_CODES].sort())
    expect(STATUS_BY_CODE).toMatchObject({
      audience_invalid: 422,
      request_invalid: 400,
      unauthorized: 401,
      forbidden: 403,
      not_found: 404,
      conflict: 409,
      payload_too_large: 413,
      unsupported_media_type: 415,
      rate_limited: 429,
      internal: 500,
    })
  })
})

describe('toErrorResponse', () => {
  it('when given a DomainError, then answers its status with its issues and codes', () => {
    const issue = { path: ['age', 'min'], code: 'age_range_empty', message: 'min above max' }

    const { status, body } = toErrorResponse(new DomainError('audience_invalid', 'cannot be targeted', [issue]))

    expect(status).toBe(422)
    expect(body.error).toMatchObject({ code: 'audience_invalid', issues: [issue] })
  })

  it('when given an HttpError without issues, then leaves issues out', () => {
    const { status, body } = toErrorResponse(new HttpError('conflict', 'stale version'))

    expect(status).toBe(409)
    expect(body.error).not.toHaveProperty('issues')
  })

  it('when given an unknown error, then answers 500 internal without its message', () => {
    const { status, body } = toErrorResponse(new Error('password=hunter2'))

    expect(status).toBe(500)
    expect(body.error.code).toBe('internal')
    expect(JSON.stringify(body)).not.toContain('hunter2')
  })

  it('when given a domain code mapped to 500, then hides it behind internal', () => {
    const { status, body } = toErrorResponse(new DomainError('taxonomy_invalid', 'duplicate key geo.fi'))

    expect(status).toBe(500)
    expect(body.error.code).toBe('internal')
  })

  it('when given something that is not an Error, then answers 500 internal', () => {
    expect(toErrorResponse('thrown string').status).toBe(500)
    expect(toErrorResponse(null).status).toBe(500)
  })
})

describe('errorHandler', () => {
  it('when a handler throws an unknown error, then answers 500 internal and logs the cause', async () => {
    const { logger, lines } = capturingLogger()
    const app = express()
    app.get('/boom', () => {
      throw new Error('database exploded')
    })
    app.use(errorHandler(logger))

    const response = await request(app).get('/boom')

    expect(response.status).toBe(500)
    expect(response.body.error.code).toBe('internal')
    expect(response.text).not.toContain('database exploded')
    expect(lines.join('')).toContain('database exploded')
  })
})
