import { Writable } from 'node:stream'
import { pino } from 'pino'
import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { LOG_REDACT } from '../../server/http/request-log.js'
import { testApp } from './support/test-app.js'

describe('GET /healthz', () => {
  it('when the server is up, then answers 200 {status: ok}', async () => {
    const response = await request(testApp()).get('/healthz')

    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok' })
  })

  it('when the method is not served, then answers 405 method_not_allowed naming the methods it takes', async () => {
    const response = await request(testApp()).delete('/healthz')

    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe('GET, HEAD')
    expect(response.body.error.code).toBe('method_not_allowed')
  })
})

describe('an unknown route', () => {
  it('when requested, then answers 404 not_found as JSON', async () => {
    const response = await request(testApp()).get('/api/v1/nothing-here')

    expect(response.status).toBe(404)
    expect(response.type).toBe('application/json')
    expect(response.body.error.code).toBe('not_found')
  })
})

describe('every response', () => {
  it('when served, then carries helmet security headers and no X-Powered-By', async () => {
    const response = await request(testApp()).get('/healthz')

    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['content-security-policy']).toContain("default-src 'self'")
    expect(response.headers['strict-transport-security']).toBeDefined()
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(response.headers['x-powered-by']).toBeUndefined()
  })

  it('when the caller sends X-Request-Id, then echoes it', async () => {
    const response = await request(testApp()).get('/healthz').set('X-Request-Id', 'req-42.a_b')

    expect(response.headers['x-request-id']).toBe('req-42.a_b')
  })

  it('when the caller sends no request id, then generates a UUID', async () => {
    const response = await request(testApp()).get('/healthz')

    expect(response.headers['x-request-id']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  })

  it('when the caller sends an unsafe request id, then replaces it with a generated one', async () => {
    const response = await request(testApp()).get('/healthz').set('X-Request-Id', 'x'.repeat(300))

    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('when an error is answered, then still carries the request id', async () => {
    const response = await request(testApp()).get('/nope').set('X-Request-Id', 'trace-1')

    expect(response.status).toBe(404)
    expect(response.headers['x-request-id']).toBe('trace-1')
  })
})

describe('the request log', () => {
  it('when a request carries credentials, then logs the request id but not the Authorization header or cookies', async () => {
    const lines: string[] = []
    const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) })
    const app = testApp({ logger: pino({ level: 'info', redact: LOG_REDACT }, stream) })

    await request(app)
      .get('/healthz')
      .set('Authorization', 'Bearer s3cret')
      .set('Cookie', 'sid=abc')
      .set('X-Request-Id', 'log-1')

    const log = lines.join('')
    expect(log).toContain('"log-1"')
    expect(log).not.toContain('s3cret')
    expect(log).not.toContain('sid=abc')
  })
})
