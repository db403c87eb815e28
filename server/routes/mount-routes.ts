import type { Request, Response, Router } from 'express'
import { HttpError } from '../http/http-errors.js'
import { parseRequest } from '../http/parse-request.js'
import { authorize } from './route-access.js'
import { shareTokenOf } from './share-link-access.js'
import type { AppDeps, Route } from './route-table.js'

// A body route takes JSON only; an empty body is left to parsing, which rejects it as 400.
function assertJsonBody(req: Request): void {
  if (req.headers['content-length'] !== '0' && req.is('application/json') === false)
    throw new HttpError('unsupported_media_type', 'send the request body as application/json', [
      {
        path: [],
        message: `Content-Type ${req.get('content-type') ?? '(none)'}: send application/json`,
        code: 'content_type_unsupported',
      },
    ])
}

const originOf = (req: Request, deps: AppDeps) =>
  deps.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`

// res.json's bytes and headers (the app sets no json replacer, spaces or escape), less its ETag: API answers are
// not cached by contract, and the SHA-1 over a 30 KB compile answer cost ~2 % of the request. HEAD and bodiless
// statuses keep Express's handling. A conditional request (If-None-Match) meets no validator: it gets the full answer.
function sendJson(req: Request, res: Response, status: number, body: unknown): void {
  res.status(status)
  if (req.method === 'HEAD' || status === 204 || status === 205 || status === 304) {
    res.json(body)
    return
  }
  sendJsonText(res, JSON.stringify(body))
}

/** Sends JSON already serialised, with res.json's headers; bench/ceiling-routes.ts sends its answers the same way. */
export function sendJsonText(res: Response, text: string): void {
  // The string goes to the socket as it is (Node encodes it on write): a Buffer.from copy first cost ~3 %.
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Content-Length', Buffer.byteLength(text, 'utf8'))
  res.end(text, 'utf8')
}

/** Registers every route: authenticate and authorize, parse once at the edge, run the handler, send its JSON. */
export function mountRoutes(router: Router, routes: readonly Route[], deps: AppDeps): void {
  for (const route of routes) {
    router[route.method](route.path, async (req, res) => {
      const shareToken = route.shareLink ? shareTokenOf(req) : null
      const principal = shareToken === null ? await authorize(route, req, deps.store) : null
      if (route.request) assertJsonBody(req)
      const body = route.request ? parseRequest(route.request, req.body) : undefined
      const query = route.query ? parseRequest(route.query, { ...req.query }) : undefined
      const params = req.params as Record<string, string>
      const input = { body, query, params, principal, ip: req.ip ?? '', origin: originOf(req, deps), shareToken }
      const result = await route.handle(input, deps)
      if ('file' in result) {
        res.status(result.status)
        res.setHeader('Content-Type', result.file.contentType)
        res.setHeader('Content-Disposition', result.file.contentDisposition)
        await result.file.write(res)
      } else if (result.body === undefined) res.status(result.status).end()
      else sendJson(req, res, result.status, result.body)
    })
  }
}
