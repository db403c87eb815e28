import type * as Http from 'node:http'
import type { Server } from 'node:http'
import { createRequire } from 'node:module'
import type { Duplex } from 'node:stream'
import type { Logger } from 'pino'
import { STATUS_BY_CODE, type HttpErrorCode } from './http-errors.js'

// required, not imported: an ES import of node:http reads every export of the module, and one of them loads Node's
// bundled undici (fetch), ~100 ms and ~3 MiB of heap at start-up that nothing before the first fetch needs.
const { STATUS_CODES } = createRequire(import.meta.url)('node:http') as typeof Http

// A request Node cannot parse (headers over its 16 KiB limit, a malformed request line, a stalled upload) never
// reaches Express: Node answers it with a bare status line and no body. api.md promises a JSON error with a code on
// every 4xx, so the server answers these itself, in the same shape.
function answerOf(error: NodeJS.ErrnoException): { code: HttpErrorCode; message: string } {
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return { code: 'headers_too_large', message: 'the request headers are larger than the server accepts (16 KiB)' }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return { code: 'request_timeout', message: 'the request did not arrive in time' }
  return { code: 'request_invalid', message: 'the request is not valid HTTP/1.1' }
}

/** The bytes of the JSON error answer to a request Node could not parse. */
export function clientErrorResponse(error: NodeJS.ErrnoException): string {
  const { code, message } = answerOf(error)
  const status = STATUS_BY_CODE[code]
  const body = JSON.stringify({ error: { code, message } })
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body,
  ].join('\r\n')
}

/** Answers requests Node could not parse with kohde's JSON error (and a warning line), instead of Node's bare one. */
export function answerClientErrors(server: Server, logger: Logger): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A peer that went away, or a socket already answered, has nobody to tell.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    logger.warn({ code: error.code }, 'unparsable request')
    socket.end(clientErrorResponse(error))
  })
}
