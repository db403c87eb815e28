import express, { type ErrorRequestHandler, type Express } from 'express'
import helmet from 'helmet'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { DEFAULT_TAXONOMY } from '../audiences/index.js'
import { markInvalidUtf8, rejectInvalidUtf8 } from './auth/utf8-body.js'
import type { Config } from './http/config.js'
import { createConnectorContext } from './connectors/connector-context.js'
import { errorHandler, HttpError, notFound } from './http/http-errors.js'
import { methodTable, staticMethods } from './http/method-table.js'
import { PAGES } from './pages/all-pages.js'
import { mountPages } from './pages/mount-pages.js'
import { BROWSER_BUNDLE_DIR, sharedViewEngine, VIEWS_DIR } from './pages/view-engine.js'
import { requestLog } from './http/request-log.js'
import { ROUTES } from './routes/all-routes.js'
import { mountRoutes } from './routes/mount-routes.js'
import type { AppDeps } from './routes/route-table.js'
import type { Store } from './store/store.js'

export type { AppDeps } from './routes/route-table.js'

// The router cannot percent-decode a path such as /audiences/%FF: the path names nothing, so it is a 404.
const undecodablePath: ErrorRequestHandler = (error: unknown, _req, _res, next) =>
  next(error instanceof URIError ? new HttpError('not_found', 'the path is not valid percent-encoded UTF-8') : error)

// A body whose Content-Encoding (gzip, deflate, br) does not decompress reaches us as zlib's error (it has an errno),
// which body-parser marks status 400 but gives none of its types: the caller's bad body, not our failure.
const undecompressableBody: ErrorRequestHandler = (error: unknown, _req, _res, next) => {
  const zlib =
    typeof error === 'object' && error !== null && 'errno' in error && 'status' in error && error.status === 400
  if (!zlib || 'type' in error) return next(error)
  next(
    new HttpError('request_invalid', 'the request body does not decompress as its Content-Encoding says', [
      { path: [], message: 'not valid compressed data', code: 'invalid_encoding' },
    ]),
  )
}

/** The app's dependencies as the server runs it (main.ts; bench/bench-server.ts measures the same). */
export function serverDeps(config: Config, logger: Logger, store: Store, env: NodeJS.ProcessEnv): AppDeps {
  return {
    taxonomy: DEFAULT_TAXONOMY,
    logger,
    bodyLimit: config.bodyLimit,
    store,
    publicUrl: config.publicUrl ?? undefined,
    trustProxy: config.trustProxy,
    connectors: createConnectorContext(env),
  }
}

/**
 * The kohde HTTP app, not listening: main.ts listens, tests call it through supertest. Given an app, kohde is built
 * onto it after what it already has (bench/bench-server.ts puts its bare baseline route first, on the same server).
 */
export function createApp(deps: AppDeps, app: Express = express()): Express {
  app.disable('x-powered-by')
  app.set('trust proxy', deps.trustProxy === undefined ? false : deps.trustProxy)
  app.use(requestLog(deps.logger))
  // Helmet's defaults, less upgrade-insecure-requests: kohde also runs on plain http (localhost, demo), where that
  // directive would send the page's own stylesheet and forms to an https port nobody listens on. HSTS stays.
  // Referrer-Policy same-origin, not helmet's no-referrer: under no-referrer browsers send `Origin: null` on form
  // posts, and the pages' same-origin check (page-guard.ts) would refuse every form.
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
      referrerPolicy: { policy: 'same-origin' },
    }),
  )
  const methods = methodTable([...ROUTES, ...PAGES])
  app.use(methods.options)
  app.use('/static', staticMethods)
  app.use(express.json({ limit: deps.bodyLimit, verify: markInvalidUtf8 }))
  app.use(rejectInvalidUtf8)
  app.use('/static', express.static(BROWSER_BUNDLE_DIR, { index: false, maxAge: '1h' }))
  app.use('/static', express.static(join(VIEWS_DIR, 'static'), { index: false, maxAge: '1h', fallthrough: false }))
  const pages = express.Router()
  mountPages(pages, PAGES, deps, sharedViewEngine())
  // No page lives under /api/: API requests skip the page table's path matches and the router's setImmediate hop.
  app.use((req, res, next) => (req.url.startsWith('/api/') ? next() : pages(req, res, next)))
  const router = express.Router()
  mountRoutes(router, ROUTES, deps)
  app.use(router)
  app.use(methods.fallback)
  app.use(notFound)
  app.use(undecodablePath)
  app.use(undecompressableBody)
  app.use(errorHandler(deps.logger))
  return app
}
