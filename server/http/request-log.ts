import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { RequestHandler } from 'express'
import { pino, type Logger } from 'pino'
import { SECRET_LOG_PATHS } from '../connectors/redact.js'

export const REQUEST_ID_HEADER = 'X-Request-Id'
// Credentials never reach the logs; give these to pino({ redact }) when creating the logger.
export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
]
/** The server's logger, as main.ts and bench/bench-server.ts build it. SECRET_LOG_PATHS: where SDK errors keep platform
 * tokens (server/connectors/redact.ts); its wildcards are checked on every line but the request log's allowlisted
 * ones (requestLog). */
export const SERVER_REDACT = [...LOG_REDACT, ...SECRET_LOG_PATHS]
export const serverLogger = (level: string): Logger => pino({ level, redact: SERVER_REDACT })

// A share link's token is its whole credential and sits in the path (/share/<43 characters>): logged URLs lose every
// run of 40+ token characters, which no id (36-character UUIDs) or route name reaches.
const SECRET_IN_URL = /[A-Za-z0-9_-]{40,}/g
export const redactUrl = (url: string | undefined) => url?.replace(SECRET_IN_URL, '[redacted]')
// A caller's id is echoed only when it is short and plain, so it cannot inject into logs or headers.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id']
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID()
}

type Tagged = IncomingMessage & { [REQUEST_ID]?: string }
const REQUEST_ID = Symbol('request id')

/** The logger for lines about this request: the given logger with the request's id bound, so an error line and the
 * request's own line share a reqId. */
export function loggerFor(req: IncomingMessage, logger: Logger): Logger {
  const id = (req as Tagged)[REQUEST_ID]
  return id === undefined ? logger : logger.child({ reqId: id })
}

/**
 * One structured line per request, keyed by a request id that is echoed in X-Request-Id. The line is an allowlist —
 * method, redacted URL, remote address, status, milliseconds — never headers or bodies, so it holds nothing for the
 * redaction paths to find and skips them (they walk every line: pino-http's full request and response objects cost
 * ~60 µs of CPU a request on the 2-core bench machine, more than the compile itself). Lines with an error still go
 * through the redacting logger (loggerFor).
 */
export function requestLog(logger: Logger): RequestHandler {
  const lines = logger.child({}, { redact: [] })
  return (req, res, next) => {
    const started = performance.now()
    const id = requestIdOf(req)
    const method = req.method
    const url = redactUrl(req.url)
    ;(req as Tagged)[REQUEST_ID] = id
    res.setHeader(REQUEST_ID_HEADER, id)
    res.once('close', () => {
      const status = res.statusCode
      const finished = res.writableFinished
      const level = !finished || status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info'
      if (!lines.isLevelEnabled(level)) return
      lines[level](
        {
          reqId: id,
          req: { method, url, remoteAddress: req.socket.remoteAddress },
          res: { statusCode: status },
          responseTime: Math.round(performance.now() - started),
        },
        finished ? 'request completed' : 'request aborted',
      )
    })
    next()
  }
}
