import { pino } from 'pino'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app.js'
import { hashPassword } from '../../server/auth/password-hash.js'
import { testTaxonomy } from '../server/support/test-app.js'
import { as } from './support/as-caller.js'
import { createAuthWorld, type AuthWorld } from './support/auth-world.js'

const PASSWORD = 'a long enough password'

let world: AuthWorld
let email: string
beforeAll(async () => {
  world = await createAuthWorld()
  email = 'Person@Agency.test'
  const passwordHash = await hashPassword(PASSWORD)
  await world.store.users.create(null, world.where('own').agencyId, {
    email,
    passwordHash,
    role: 'staff',
    clientId: null,
  })
})
afterAll(() => world.dispose())

const signIn = (body: object) => request(world.app).post('/api/v1/auth/token').send(body)

describe('POST /api/v1/auth/token', () => {
  it('when the email (any case) and password match, then answers a token that works until it is revoked', async () => {
    const signedIn = await signIn({ email: 'person@agency.TEST', password: PASSWORD, name: 'laptop' })
    const me = await as(world, { token: signedIn.body.token }).get('/api/v1/auth/me')
    const revoked = await as(world, { token: signedIn.body.token }).delete('/api/v1/auth/token')
    const after = await as(world, { token: signedIn.body.token }).get('/api/v1/auth/me')

    expect(signedIn.status).toBe(200)
    expect(signedIn.body.user).toMatchObject({ email: 'person@agency.test', role: 'staff' })
    expect(signedIn.body.token).toMatch(/^kohde_[A-Za-z0-9_-]{43}$/)
    expect(Date.parse(signedIn.body.expiresAt)).toBeGreaterThan(Date.now() + 29 * 86_400_000)
    expect(me.body).toMatchObject({ user: { email: 'person@agency.test' }, csrfToken: null })
    expect(revoked.status).toBe(204)
    expect(after.status).toBe(401)
  })

  it('when the token is listed, then its secret is not, and revoking it by id ends it', async () => {
    const { body } = await signIn({ email, password: PASSWORD, name: 'ci' })
    const caller = as(world, { token: body.token })

    const listed = await caller.get('/api/v1/auth/tokens')
    const id = listed.body.items.find((t: { name: string }) => t.name === 'ci').id
    const revoked = await caller.delete(`/api/v1/auth/tokens/${id}`)

    expect(JSON.stringify(listed.body)).not.toContain(body.token)
    expect(revoked.status).toBe(204)
    expect((await caller.get('/api/v1/auth/me')).status).toBe(401)
  })

  it('when the password is wrong or the user unknown, then answers 401 unauthorized alike', async () => {
    const wrong = await signIn({ email, password: 'not it at all' })
    const unknown = await signIn({ email: 'nobody@agency.test', password: PASSWORD })

    expect([wrong.status, unknown.status]).toEqual([401, 401])
    expect(wrong.body.error.message).toBe(unknown.body.error.message)
  })

  it('when one address keeps guessing one email, then after 5 free failures it is held back with 429 and Retry-After, even with the right password', async () => {
    // A stopped clock: the 1 s wait the 6th failure sets cannot run out while the test runs (test/security has the rest).
    const stopped = createApp({
      taxonomy: testTaxonomy,
      logger: pino({ level: 'silent' }),
      bodyLimit: '1mb',
      store: world.store,
      clock: () => Date.parse('2026-03-01T09:00:00.000Z'),
    })
    const attempt = (password: string) =>
      request(stopped).post('/api/v1/auth/token').send({ email: 'target@agency.test', password })
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await attempt(`guess ${i}`)).status)
    const held = await attempt('anything')

    expect(statuses).toEqual(Array(6).fill(401))
    expect([held.status, held.body.error.code, held.headers['retry-after']]).toEqual([429, 'rate_limited', '1'])
  })

  it('when the bearer header is malformed or the token unknown, then answers 401', async () => {
    const malformed = await request(world.app).get('/api/v1/auth/me').set('Authorization', 'Basic abc')
    const unknown = await request(world.app).get('/api/v1/auth/me').set('Authorization', 'Bearer kohde_nope')

    expect([malformed.status, unknown.status]).toEqual([401, 401])
  })
})

describe('/api/v1/users', () => {
  const admin = () => as(world, 'admin')

  it('when an admin creates a user, then the user can sign in; a second user with the same email is 409', async () => {
    const created = await admin().post('/api/v1/users', {
      email: 'new.planner@agency.test',
      password: PASSWORD,
      role: 'planner',
    })
    const again = await admin().post('/api/v1/users', {
      email: 'NEW.planner@agency.test',
      password: PASSWORD,
      role: 'staff',
    })
    const signedIn = await signIn({ email: 'new.planner@agency.test', password: PASSWORD })

    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ email: 'new.planner@agency.test', role: 'planner', clientId: null })
    expect(created.body).not.toHaveProperty('passwordHash')
    expect(again.status).toBe(409)
    expect(signedIn.status).toBe(200)
  })

  it('when a client user has no client, then answers 400 naming clientId', async () => {
    const response = await admin().post('/api/v1/users', { email: 'c@agency.test', password: PASSWORD, role: 'client' })

    expect(response.status).toBe(400)
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['clientId'] }))
  })

  it("when a user's role changes, then their tokens stop working", async () => {
    const user = await admin().post('/api/v1/users', {
      email: 'demoted@agency.test',
      password: PASSWORD,
      role: 'admin',
    })
    const { body } = await signIn({ email: 'demoted@agency.test', password: PASSWORD })

    const patched = await admin().patch(`/api/v1/users/${user.body.id}`, { role: 'planner' })
    const after = await as(world, { token: body.token }).get('/api/v1/auth/me')

    expect(patched.body.role).toBe('planner')
    expect(after.status).toBe(401)
  })

  it('when an admin deletes themselves, then answers 409 and keeps them', async () => {
    const response = await admin().delete(`/api/v1/users/${world.callers.admin.userId}`)

    expect(response.status).toBe(409)
    expect((await admin().get('/api/v1/auth/me')).status).toBe(200)
  })
})

describe('GET /share/:token', () => {
  it('when one address opens more than 60 share links in a minute (guessing tokens), then answers 429', async () => {
    const guess = (i: number) => request(world.app).get(`/share/${String(i).padStart(43, 'x')}`)

    const statuses: number[] = []
    for (let i = 0; i < 61; i++) statuses.push((await guess(i)).status)

    expect(statuses.slice(0, 60)).toEqual(Array(60).fill(404))
    expect(statuses[60]).toBe(429)
  })
})
