import express, { type Request, type RequestHandler, type Router } from 'express'
import { HttpError } from './http-errors.js'

// The order methods are listed in an Allow header; HEAD goes wherever GET does (Express answers it from GET).
const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
const ALLOWED = Symbol('allowed methods')
type Tagged = Request & { [ALLOWED]?: Set<string> }

export const allowHeader = (methods: Iterable<string>): string => {
  const given = new Set([...methods].map((m) => m.toUpperCase()))
  if (given.has('GET')) given.add('HEAD')
  return ORDER.filter((m) => given.has(m)).join(', ')
}

/** OPTIONS: 204 with the methods; any other method the path does not take: 405 method_not_allowed, with Allow. */
export function answerMethods(req: Request, allow: string): void {
  if (req.method === 'OPTIONS') {
    req.res!.setHeader('Allow', allow).status(204).end()
    return
  }
  throw new HttpError(
    'method_not_allowed',
    `${req.method} is not a method of ${req.path}: use ${allow}`,
    undefined,
    undefined,
    { headers: { Allow: allow } },
  )
}

/**
 * Every path of the route and page tables with the methods it takes. Mounted twice: before the routers for OPTIONS
 * (Express's routers would answer it themselves, as text), after them for a method no route took. A URL that
 * several patterns match gets the union of their methods; a URL no pattern matches passes on (404).
 */
export function methodTable(entries: readonly { method: string; path: string }[]): {
  options: RequestHandler
  fallback: Router
} {
  const byPath = new Map<string, Set<string>>()
  for (const { method, path } of entries) byPath.set(path, (byPath.get(path) ?? new Set()).add(method))
  const router = express.Router()
  for (const [path, methods] of byPath)
    router.all(path, (req: Tagged, _res, next) => {
      const allowed = (req[ALLOWED] ??= new Set())
      for (const method of methods) allowed.add(method)
      next()
    })
  router.use((req: Tagged, _res, next) => {
    const allowed = req[ALLOWED]
    if (!allowed) return next()
    delete req[ALLOWED]
    answerMethods(req, allowHeader(allowed))
  })
  return {
    options: (req, res, next) => (req.method === 'OPTIONS' ? router(req, res, next) : next()),
    fallback: router,
  }
}

/** /static serves files to GET and HEAD; anything else is refused here, before serve-static's empty 405. */
export const staticMethods: RequestHandler = (req, _res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') return next()
  answerMethods(req, 'GET, HEAD')
}
