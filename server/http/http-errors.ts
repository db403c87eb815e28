import type { ErrorRequestHandler, RequestHandler, Response } from 'express'
import type { Logger } from 'pino'
import { z } from 'zod'
import { isDomainError, type DomainErrorCode } from '../../audiences/index.js'
import { loggerFor } from './request-log.js'
import type { Issue } from './zod-issues.js'

export const HTTP_ERROR_CODES = [
  'request_invalid',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'method_not_allowed',
  'precondition_failed',
  'payload_too_large',
  'range_not_satisfiable',
  'unsupported_media_type',
  // Answered before Express sees the request (server/http/client-errors.ts).
  'headers_too_large',
  'request_timeout',
  'rate_limited',
  // Storing platform credentials needs KOHDE_SECRET_KEY: they are never stored in clear.
  'secret_key_missing',
  'internal',
] as const
export type HttpErrorCode = (typeof HTTP_ERROR_CODES)[number]
export type ErrorCode = DomainErrorCode | HttpErrorCode

// Total over every code: a new DomainErrorCode fails the typecheck until it gets a status here.
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  audience_invalid: 422,
  channel_unknown: 422,
  audience_size_unknown: 422,
  universe_too_small: 422,
  reach_model_invalid: 422,
  budget_below_minimum: 422,
  bounds_infeasible: 422,
  // The shipped taxonomy data is broken: the server's fault, never the caller's.
  taxonomy_invalid: 500,
  request_invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  method_not_allowed: 405,
  precondition_failed: 412,
  payload_too_large: 413,
  range_not_satisfiable: 416,
  unsupported_media_type: 415,
  headers_too_large: 431,
  request_timeout: 408,
  rate_limited: 429,
  secret_key_missing: 409,
  internal: 500,
}

const IssueSchema = z.strictObject({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string().optional().meta({ description: 'Stable reason code, e.g. age_range_empty, unrecognized_keys.' }),
})

const UseSchema = z
  .strictObject({ type: z.literal('plan'), id: z.string(), name: z.string(), status: z.string() })
  .meta({ id: 'Use' })
export type Use = z.infer<typeof UseSchema>

export const ErrorResponseSchema = z
  .strictObject({
    error: z.strictObject({
      code: z.string().meta({ description: 'Stable lower_snake_case code; branch on it, never on the message.' }),
      message: z.string(),
      issues: z.array(IssueSchema).optional(),
      current: z
        .unknown()
        .optional()
        .meta({ description: 'On a 409 version conflict: the object as it is now, with its current version.' }),
      usedBy: z.array(UseSchema).optional().meta({
        description: 'On a 409 when something is still in use: what uses it (e.g. the plans of an audience).',
      }),
    }),
  })
  .meta({ id: 'ErrorResponse', description: 'Every error, whatever the status.' })
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>

export class HttpError extends Error {
  constructor(
    readonly code: HttpErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly current?: unknown,
    // Headers the answer must carry (Allow on a 405, Retry-After on a 429) and what still uses an object (a 409).
    readonly details: { headers?: Readonly<Record<string, string>>; usedBy?: readonly Use[] } = {},
  ) {
    super(message)
    this.name = 'HttpError'
  }
  get headers(): Readonly<Record<string, string>> | undefined {
    return this.details.headers
  }
}

/** A 429 that says how long to wait, in whole seconds (RFC 9110 §10.2.3 Retry-After). */
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new HttpError('rate_limited', message, undefined, undefined, {
    headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  })

// Express's own modules (body-parser, serve-static/send) refuse a request with an http-errors error, which carries its
// 4xx as both `status` and `statusCode` (a library error with a lone status field stays ours: 500). Each status has
// its code; the message is kohde's, never theirs (send's 404 holds the file system path it looked at).
const CODE_BY_STATUS: Record<number, HttpErrorCode> = {
  400: 'request_invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  412: 'precondition_failed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  416: 'range_not_satisfiable',
  429: 'rate_limited',
}

const STATUS_MESSAGES: Partial<Record<HttpErrorCode, string>> = {
  request_invalid: 'the request is not valid',
  forbidden: 'the path is not allowed',
  not_found: 'no such file',
  precondition_failed: "the file does not meet the request's If-Match or If-Unmodified-Since condition",
  range_not_satisfiable: 'the requested range is not within the file',
}

function clientStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error) || !('statusCode' in error)) return undefined
  const { status, statusCode } = error
  return typeof status === 'number' && status === statusCode && status >= 400 && status < 500 ? status : undefined
}

// A body-parser failure carries a `type` (entity.too.large, charset.unsupported, …): the request body was refused.
const isParserError = (error: unknown) => typeof error === 'object' && error !== null && 'type' in error

const PARSER_MESSAGES: Partial<Record<HttpErrorCode, string>> = {
  request_invalid: 'the request body is not valid JSON',
  payload_too_large: 'the request body is too large',
  unsupported_media_type: 'the request body encoding or charset is not supported',
}

// The path [] is the body as a whole: too large, not JSON, or in an encoding kohde does not read.
const PARSER_ISSUES: Partial<Record<HttpErrorCode, Issue>> = {
  request_invalid: { path: [], message: 'not valid JSON', code: 'invalid_json' },
  payload_too_large: { path: [], message: 'the body is larger than the server accepts', code: 'body_too_large' },
  unsupported_media_type: { path: [], message: 'send UTF-8 JSON', code: 'body_encoding_unsupported' },
}

export type ErrorAnswer = { status: number; body: ErrorResponse; headers: Readonly<Record<string, string>> }

/** Any thrown value as the status and envelope the API promises; only `internal` hides its cause. */
export function toErrorResponse(error: unknown): ErrorAnswer {
  if (error instanceof HttpError) {
    const response = respond(error.code, error.message, error.issues?.length ? error.issues : undefined)
    if (error.current !== undefined) response.body.error.current = error.current
    if (error.details.usedBy) response.body.error.usedBy = [...error.details.usedBy]
    return { ...response, headers: error.headers ?? {} }
  }
  if (isDomainError(error)) return respond(error.code, error.message, error.issues.length ? error.issues : undefined)
  const status = clientStatusOf(error)
  if (status === undefined) return respond('internal', 'something went wrong on our side')
  const code = CODE_BY_STATUS[status] ?? 'request_invalid'
  if (isParserError(error)) {
    const issue = PARSER_ISSUES[code]
    return respond(code, PARSER_MESSAGES[code] ?? 'the request body was rejected', issue ? [issue] : undefined)
  }
  return respond(code, STATUS_MESSAGES[code] ?? 'the request was refused')
}

function respond(code: ErrorCode, message: string, issues?: Issue[]): ErrorAnswer {
  const status = STATUS_BY_CODE[code]
  if (status >= 500)
    return {
      status: 500,
      body: { error: { code: 'internal', message: 'something went wrong on our side' } },
      headers: {},
    }
  return { status, body: { error: issues ? { code, message, issues } : { code, message } }, headers: {} }
}

// What a module may have set before it refused (serve-static sets the file's type, length and validators first):
// none of it describes the error envelope.
const STALE_HEADERS = [
  'Content-Type',
  'Content-Length',
  'Content-Range',
  'Content-Disposition',
  'Accept-Ranges',
  'ETag',
  'Last-Modified',
  'Cache-Control',
]

/** Sets an error answer's status and headers on `res`, dropping what a refused file or download had set. */
export function prepareErrorAnswer(res: Response, answer: ErrorAnswer): void {
  for (const name of STALE_HEADERS) res.removeHeader(name)
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value)
  res.status(answer.status)
}

export const notFound: RequestHandler = (req) => {
  throw new HttpError('not_found', `no route for ${req.method} ${req.path}`)
}

/** The single error middleware: the JSON envelope always; 5xx causes go to the log, never to the client. */
export function errorHandler(fallbackLogger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const answer = toErrorResponse(error)
    const log = loggerFor(req, fallbackLogger)
    if (answer.status >= 500) log.error({ err: error }, 'request failed')
    if (res.headersSent) return next(error)
    prepareErrorAnswer(res, answer)
    res.json(answer.body)
  }
}
