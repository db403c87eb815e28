import request from 'supertest'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { LOGIN_LIMITS } from '../../server/auth/login-check.js'
import { hashPassword } from '../../server/auth/password-hash.js'
import { createAuthWorld, type AuthWorld } from '../auth/support/auth-world.js'

const PASSWORD = 'limits password ok'
let world: AuthWorld
beforeAll(async () => {
  world = await createAuthWorld(DEFAULT_TAXONOMY)
  await world.store.users.create(null, world.where('own').agencyId, {
    email: 'limits@agency.test',
    passwordHash: await hashPassword(PASSWORD),
    role: 'staff',
    clientId: null,
  })
})
afterAll(() => world.dispose())

const perIp = { ...LOGIN_LIMITS.perIp }
afterEach(() => Object.assign(LOGIN_LIMITS.perIp, perIp))

const cookieOf = (response: request.Response, name: string) =>
  ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1)
    .split(';')[0] ?? ''

async function signIn(email: string, password: string) {
  const form = await request(world.app).get('/login')
  const field = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!
  return request(world.app)
    .post('/login')
    .set('Cookie', `kohde_csrf=${cookieOf(form, 'kohde_csrf')}`)
    .type('form')
    .send({ email, password, _csrf: field })
}

describe('the web sign-in under guessing', () => {
  it('when one email is tried more than 10 times, then the 11th attempt is refused with 429 even with the right password', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await signIn('limits@agency.test', `wrong ${i}`)).status)
    const eleventh = await signIn('LIMITS@agency.test', PASSWORD)

    expect(statuses).toEqual(Array(10).fill(401))
    expect(eleventh.status).toBe(429)
    expect(eleventh.text).toMatch(/<main[^>]*data-error-code="rate_limited"/)
    expect(cookieOf(eleventh, 'kohde_session')).toBe('')
  })

  it('when one address tries more emails than its limit, then it is refused with 429 whatever the email', async () => {
    // The limit counts every attempt from the address, the first test's too: start from a fresh database.
    await world.dispose()
    world = await createAuthWorld(DEFAULT_TAXONOMY)
    LOGIN_LIMITS.perIp = { limit: 3, windowMs: 15 * 60_000 }
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await signIn(`guess-${i}@agency.test`, 'guess')).status)

    expect(statuses).toEqual([401, 401, 401, 429])
  })
})
