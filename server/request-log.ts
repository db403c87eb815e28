import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'
import { pino, type Logger } from 'pino'
import { pinoHttp } from 'pino-http'
import { SECRET_LOG_PATHS } from './connectors/redact.js'

export const REQUEST_ID_HEADER = 'X-Request-Id'
// Credentials never reach the logs; give these to pino({ redact }) when creating the logger.
export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
]
/** The server's logger, as main.ts and bench/bench-server.ts build it. SECRET_LOG_PATHS: where SDK errors keep platform
 * tokens (server/connectors/redact.ts); its wildcards are checked on every line, the request log's too. */
export const serverLogger = (level: string): Logger => pino({ level, redact: [...LOG_REDACT, ...SECRET_LOG_PATHS] })

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

/** Structured request logs (pino-http) keyed by a request id that is echoed in X-Request-Id. */
export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdOf(req)
      res.setHeader(REQUEST_ID_HEADER, id)
      return id
    },
    // The query and params are in the URL already; logged apart, they would hold the secret unredacted.
    serializers: {
      req: (req: { url?: string }) =>
        Object.assign(req, { url: redactUrl(req.url), query: undefined, params: undefined }),
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
  })
}
