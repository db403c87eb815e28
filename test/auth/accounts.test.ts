import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { as } from './support/as-caller.js'
import { createPageWorld, errorCodeOf, type PageWorld } from '../pages/support/page-world.js'

// Issue 16 item 8: an agency must keep an admin; a PATCH that changes nothing ends no session; and another agency's
// admin cannot learn whether an email has an account elsewhere.
const PASSWORD = 'accounts password ok'
let world: PageWorld
beforeAll(async () => {
  world = await createPageWorld()
})
afterAll(() => world.dispose())

const signIn = (email: string, password: string) =>
  request(world.app).post('/api/v1/auth/token').send({ email, password })

describe('the last admin of an agency', () => {
  it('when the only admin demotes themselves, then 409 conflict names the reason and they stay admin', async () => {
    const self = world.callers.admin.userId

    const demoted = await as(world, 'admin').patch(`/api/v1/users/${self}`, { role: 'staff' })
    const me = await as(world, 'admin').get('/api/v1/auth/me')

    expect(demoted.status).toBe(409)
    expect(demoted.body.error.code).toBe('conflict')
    expect(demoted.body.error.issues).toEqual([expect.objectContaining({ path: ['role'], code: 'last_admin' })])
    expect(me.body.user.role).toBe('admin')
  })

  it('when another admin exists, then an admin can be demoted, and the last one then cannot', async () => {
    const agency = await world.store.agencies.create('Two admins agency')
    const admins = []
    for (const name of ['first', 'second']) {
      const made = await world.store.users.create(null, agency.id, {
        email: `${name}.admin@two.test`,
        passwordHash: 'scrypt$unusable',
        role: 'admin',
        clientId: null,
      })
      if (made.kind !== 'ok') throw new Error(made.kind)
      admins.push({ id: made.value.id, token: await world.make.token(made.value.id) })
    }
    const [first, second] = admins as [(typeof admins)[0], (typeof admins)[0]]

    const demoted = await as(world, { token: second.token }).patch(`/api/v1/users/${first.id}`, { role: 'staff' })
    const last = await as(world, { token: second.token }).patch(`/api/v1/users/${second.id}`, { role: 'planner' })

    expect(demoted.status).toBe(200)
    expect(last.status).toBe(409)
    expect((await world.store.users.get(agency.id, second.id))?.role).toBe('admin')
  })

  it('when the admin form on the page would demote the last admin, then it answers 409 and changes nothing', async () => {
    const admin = await world.browse('admin')

    const posted = await admin.post(`/admin/users/${world.callers.admin.userId}`, {
      role: 'staff',
      clientId: '',
      password: '',
    })
    const stored = await world.store.users.get(world.where('own').agencyId, world.callers.admin.userId)

    expect(posted.status).toBe(409)
    expect(errorCodeOf(posted.text)).toBe('conflict')
    expect(stored?.role).toBe('admin')
  })
})

describe('a PATCH that changes nothing', () => {
  it.each([
    ['an empty body', {}],
    ['the role the user already has', { role: 'planner' }],
  ])('when an admin sends %s, then the user keeps every session and token', async (_what, patch) => {
    const user = await as(world, 'admin').post('/api/v1/users', {
      email: world.make.unique('kept') + '@agency.test',
      password: PASSWORD,
      role: 'planner',
    })
    const token = (await signIn(user.body.email, PASSWORD)).body.token as string

    const patched = await as(world, 'admin').patch(`/api/v1/users/${user.body.id}`, patch)
    const after = await as(world, { token }).get('/api/v1/auth/me')

    expect(patched.status).toBe(200)
    expect(patched.body.role).toBe('planner')
    expect(after.status).toBe(200)
  })

  it('when the role or password does change, then the sessions and tokens end as before', async () => {
    const user = await as(world, 'admin').post('/api/v1/users', {
      email: world.make.unique('changed') + '@agency.test',
      password: PASSWORD,
      role: 'planner',
    })
    const token = (await signIn(user.body.email, PASSWORD)).body.token as string

    await as(world, 'admin').patch(`/api/v1/users/${user.body.id}`, { password: 'a brand new password' })

    expect((await as(world, { token }).get('/api/v1/auth/me')).status).toBe(401)
  })
})

describe('emails of other agencies', () => {
  it("when a rival agency's admin creates a user with an email that has an account elsewhere, then it is created like any new email, and each account signs in with its own password", async () => {
    const email = 'shared.person@client.test'
    const own = await as(world, 'admin').post('/api/v1/users', { email, password: PASSWORD, role: 'staff' })
    const rivalAdmin = await world.make.user('otherAgency')
    await world.store.users.update(world.where('otherAgency').actor, rivalAdmin.id, { role: 'admin' })
    const rivalToken = await world.make.token(rivalAdmin.id)

    const rival = await as(world, { token: rivalToken }).post('/api/v1/users', {
      email,
      password: 'the rival agency password',
      role: 'staff',
    })
    const unknown = await as(world, { token: rivalToken }).post('/api/v1/users', {
      email: 'nobody.anywhere@client.test',
      password: 'the rival agency password',
      role: 'staff',
    })
    const ownSignIn = await signIn(email, PASSWORD)
    const rivalSignIn = await signIn(email, 'the rival agency password')
    const ownAgain = await as(world, 'admin').post('/api/v1/users', { email, password: PASSWORD, role: 'staff' })

    expect(own.status).toBe(201)
    // The same answer as for an email nobody has: nothing tells the rival the address exists elsewhere.
    expect([rival.status, unknown.status]).toEqual([201, 201])
    expect(Object.keys(rival.body).sort()).toEqual(Object.keys(unknown.body).sort())
    expect(ownSignIn.body.user.id).toBe(own.body.id)
    expect(rivalSignIn.body.user.id).toBe(rival.body.id)
    // Within one agency an email is still one login.
    expect(ownAgain.status).toBe(409)
  })
})
