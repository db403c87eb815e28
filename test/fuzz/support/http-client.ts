import { Agent, request, type IncomingHttpHeaders } from 'node:http'

export type RawRequest = {
  method: string
  // Already percent-encoded where it must be: sent as these bytes.
  path: string
  headers: Record<string, string>
  body?: Buffer | undefined
}
export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** Plain node:http over keep-alive sockets: no client library rewrites the hostile bytes on the way. */
export function httpClient(port: number, sockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets })
  const send = (raw: RawRequest): Promise<RawResponse> =>
    new Promise((resolve, reject) => {
      const headers = { ...raw.headers }
      if (raw.body !== undefined) headers['content-length'] = String(raw.body.length)
      const req = request(
        { host: '127.0.0.1', port, method: raw.method, path: raw.path, headers, agent, timeout: 60_000 },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          )
          res.on('error', reject)
        },
      )
      req.on('timeout', () => req.destroy(new Error('no answer within 60 s')))
      req.on('error', reject)
      req.end(raw.body)
    })
  return { send, close: () => agent.destroy() }
}
