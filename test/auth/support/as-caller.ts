import request from 'supertest'
import type { Role } from '../../../server/store/store-types.js'
import type { AuthWorld } from './auth-world.js'

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** Requests to the world's app as the caller of a role (or with a given token). */
export const as = (world: AuthWorld, who: Role | { token: string }) => {
  const token = typeof who === 'string' ? world.callers[who].token : who.token
  const call = (method: Method) => (path: string, body?: object) => {
    const test = request(world.app)[method](path).set('Authorization', `Bearer ${token}`)
    return body === undefined ? test : test.send(body)
  }
  return { get: call('get'), post: call('post'), put: call('put'), patch: call('patch'), delete: call('delete') }
}
