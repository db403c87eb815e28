import express from 'express'
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import { pino } from 'pino'
import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { errorHandler } from '../../server/http/http-errors.js'
import { requestLog, SERVER_REDACT } from '../../server/http/request-log.js'

type Line = { level: number; msg: string; reqId?: string; req?: unknown; res?: unknown; responseTime?: number }

function capture() {
  const lines: Line[] = []
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) })
  // The production logger's options (its redaction paths included), written to the test's stream.
  const logger = pino({ level: 'info', redact: SERVER_REDACT }, stream)
  return { lines, logger }
}

function appWith(logger: pino.Logger) {
  const app = express()
  app.use(requestLog(logger))
  app.get('/ok', (_req, res) => void res.json({ ok: true }))
  app.get('/boom', () => {
    throw new Error('boom')
  })
  app.get('/hang', () => undefined)
  app.use(errorHandler(logger))
  return app
}

describe('the request log', () => {
  it('when a request is answered, then one info line holds its id (as X-Request-Id echoes it), method, URL and status, and no headers', async () => {
    const { lines, logger } = capture()

    const response = await request(appWith(logger)).get('/ok?x=1').set('User-Agent', 'secret-agent')

    expect(lines).toHaveLength(1)
    const line = lines[0]!
    expect(line).toMatchObject({
      level: 30,
      msg: 'request completed',
      reqId: response.headers['x-request-id'],
      req: { method: 'GET', url: '/ok?x=1' },
      res: { statusCode: 200 },
    })
    expect(Object.keys(line.req as object).sort()).toEqual(['method', 'remoteAddress', 'url'])
    expect(Object.keys(line.res as object)).toEqual(['statusCode'])
    expect(line.responseTime).toBeGreaterThanOrEqual(0)
    expect(JSON.stringify(line)).not.toContain('secret-agent')
  })

  it('when the answer is a 4xx, then the line is a warning', async () => {
    const { lines, logger } = capture()

    await request(appWith(logger)).get('/nothing').set('X-Request-Id', 'miss-1')

    expect(lines.map((l) => [l.level, l.reqId, l.res])).toEqual([[40, 'miss-1', { statusCode: 404 }]])
  })

  it('when a handler fails, then the error line and the request line are errors with the same request id', async () => {
    const { lines, logger } = capture()

    const response = await request(appWith(logger)).get('/boom')

    expect(response.status).toBe(500)
    expect(lines.map((l) => [l.level, l.msg, l.reqId])).toEqual([
      [50, 'request failed', response.headers['x-request-id']],
      [50, 'request completed', response.headers['x-request-id']],
    ])
  })

  it('when the client goes away before the answer, then the line says the request was aborted', async () => {
    const { lines, logger } = capture()
    const server = appWith(logger).listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    const { port } = server.address() as AddressInfo

    const sent = httpRequest({ port, host: '127.0.0.1', path: '/hang', headers: { 'X-Request-Id': 'gone-1' } })
    sent.on('error', () => undefined)
    sent.end()
    await new Promise((resolve) => setTimeout(resolve, 100))
    sent.destroy()
    await expect.poll(() => lines.length).toBe(1)
    server.close()

    expect(lines[0]).toMatchObject({ level: 50, msg: 'request aborted', reqId: 'gone-1', req: { url: '/hang' } })
  })
})
