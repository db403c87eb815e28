import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Logger } from 'pino'
import { z } from 'zod'
import { isDomainError, type DomainErrorCode } from '../audiences/index.js'
import { loggerFor } from './request-log.js'
import type { Issue } from './zod-issues.js'

export const HTTP_ERROR_CODES = [
  'request_invalid',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  // Answered before Express sees the request (server/client-errors.ts).
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
  payload_too_large: 413,
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
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

// body-parser reports its failures as errors with an HTTP status and a `type` (entity.too.large, …).
const CODE_BY_PARSER_STATUS: Record<number, HttpErrorCode> = {
  400: 'request_invalid',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
}

function parserErrorCode(error: unknown): HttpErrorCode | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error) || !('status' in error)) return undefined
  return typeof error.status === 'number' ? CODE_BY_PARSER_STATUS[error.status] : undefined
}

const PARSER_MESSAGES: Partial<Record<HttpErrorCode, string>> = {
  request_invalid: 'the request body is not valid JSON',
  payload_too_large: 'the request body is too large',
  unsupported_media_type: 'the request body encoding or charset is not supported',
}

/** Any thrown value as the status and envelope the API promises; only `internal` hides its cause. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorResponse } {
  if (error instanceof HttpError) {
    const response = respond(error.code, error.message, error.issues?.length ? error.issues : undefined)
    if (error.current !== undefined) response.body.error.current = error.current
    return response
  }
  if (isDomainError(error)) return respond(error.code, error.message, error.issues.length ? error.issues : undefined)
  const parserCode = parserErrorCode(error)
  if (parserCode)
    return respond(parserCode, PARSER_MESSAGES[parserCode] ?? 'the request body was rejected', parserIssues(parserCode))
  return respond('internal', 'something went wrong on our side')
}

const parserIssues = (code: HttpErrorCode): Issue[] | undefined =>
  code === 'request_invalid' ? [{ path: [], message: 'not valid JSON', code: 'invalid_json' }] : undefined

function respond(code: ErrorCode, message: string, issues?: Issue[]): { status: number; body: ErrorResponse } {
  const status = STATUS_BY_CODE[code]
  if (status >= 500)
    return { status: 500, body: { error: { code: 'internal', message: 'something went wrong on our side' } } }
  return { status, body: { error: issues ? { code, message, issues } : { code, message } } }
}

export const notFound: RequestHandler = (req) => {
  throw new HttpError('not_found', `no route for ${req.method} ${req.path}`)
}

/** The single error middleware: the JSON envelope always; 5xx causes go to the log, never to the client. */
export function errorHandler(fallbackLogger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const { status, body } = toErrorResponse(error)
    const log = loggerFor(req, fallbackLogger)
    if (status >= 500) log.error({ err: error }, 'request failed')
    if (res.headersSent) return next(error)
    res.status(status).json(body)
  }
}
