import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { createAuthWorld, type AuthWorld } from '../auth/support/auth-world.js'

let world: AuthWorld
let planId: string
beforeAll(async () => {
  world = await createAuthWorld(DEFAULT_TAXONOMY)
  planId = (await world.make.plan('own')).plan.id
})
afterAll(() => world.dispose())

const bearer = () => `Bearer ${world.callers.staff.token}`

// One of each kind of answer: API JSON, a 4xx envelope, a download, an HTML page, an HTML error, a 404.
const ANSWERS: [string, () => request.Test][] = [
  ['an API read', () => request(world.app).get('/api/v1/clients').set('Authorization', bearer())],
  ['an API 400', () => request(world.app).post('/api/v1/clients').set('Authorization', bearer()).send({})],
  ['an API 401', () => request(world.app).get('/api/v1/clients')],
  [
    'a download',
    () => request(world.app).get(`/api/v1/plans/${planId}/export?format=csv`).set('Authorization', bearer()),
  ],
  ['the sign-in page', () => request(world.app).get('/login')],
  ['an HTML 403', () => request(world.app).post('/login').type('form').send({ email: 'a', password: 'b', _csrf: 'x' })],
  ['a 404', () => request(world.app).get('/no/such/page')],
]

describe('security headers', () => {
  it.each(ANSWERS)(
    'when the app answers %s, then it sends a strict Content-Security-Policy and the other helmet headers',
    async (_what, send) => {
      const response = await send()
      const csp = Object.fromEntries(
        String(response.headers['content-security-policy'])
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values.join(' ')]),
      )

      expect(csp['default-src']).toBe("'self'")
      expect(csp['script-src']).toBe("'self'")
      expect(csp['script-src-attr']).toBe("'none'")
      expect(csp['object-src']).toBe("'none'")
      expect(csp['frame-ancestors']).toBe("'self'")
      expect(csp['base-uri']).toBe("'self'")
      expect(csp['form-action']).toBe("'self'")
      expect(response.headers['x-content-type-options']).toBe('nosniff')
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN')
      expect(response.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/)
      expect(response.headers['referrer-policy']).toBeDefined()
      expect(response.headers['cross-origin-opener-policy']).toBe('same-origin')
      expect(response.headers['x-powered-by']).toBeUndefined()
    },
  )

  it('when a download is sent, then its file name is an attachment that cannot carry a header or a path', async () => {
    const response = await request(world.app)
      .get(`/api/v1/plans/${planId}/export?format=csv`)
      .set('Authorization', bearer())

    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[^"\\/\r\n]+"; filename\*=UTF-8''/)
  })

  it('when the sign-in form is served, then its CSRF cookie is HttpOnly and SameSite', async () => {
    const response = await request(world.app).get('/login')
    const cookie = ([] as string[])
      .concat(response.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('kohde_csrf='))

    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=(Lax|Strict)/)
  })
})
