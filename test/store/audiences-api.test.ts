import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEMPLATES } from '../../audiences/index.js'
import { as } from '../auth/support/as-caller.js'
import { createAuthWorld, type AuthWorld } from '../auth/support/auth-world.js'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { openTestStore, STORE_KINDS, type OpenedStore } from './support/test-stores.js'

const villa = TEMPLATES.find((t) => t.id === 'luxury-villa-buyers')!.audience
const cottage = TEMPLATES.find((t) => t.id === 'small-cottage-buyers')!.audience

describe.each(STORE_KINDS)('/api/v1/audiences on %s', (kind) => {
  let opened: OpenedStore
  let world: AuthWorld
  beforeAll(async () => {
    opened = await openTestStore(kind)
    world = await createAuthWorld(DEFAULT_TAXONOMY, opened.store)
  })
  afterAll(async () => {
    await world.dispose()
    await opened.dispose()
  })
  const staff = () => as(world, 'staff')
  const create = (audience: object = villa, extra: object = {}) =>
    staff().post('/api/v1/audiences', { clientId: world.clients.a1.id, audience, ...extra })

  it('when created, then answers 201 version 1 with author and reads back the same', async () => {
    const created = await create()

    const read = await staff().get(`/api/v1/audiences/${created.body.id}`)

    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      version: 1,
      clientId: world.clients.a1.id,
      parentId: null,
      createdBy: world.callers.staff.userId,
    })
    expect(created.body.audience).toMatchObject({ name: villa.name, tags: villa.tags, include: villa.include })
    expect(read.body).toEqual(created.body)
  })

  it('when updated with a stale version, then answers 409 with the current audience and keeps the winner', async () => {
    const { body } = await create()
    const first = await staff().put(`/api/v1/audiences/${body.id}`, {
      version: 1,
      audience: { ...villa, name: 'first' },
    })

    const stale = await staff().put(`/api/v1/audiences/${body.id}`, {
      version: 1,
      audience: { ...villa, name: 'second' },
    })
    const read = await staff().get(`/api/v1/audiences/${body.id}`)

    expect(first.status).toBe(200)
    expect(first.body.version).toBe(2)
    expect(stale.status).toBe(409)
    expect(stale.body.error).toMatchObject({ code: 'conflict', issues: [{ path: ['version'], code: 'version_stale' }] })
    expect(stale.body.error.current).toEqual(first.body)
    expect(read.body.audience.name).toBe('first')
  })

  it('when two clients update the same version at once, then exactly one wins and the other gets 409', async () => {
    const { body } = await create()

    const results = await Promise.all(
      ['left', 'right'].map((name) =>
        staff().put(`/api/v1/audiences/${body.id}`, { version: 1, audience: { ...villa, name } }),
      ),
    )
    const history = await staff().get(`/api/v1/audiences/${body.id}/versions`)

    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    expect(history.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1])
    expect(history.body.items[0].audience.name).toBe(results.find((r) => r.status === 200)!.body.audience.name)
  })

  it('when a sub-segment names its parent, then compiling inlines the parent and estimating sizes the narrower segment', async () => {
    const parent = await create(cottage)
    const child = await create({ ...villa, name: 'child' }, { parentId: parent.body.id })

    const compiled = await staff().get(`/api/v1/audiences/${child.body.id}/compile?channels=facebook`)
    const lines = { lines: [{ channel: 'facebook', budget: 100 }] }
    const [own, narrowed] = await Promise.all([
      staff().post(`/api/v1/audiences/${parent.body.id}/estimate`, lines),
      staff().post(`/api/v1/audiences/${child.body.id}/estimate`, lines),
    ])

    expect(child.status).toBe(201)
    expect(Object.keys(compiled.body.channels)).toEqual(['facebook'])
    const paths = compiled.body.channels.facebook.fidelity.items.map((i: { path: unknown[] }) => i.path[0])
    expect(paths).toContain('parent')
    expect(narrowed.body.lines[0].audienceSize.value).toBeLessThan(own.body.lines[0].audienceSize.value)
  })

  it('when the parent is of another client, unknown, or given twice, then answers 422, 404 and 400', async () => {
    const other = await staff().post('/api/v1/audiences', { clientId: world.clients.a2.id, audience: cottage })

    const otherClient = await create(villa, { parentId: other.body.id })
    const unknown = await create(villa, { parentId: '01900000-0000-7000-8000-000000000000' })
    const twice = await create({ ...villa, parent: cottage }, { parentId: other.body.id })

    expect(otherClient.status).toBe(422)
    expect(otherClient.body.error.issues[0]).toMatchObject({ path: ['parentId'], code: 'parent_other_client' })
    expect(unknown.status).toBe(404)
    expect(twice.status).toBe(400)
  })

  it('when a parent still has sub-segments, then deleting it answers 409; the child can be deleted, then the parent', async () => {
    const parent = await create(cottage)
    const child = await create(villa, { parentId: parent.body.id })

    const refused = await staff().delete(`/api/v1/audiences/${parent.body.id}`)
    const childGone = await staff().delete(`/api/v1/audiences/${child.body.id}`)
    const parentGone = await staff().delete(`/api/v1/audiences/${parent.body.id}`)
    const read = await staff().get(`/api/v1/audiences/${parent.body.id}`)

    expect([refused.status, childGone.status, parentGone.status, read.status]).toEqual([409, 204, 204, 404])
  })

  it('when the audience is impossible, then answers 422 audience_invalid with the path', async () => {
    const response = await create({ ...villa, age: { min: 60, max: 30 } })

    expect(response.status).toBe(422)
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['age', 'min'] }))
  })

  it('when listing by client and tag in pages, then each matching audience comes once', async () => {
    const tag = `t${Date.now()}`
    for (const name of ['a', 'b', 'c']) await create({ ...cottage, name, tags: [tag] })

    const first = await staff().get(`/api/v1/audiences?tag=${tag}&limit=2&clientId=${world.clients.a1.id}`)
    const second = await staff().get(`/api/v1/audiences?tag=${tag}&limit=2&cursor=${first.body.nextCursor}`)

    expect(
      [...first.body.items, ...second.body.items].map((a: { audience: { name: string } }) => a.audience.name),
    ).toEqual(['a', 'b', 'c'])
    expect(second.body.nextCursor).toBeNull()
  })

  it('when the audit log is read, then it names who created, changed and deleted the audience', async () => {
    const { body } = await create()
    await staff().put(`/api/v1/audiences/${body.id}`, { version: 1, audience: villa })
    await staff().delete(`/api/v1/audiences/${body.id}`)

    const log = await as(world, 'admin').get(`/api/v1/audit?objectId=${body.id}`)

    expect(
      log.body.items.map((e: { action: string; version: number | null; actorId: string }) => [
        e.action,
        e.version,
        e.actorId,
      ]),
    ).toEqual([
      ['create', 1, world.callers.staff.userId],
      ['update', 2, world.callers.staff.userId],
      ['delete', null, world.callers.staff.userId],
    ])
  })
})
