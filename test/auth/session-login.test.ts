import { pino } from 'pino'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app.js'
import { hashPassword } from '../../server/auth/password-hash.js'
import { testTaxonomy } from '../server/support/test-app.js'
import { createAuthWorld, type AuthWorld } from './support/auth-world.js'

const PASSWORD = 'session password ok'
let world: AuthWorld
beforeAll(async () => {
  world = await createAuthWorld(testTaxonomy)
  const passwordHash = await hashPassword(PASSWORD)
  await world.store.users.create(null, world.where('own').agencyId, {
    email: 'web@agency.test',
    passwordHash,
    role: 'staff',
    clientId: null,
  })
})
afterAll(() => world.dispose())

const cookieValue = (response: request.Response, name: string) => {
  const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${name}=`))
  return { header: header ?? '', value: header ? header.slice(name.length + 1).split(';')[0]! : '' }
}

async function signIn(app = world.app, headers: Record<string, string> = {}) {
  const form = await request(app).get('/login').set(headers)
  const csrf = cookieValue(form, 'kohde_csrf').value
  const field = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!
  const posted = await request(app)
    .post('/login')
    .set(headers)
    .set('Cookie', `kohde_csrf=${csrf}`)
    .type('form')
    .send({ email: 'web@agency.test', password: PASSWORD, _csrf: field })
  const session = cookieValue(posted, 'kohde_session')
  // The session's CSRF token is in every signed-in page (the sign-out form carries it).
  const home = await request(app).get('/').set(headers).set('Cookie', `kohde_session=${session.value}`)
  return { posted, session, csrf: /name="_csrf" value="([^"]+)"/.exec(home.text)?.[1] ?? '' }
}

describe('the web sign-in (POST /login)', () => {
  it('when the form is posted with its CSRF token, then sets an HttpOnly, SameSite=Lax session cookie that authenticates API reads', async () => {
    const { posted, session } = await signIn()
    const me = await request(world.app).get('/api/v1/auth/me').set('Cookie', `kohde_session=${session.value}`)

    expect(posted.status).toBe(303)
    expect(posted.headers.location).toBe('/')
    expect(session.header).toMatch(/HttpOnly/)
    expect(session.header).toMatch(/SameSite=Lax/)
    expect(session.header).not.toMatch(/Secure/)
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe('web@agency.test')
    expect(me.body.csrfToken).toEqual(expect.any(String))
  })

  it('when behind a TLS proxy that the app trusts, then the session cookie is Secure', async () => {
    const app = createApp({
      taxonomy: testTaxonomy,
      logger: pino({ level: 'silent' }),
      bodyLimit: '1mb',
      store: world.store,
      trustProxy: 1,
    })

    const { session } = await signIn(app, { 'X-Forwarded-Proto': 'https' })

    expect(session.header).toMatch(/Secure/)
  })

  it('when the CSRF field does not match the cookie, or the form comes from another site, then answers 403', async () => {
    const form = await request(world.app).get('/login')
    const csrf = cookieValue(form, 'kohde_csrf').value
    const post = (field: string, origin?: string) => {
      const test = request(world.app).post('/login').set('Cookie', `kohde_csrf=${csrf}`)
      return (origin ? test.set('Origin', origin) : test)
        .type('form')
        .send({ email: 'web@agency.test', password: PASSWORD, _csrf: field })
    }

    const forged = await post('forged')
    const crossSite = await post(csrf, 'https://evil.example')

    expect([forged.status, crossSite.status]).toEqual([403, 403])
    expect(cookieValue(forged, 'kohde_session').value).toBe('')
  })

  it('when the CSRF cookie and field are a value the client made up (a cookie planted by another site), then 403 and no session', async () => {
    // Issue 16 item 9: a plain double-submit accepted any cookie value repeated in the field.
    const planted = 'planted-by-attacker-0123456789abcdefghijklmnopq'
    const posted = await request(world.app)
      .post('/login')
      .set('Cookie', `kohde_csrf=${planted}`)
      .type('form')
      .send({ email: 'web@agency.test', password: PASSWORD, _csrf: planted })

    expect(posted.status).toBe(403)
    expect(posted.text).toMatch(/<main[^>]*data-error-code="forbidden"/)
    expect(cookieValue(posted, 'kohde_session').value).toBe('')
  })

  it('when a signed token is altered or older than an hour, then 403', async () => {
    let now = Date.parse('2026-03-01T09:00:00.000Z')
    const app = createApp({
      taxonomy: testTaxonomy,
      logger: pino({ level: 'silent' }),
      bodyLimit: '1mb',
      store: world.store,
      clock: () => now,
    })
    const form = await request(app).get('/login')
    const token = cookieValue(form, 'kohde_csrf').value
    const post = (value: string) =>
      request(app)
        .post('/login')
        .set('Cookie', `kohde_csrf=${value}`)
        .type('form')
        .send({ email: 'web@agency.test', password: PASSWORD, _csrf: value })
    const [expires, nonce, mac] = token.split('.')
    const later = `${Number(expires) + 86_400_000}.${nonce}.${mac}`

    const altered = await post(later)
    now += 3_600_001
    const expired = await post(token)

    expect(token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/)
    expect([altered.status, expired.status]).toEqual([403, 403])
  })

  it('when an API write comes with the session cookie, then it needs the session CSRF token in X-CSRF-Token', async () => {
    const { session, csrf } = await signIn()
    const write = (token?: string) => {
      const test = request(world.app).post('/api/v1/clients').set('Cookie', `kohde_session=${session.value}`)
      return (token ? test.set('X-CSRF-Token', token) : test).send({ name: 'Via the web' })
    }

    const without = await write()
    const withToken = await write(csrf)

    expect(without.status).toBe(403)
    expect(withToken.status).toBe(201)
  })

  it('when signing out with the session CSRF token, then the session ends', async () => {
    const { session, csrf } = await signIn()
    const cookie = `kohde_session=${session.value}`

    const wrong = await request(world.app).post('/logout').set('Cookie', cookie).type('form').send({ _csrf: 'nope' })
    const out = await request(world.app).post('/logout').set('Cookie', cookie).type('form').send({ _csrf: csrf })
    const me = await request(world.app).get('/api/v1/auth/me').set('Cookie', cookie)

    expect(wrong.status).toBe(403)
    expect(out.status).toBe(303)
    expect(me.status).toBe(401)
  })
})
