import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { hashPassword } from '../../server/auth/password-hash.js'
import { ROUTES } from '../../server/routes/all-routes.js'
import { API_PREFIX } from '../../server/routes/route-access.js'
import type { Route } from '../../server/routes/route-table.js'
import type { Role } from '../../server/store/store-types.js'
import { ACCESS_TABLE, CREDENTIALS, type AccessRow } from './support/access-table.js'
import { openTestStore, STORE_KINDS, type OpenedStore } from '../store/support/test-stores.js'
import { createAuthWorld, type AuthWorld, type Target } from './support/auth-world.js'

type Who = Role | 'anonymous'
const WHO: Who[] = ['anonymous', 'admin', 'staff', 'planner', 'client']
const TARGETS: Target[] = ['own', 'otherClient', 'otherAgency']

const keyOf = (route: Route) => `${route.method.toUpperCase()} ${route.path}`

function expected(row: AccessRow, who: Who, target: Target): number {
  if (row.roles === 'public') return row.ok
  if (who === 'anonymous') return 401
  if (!row.roles.includes(who)) return 403
  if (row.object === 'none' || target === 'own') return row.ok
  if (target === 'otherAgency' || row.object === 'self') return 404
  return row.object === 'client' && who === 'client' ? 404 : row.ok
}

// A route the table does not name: under /api/v1 it is for the agency roles (401 anonymous, 403 client users);
// elsewhere public. A route with an object id must be in the table, or this file fails.
const defaultRow = (route: Route): AccessRow | 'missing' => {
  if (route.path.includes(':')) return 'missing'
  const call = () => Promise.resolve({ path: route.path, body: {} })
  return route.path.startsWith(API_PREFIX)
    ? { ok: 0, roles: ['admin', 'staff', 'planner'], object: 'none', call }
    : { ok: 0, roles: 'public', object: 'none', call }
}

describe.each(STORE_KINDS)('on %s', (kind) => {
  let opened: OpenedStore
  let world: AuthWorld
  beforeAll(async () => {
    opened = await openTestStore(kind)
    world = await createAuthWorld(DEFAULT_TAXONOMY, opened.store)
    const user = {
      email: CREDENTIALS.email,
      passwordHash: await hashPassword(CREDENTIALS.password),
      role: 'planner' as const,
      clientId: null,
    }
    await world.store.users.create(null, world.where('own').agencyId, user)
  })
  afterAll(async () => {
    await world.dispose()
    await opened.dispose()
  })

  async function send(route: Route, row: AccessRow, who: Who, target: Target) {
    const caller = who === 'anonymous' ? undefined : world.callers[who]
    const call = await row.call(world, target, caller ?? world.callers.admin)
    let test = request(world.app)[route.method](call.path)
    const token = caller ? (call.token ?? caller.token) : undefined
    if (token) test = test.set('Authorization', `Bearer ${token}`)
    return call.body === undefined ? test : test.send(call.body)
  }

  describe('the authorization matrix: every route × every role × own, other client and other agency objects', () => {
    it('when a route of the table is checked, then it is in the route table (no stale rows)', () => {
      const keys = new Set(ROUTES.map(keyOf))
      expect(Object.keys(ACCESS_TABLE).filter((key) => !keys.has(key))).toEqual([])
    })

    it('when a route has an object id, then the table names its expected access', () => {
      expect(ROUTES.filter((r) => !ACCESS_TABLE[keyOf(r)] && defaultRow(r) === 'missing').map(keyOf)).toEqual([])
    })

    for (const route of ROUTES) {
      const row = ACCESS_TABLE[keyOf(route)] ?? defaultRow(route)
      if (row === 'missing') continue
      const targets = row.object === 'none' ? (['own'] as Target[]) : TARGETS
      const cells = WHO.flatMap((who) => targets.map((target) => ({ who, target })))
      describe(keyOf(route), () => {
        it.each(cells)(
          'when $who calls it on a $target object, then answers as the table says',
          async ({ who, target }) => {
            const response = await send(route, row, who, target)

            const want = expected(row, who, target)
            const detail = `${keyOf(route)} as ${who} on ${target}: ${JSON.stringify(response.body).slice(0, 300)}`
            if (want !== 0) expect(response.status, detail).toBe(want)
            else {
              expect(response.status, detail).toBeLessThan(500)
              expect([401, 403], detail).not.toContain(response.status)
            }
          },
        )
      })
    }
  })

  describe('a client user', () => {
    it('when their client has a draft plan, then it does not exist for them until it is shared', async () => {
      const { plan } = await world.make.plan('own', 'draft')
      const asClient = (path: string) =>
        request(world.app).get(path).set('Authorization', `Bearer ${world.callers.client.token}`)

      const before = await asClient(`/api/v1/plans/${plan.id}`)
      const list = await asClient('/api/v1/plans')

      expect(before.status).toBe(404)
      expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(plan.id)
    })

    it('when an internal note is on their plan, then they see the other comments but not the note', async () => {
      const { plan } = await world.make.plan('own')
      const post = (token: string, body: object) =>
        request(world.app).post(`/api/v1/plans/${plan.id}/comments`).set('Authorization', `Bearer ${token}`).send(body)
      await post(world.callers.staff.token, { body: 'margin is 20 %', internal: true })
      await post(world.callers.staff.token, { body: 'ready for review' })

      const seen = await request(world.app)
        .get(`/api/v1/plans/${plan.id}/comments`)
        .set('Authorization', `Bearer ${world.callers.client.token}`)

      expect(seen.body.items.map((c: { body: string }) => c.body)).toEqual(['ready for review'])
    })
  })
})
