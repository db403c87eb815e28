import type { Logger } from 'pino'
import type { z } from 'zod'
import type { Taxonomy } from '../../audiences/index.js'
import type { ErrorCode } from '../http-errors.js'

/** What the routes need from the outside world; tests pass their own. */
export type AppDeps = {
  taxonomy: Taxonomy
  logger: Logger
  bodyLimit: string
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

export type RouteResponse = { description: string; schema: z.ZodType }

export type RouteInput<Body, Query> = { body: Body; query: Query; params: Record<string, string> }
export type RouteResult = { status: number; body: unknown }

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
