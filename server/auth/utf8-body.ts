import { isUtf8 } from 'node:buffer'
import type { IncomingMessage } from 'node:http'
import type { RequestHandler } from 'express'
import { HttpError } from '../http/http-errors.js'

const INVALID = Symbol('invalid utf-8')

// body-parser would decode invalid UTF-8 into U+FFFD and store something the client never sent: mark it instead.
export const markInvalidUtf8 = (req: IncomingMessage, _res: unknown, body: Buffer) => {
  if (!isUtf8(body)) (req as IncomingMessage & { [INVALID]?: true })[INVALID] = true
}

/** Rejects a body that was not valid UTF-8 (api.md: JSON bodies are UTF-8) with 400 request_invalid. */
export const rejectInvalidUtf8: RequestHandler = (req, _res, next) => {
  if ((req as IncomingMessage & { [INVALID]?: true })[INVALID])
    throw new HttpError('request_invalid', 'the request body is not valid UTF-8', [
      { path: [], message: 'not valid UTF-8', code: 'invalid_utf8' },
    ])
  next()
}
