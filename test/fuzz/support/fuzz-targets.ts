import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import { ROUTES } from '../../../server/routes/all-routes.js'
import type { Route } from '../../../server/routes/route-table.js'
import type { FuzzWorld } from './fuzz-world.js'
import { LOGIN_EXAMPLES, ROUTE_EXAMPLES, victimRateCard, type ExampleMaker } from './route-examples.js'

/** One thing to fuzz: a route of the table, a sign-in route or a web page. */
export type Target = { key: string; method: string; example: ExampleMaker; schemaOf(status: number): z.ZodType | null }

const keyOf = (method: string, path: string) => `${method.toUpperCase()} ${path}`

// A path's parameters filled with the world's objects, by the collection they follow.
function fillPath(path: string, w: FuzzWorld): string {
  const ids: Record<string, string> = {
    audiences: w.objects.audience.id,
    plans: w.objects.plan.id,
    clients: w.objects.client,
    users: w.objects.victimUser,
    'rate-cards': w.objects.rateCard.id,
    share: w.objects.shareToken,
  }
  return path.replace(
    /([^/]+)\/:\w+/g,
    (_m, collection: string) => `${collection}/${ids[collection] ?? w.objects.audience.id}`,
  )
}

// A write may delete or revoke what its path names: it gets objects of its own, made for this one request.
const VICTIMS: Record<string, (w: FuzzWorld) => Promise<string>> = {
  audiences: async (w) => (await w.world.make.audience('own')).id,
  plans: async (w) => (await w.world.make.plan('own')).plan.id,
  clients: async (w) => (await w.world.make.client('own')).id,
  users: async (w) => (await w.world.make.user('own')).id,
  'rate-cards': victimRateCard,
}

async function fillPathFresh(path: string, w: FuzzWorld): Promise<string> {
  let filled = path
  for (const [whole, collection] of path.matchAll(/([^/]+)\/:\w+/g)) {
    const id = await (VICTIMS[collection!] ?? VICTIMS.audiences!)(w)
    filled = filled.replace(whole, `${collection}/${id}`)
  }
  return filled
}

const fallback =
  (method: string, path: string): ExampleMaker =>
  async (w) => ({ path: method === 'get' ? fillPath(path, w) : await fillPathFresh(path, w), body: {} })

function routeTarget(route: Route): Target {
  const key = keyOf(route.method, route.path)
  return {
    key,
    method: route.method.toUpperCase(),
    example: ROUTE_EXAMPLES[key] ?? fallback(route.method, route.path),
    schemaOf: (status) => {
      const response = route.responses[status]
      return response && !response.mediaTypes ? response.schema : null
    },
  }
}

type Page = { method: string; path: string }
const PAGES_FILE = fileURLToPath(new URL('../../../server/pages/all-pages.ts', import.meta.url))

// The web pages, once server/pages/all-pages.ts exports PAGES: each page with its path parameters filled.
async function pageTargets(): Promise<Target[]> {
  if (!existsSync(PAGES_FILE)) return []
  const loaded = (await import(PAGES_FILE)) as { PAGES?: readonly Page[] }
  return (loaded.PAGES ?? []).map((page) => ({
    key: keyOf(page.method, page.path),
    method: page.method.toUpperCase(),
    // A form post carries the session's CSRF token, as the page's own form would.
    example: async (w, caller) =>
      page.method === 'post'
        ? { path: await fillPathFresh(page.path, w), form: { _csrf: caller.csrf } }
        : { path: fillPath(page.path, w) },
    schemaOf: () => null,
  }))
}

// The static files, and paths that name nothing (an attacker's first guesses): served or refused, never a 5xx.
const STATIC_FILES = ['/static/kohde.css', '/static/kohde.js']
const UNKNOWN_PATHS = [
  '/no/such/page',
  '/api/v1/nothing-here',
  '/api/v2/plans',
  '/static/nope.css',
  '/static/.env',
  '/static/%2e%2e/package.json',
  '/static/%00',
  '/static/',
  '/.git/config',
  '/share',
  '/admin/users/x/y/z',
]
let picked = 0
const pick = (list: readonly string[]) => list[picked++ % list.length]!
const EXTRA_TARGETS: Target[] = [
  { key: 'GET /static/*', method: 'GET', example: () => ({ path: pick(STATIC_FILES) }), schemaOf: () => null },
  { key: 'GET (unknown path)', method: 'GET', example: () => ({ path: pick(UNKNOWN_PATHS) }), schemaOf: () => null },
]

/** Every route of the table, the sign-in routes, the web pages, /static and unknown paths; routes without examples. */
export async function fuzzTargets() {
  const routes = ROUTES.map(routeTarget)
  const login = Object.entries(LOGIN_EXAMPLES).map(([key, example]) => ({
    key,
    method: key.split(' ')[0]!,
    example,
    schemaOf: () => null,
  }))
  const withoutExample = ROUTES.map((r) => keyOf(r.method, r.path)).filter((key) => !ROUTE_EXAMPLES[key])
  // A page that is also a sign-in route (GET /login, POST /login, POST /logout) keeps the sign-in example.
  const pages = (await pageTargets()).filter((page) => !LOGIN_EXAMPLES[page.key])
  return { targets: [...routes, ...login, ...pages, ...EXTRA_TARGETS], withoutExample }
}
