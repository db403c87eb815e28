import type { Request } from 'express'
import { authenticate } from '../auth/authenticate.js'
import { AGENCY_ROLES, type Principal } from '../auth/principal.js'
import { HttpError } from '../http/http-errors.js'
import type { Store } from '../store/store.js'
import type { Route, RouteAuth } from './route-table.js'

export const API_PREFIX = '/api/v1/'

/** A route's access rule; a route that declares none is closed to client users and to anonymous callers. */
export const accessOf = (route: Pick<Route, 'auth' | 'path'>): RouteAuth =>
  route.auth ?? (route.path.startsWith(API_PREFIX) ? AGENCY_ROLES : 'public')

/** Authenticates and checks the role before anything else runs: 401 without credentials, 403 for another role. */
export async function authorize(route: Route, req: Request, store: Store): Promise<Principal | null> {
  const access = accessOf(route)
  if (access === 'public') return null
  const principal = await authenticate(req, store)
  if (!principal) throw new HttpError('unauthorized', 'sign in: send Authorization: Bearer <token>')
  if (!access.includes(principal.user.role))
    throw new HttpError('forbidden', `a ${principal.user.role} user cannot ${route.method.toUpperCase()} ${route.path}`)
  return principal
}
