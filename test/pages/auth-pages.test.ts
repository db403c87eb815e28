import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../../server/auth/password-hash.js'
import { toLoginPage } from '../../server/presenters/login-presenter.js'
import { createPageWorld, errorCodeOf, mainOf, renderForSnapshot, type PageWorld } from './support/page-world.js'

const PASSWORD = 'page password ok'
let world: PageWorld
beforeAll(async () => {
  world = await createPageWorld()
  await world.store.users.create(null, world.where('own').agencyId, {
    email: 'pages@agency.test',
    passwordHash: await hashPassword(PASSWORD),
    role: 'staff',
    clientId: null,
  })
})
afterAll(() => world.dispose())

const cookieOf = (response: request.Response, name: string) =>
  ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1)
    .split(';')[0] ?? ''

async function postLogin(password: string, next?: string, headers: Record<string, string> = {}) {
  const form = await request(world.app).get('/login').set(headers)
  const field = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!
  return request(world.app)
    .post('/login')
    .set(headers)
    .set('Cookie', `kohde_csrf=${cookieOf(form, 'kohde_csrf')}`)
    .type('form')
    .send({ email: 'pages@agency.test', password, _csrf: field, ...(next ? { next } : {}) })
}

describe('the sign-in page', () => {
  it('when a browser states no language, then the page is in Finnish; with Accept-Language sv, in Swedish', async () => {
    const fi = await request(world.app).get('/login')
    const sv = await request(world.app).get('/login').set('Accept-Language', 'sv-FI,sv;q=0.9')

    expect(fi.text).toContain('<html lang="fi">')
    expect(mainOf(fi.text)).toContain('<h1>Kirjaudu sisään</h1>')
    expect(mainOf(sv.text)).toContain('<h1>Logga in</h1>')
  })

  it('when the password is wrong, then the form comes back with 401, the email kept and the error code on <main>', async () => {
    const response = await postLogin('wrong password!')

    expect(response.status).toBe(401)
    expect(errorCodeOf(response.text)).toBe('unauthorized')
    expect(mainOf(response.text)).toContain('value="pages@agency.test"')
    expect(mainOf(response.text)).toContain('Sähköposti tai salasana on väärin.')
    expect(cookieOf(response, 'kohde_session')).toBe('')
  })

  it('when signing in with a next address on this site, then goes there; an address elsewhere goes to the dashboard', async () => {
    const inside = await postLogin(PASSWORD, '/plans?status=shared')
    const outside = await postLogin(PASSWORD, '//evil.example/')

    expect([inside.status, inside.headers.location]).toEqual([303, '/plans?status=shared'])
    expect([outside.status, outside.headers.location]).toEqual([303, '/'])
  })

  it('when a session cookie was planted before signing in, then sign-in issues a new one and the old one opens nothing', async () => {
    const planted = (await world.browse('staff')).cookie
    const form = await request(world.app).get('/login')
    const field = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!
    const posted = await request(world.app)
      .post('/login')
      .set('Cookie', `kohde_csrf=${cookieOf(form, 'kohde_csrf')}; ${planted}`)
      .type('form')
      .send({ email: 'pages@agency.test', password: PASSWORD, _csrf: field })
    const fresh = cookieOf(posted, 'kohde_session')
    const withOld = await request(world.app).get('/').set('Cookie', planted)

    expect(fresh).not.toBe('')
    expect(`kohde_session=${fresh}`).not.toBe(planted)
    expect(withOld.status).toBe(303)
  })
})

describe('signed-in pages', () => {
  it('when nobody is signed in, then a page sends them to sign in and back', async () => {
    const response = await request(world.app).get('/?x=1')
    expect([response.status, response.headers.location]).toEqual([303, '/login?next=%2F%3Fx%3D1'])
  })

  it('when a role may not open a page, then answers 403 with the error code', async () => {
    const client = await world.browse('client')
    const response = await client.post('/logout', { _csrf: 'wrong' })

    expect(response.status).toBe(403)
    expect(errorCodeOf(response.text)).toBe('forbidden')
  })

  it('when choosing Swedish, then the choice is saved for the user and the next page is in Swedish', async () => {
    const planner = await world.browse('planner')
    const switched = await planner.post('/language', { locale: 'sv', next: '/' })
    const home = await planner.get('/')
    const user = await world.store.users.get(world.where('own').agencyId, world.callers.planner.userId)

    expect([switched.status, switched.headers.location]).toEqual([303, '/'])
    expect(user?.locale).toBe('sv')
    expect(home.text).toContain('<html lang="sv">')
    expect(mainOf(home.text)).toContain('<h1>Översikt</h1>')
  })

  it('when the language is not one kohde speaks, then answers 400 and saves nothing', async () => {
    const admin = await world.browse('admin')
    const response = await admin.post('/language', { locale: 'de' })
    const user = await world.store.users.get(world.where('own').agencyId, world.callers.admin.userId)

    expect(response.status).toBe(400)
    expect(errorCodeOf(response.text)).toBe('request_invalid')
    expect(user?.locale).toBeNull()
  })
})

describe('login view', () => {
  it('when rendered after a failed attempt, then matches the snapshot', async () => {
    const model = toLoginPage({
      csrf: 'login-csrf',
      next: '/plans',
      email: 'someone@agency.test',
      failureCode: 'unauthorized',
      signedOut: false,
    })
    const html = renderForSnapshot('login', 'Sign in', model, { role: null, here: '/login', errorCode: 'unauthorized' })
    await expect(html).toMatchFileSnapshot('__snapshots__/login.html')
  })
})
