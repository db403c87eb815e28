import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PAGES } from '../../server/pages/all-pages.js'
import { ROLES } from '../../server/store/store-types.js'
import { createPageWorld, errorCodeOf, type Browser, type PageWorld } from './support/page-world.js'

let world: PageWorld
beforeAll(async () => {
  world = await createPageWorld()
})
afterAll(() => world.dispose())

// A well-formed id that names nothing: allowed roles get past the access check and then a 404, never a 403.
const NOBODY = '00000000-0000-7000-8000-00000000dead'
const concrete = (path: string) => path.replace(/:[a-zA-Z]+/g, NOBODY)

describe('page access, from the page table', () => {
  for (const page of PAGES.filter((p) => p.auth !== 'public')) {
    const allowed = page.auth === 'public' ? ROLES : page.auth
    it(`${page.method.toUpperCase()} ${page.path}: signed out → sign-in; ${allowed.join(', ')} pass; others 403`, async () => {
      const path = concrete(page.path)
      // Fresh sessions per page: POST /logout ends the one it is sent with.
      const browsers = {} as Record<(typeof ROLES)[number], Browser>
      for (const role of ROLES) browsers[role] = await world.browse(role)
      const anonymous = await request(world.app)[page.method](path).type('form').send({})
      // The pickers' JSON answers a signed-out script with 401, not a redirect to the sign-in page.
      const json = page.answers === 'json'
      if (json) expect([anonymous.status, anonymous.body.error?.code]).toEqual([401, 'unauthorized'])
      else expect([anonymous.status, anonymous.headers.location?.startsWith('/login?next=')]).toEqual([303, true])
      for (const role of ROLES) {
        const response = page.method === 'get' ? await browsers[role].get(path) : await browsers[role].post(path, {})
        if (allowed.includes(role)) expect(response.status, `${role} ${path}`).not.toBe(403)
        else {
          expect(response.status, `${role} ${path}`).toBe(403)
          expect(json ? response.body.error?.code : errorCodeOf(response.text)).toBe('forbidden')
        }
        expect(response.status, `${role} ${path}`).toBeLessThan(500)
      }
    })
  }
})
