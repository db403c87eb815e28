import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export type RecordedRequest = {
  method: string
  path: string
  rawQuery: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: string
}
export type FakeReply = { status: number; body?: unknown; headers?: Record<string, string>; hang?: boolean }
export type Loopback = { url: string; requests: RecordedRequest[]; close(): Promise<void> }

// A fake platform on 127.0.0.1 (port 0): records every request and answers from the test's script.
export async function startLoopback(reply: (request: RecordedRequest, index: number) => FakeReply): Promise<Loopback> {
  const requests: RecordedRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const [path = '', rawQuery = ''] = (req.url ?? '').split('?', 2)
      const recorded = {
        method: req.method ?? '',
        path,
        rawQuery,
        query: new URLSearchParams(rawQuery),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      requests.push(recorded)
      const answer = reply(recorded, requests.length - 1)
      if (answer.hang) return
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

// Answers the i-th request with the i-th reply, repeating the last one.
export const replies =
  (...script: FakeReply[]) =>
  (_request: RecordedRequest, index: number): FakeReply =>
    script[Math.min(index, script.length - 1)] ?? { status: 500 }
