import type { Logger } from 'pino'
import type { Writable } from 'node:stream'
import type { z } from 'zod'
import type { Taxonomy } from '../../audiences/index.js'
import type { TrustProxy } from '../http/config.js'
import type { Principal } from '../auth/principal.js'
import type { ConnectorContext } from '../connectors/connector-context.js'
import type { ErrorCode } from '../http/http-errors.js'
import type { Store } from '../store/store.js'
import type { Role } from '../store/store-types.js'

/** What the routes need from the outside world; tests pass their own. */
export type AppDeps = {
  taxonomy: Taxonomy
  logger: Logger
  bodyLimit: string
  store: Store
  // Share links point here; without it they point at the origin the request came to.
  publicUrl?: string | undefined
  // Express `trust proxy`: false, the number of proxies in front, or their addresses (config.ts, KOHDE_TRUST_PROXY).
  trustProxy?: TrustProxy
  // Milliseconds since the epoch; tests move it to see sign-in delays run out. Default Date.now.
  clock?: () => number
  // Live platform connectors (issue 7): env credentials, KOHDE_SECRET_KEY; all off when absent.
  connectors?: ConnectorContext | undefined
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

// mediaTypes: a download in one of these formats instead of JSON (the schema then describes nothing).
export type RouteResponse = { description: string; schema: z.ZodType; mediaTypes?: readonly string[] }

// principal is null only on public routes; ip is the caller's address (behind a proxy: as trust proxy says).
export type RouteInput<Body, Query> = {
  body: Body
  query: Query
  params: Record<string, string>
  principal: Principal | null
  ip: string
  origin: string
  // A share link's token the caller sent instead of a user's credentials (routes with `shareLink`; issue 17).
  shareToken?: string | null
}
// A file a route streams as a download (exports): its headers, then write() fills the response.
export type RouteFile = {
  contentType: string
  contentDisposition: string
  write(out: Writable): Promise<void>
}
// A body of undefined sends no content (204); a file is streamed instead of JSON.
export type RouteResult = { status: number; body: unknown } | { status: number; file: RouteFile }

/** Who may call a route: anyone, or authenticated users of these roles (others get 403). */
export type RouteAuth = 'public' | readonly Role[]

// One row drives both the Express router (mount-routes.ts) and the OpenAPI document (openapi.ts).
export type Route = {
  method: HttpMethod
  path: string
  summary: string
  tags: string[]
  request?: z.ZodType
  query?: z.ZodType
  responses: Record<number, RouteResponse>
  // Error codes this route raises itself; openapi.ts adds the ones every body or query route can raise.
  errors?: ErrorCode[]
  // Default: /api/v1 routes are for the agency roles (admin, staff, planner), other paths are public (route-access.ts).
  auth?: RouteAuth
  // The route also takes a share link's token (X-Share-Token, or as the bearer token) in place of a user's login.
  shareLink?: boolean
  handle(input: RouteInput<unknown, unknown>, deps: AppDeps): RouteResult | Promise<RouteResult>
}

type RouteDefinition<B extends z.ZodType, Q extends z.ZodType> = Omit<Route, 'request' | 'query' | 'handle'> & {
  request?: B
  query?: Q
  handle(input: RouteInput<z.output<B>, z.output<Q>>, deps: AppDeps): RouteResult | Promise<RouteResult>
}

/** Types a route's handler from its request and query schemas. */
export const defineRoute = <B extends z.ZodType = z.ZodUndefined, Q extends z.ZodType = z.ZodUndefined>(
  route: RouteDefinition<B, Q>,
): Route => route as Route
