import fc from 'fast-check'
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerClientErrors } from '../../server/http/client-errors.js'
import { testApp } from '../server/support/test-app.js'

let server: Server
let port: number

beforeAll(async () => {
  server = createServer(testApp())
  answerClientErrors(server, pino({ level: 'silent' }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

// Raw bytes in, the whole answer out (the server closes the connection after an error).
function exchange(raw: string | Buffer): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const [head = '', body = ''] = text.split('\r\n\r\n')
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body })
    })
    socket.end(raw)
  })
}

describe("requests Node's HTTP parser refuses", () => {
  it('when the headers are over 16 KiB, then 431 with the JSON error headers_too_large', async () => {
    const answer = await exchange(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)

    expect(answer.status).toBe(431)
    expect(answer.head).toContain('Content-Type: application/json; charset=utf-8')
    expect(answer.head).toContain('X-Content-Type-Options: nosniff')
    expect(JSON.parse(answer.body)).toEqual({
      error: { code: 'headers_too_large', message: 'the request headers are larger than the server accepts (16 KiB)' },
    })
  })

  it('when the request line is not HTTP, then 400 with the JSON error request_invalid', async () => {
    const answer = await exchange('HELLO THERE\r\n\r\n')

    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toEqual({
      error: { code: 'request_invalid', message: 'the request is not valid HTTP/1.1' },
    })
  })

  it('when a well-formed request comes after, then it is served as usual', async () => {
    const answer = await exchange('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')

    expect([answer.status, JSON.parse(answer.body)]).toEqual([200, { status: 'ok' }])
  })

  it('when random bytes follow a request line, then every answer is a 2xx-4xx, and every 4xx is JSON with a code', async () => {
    const statuses = new Set<number>()
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 300 }), async (bytes) => {
        const raw = Buffer.concat([
          Buffer.from('GET /healthz HTTP/1.1\r\n'),
          Buffer.from(bytes),
          Buffer.from('\r\n\r\n'),
        ])
        const answer = await exchange(raw)
        statuses.add(answer.status)
        if (answer.status === 0) return // the server was still reading when the client ended: nothing answered
        expect(answer.status).toBeLessThan(500)
        if (answer.status >= 400) expect(JSON.parse(answer.body).error.code).toMatch(/^[a-z_]+$/)
      }),
      { numRuns: 200, seed: 11 },
    )
    expect(statuses.has(400)).toBe(true)
  })
})
