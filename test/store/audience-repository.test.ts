import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AudienceSchema, type Audience } from '../../audiences/index.js'
import { anAgencyActor, openTestStore, STORE_KINDS, type OpenedStore } from './support/test-stores.js'

const anAudience = (overrides: Record<string, unknown> = {}): Audience =>
  AudienceSchema.parse({ name: 'Villa buyers', geo: { include: [{ country: 'FI' }] }, ...overrides })

describe.each(STORE_KINDS)('audienceRepository on %s', (kind) => {
  let opened: OpenedStore
  beforeAll(async () => {
    opened = await openTestStore(kind)
  })
  afterAll(() => opened.dispose())

  const setUp = async () => {
    const { store } = opened
    const world = await anAgencyActor(store)
    const client = await store.clients.create(world.actor, 'Talotehdas Oy')
    return { store, ...world, client }
  }

  it('when an audience is created, then reads back verbatim at version 1 with author and timestamps', async () => {
    const { store, actor, scope, client } = await setUp()
    const audience = anAudience({ name: `x'; drop table audiences; --`, description: 'ä\u0001😀' })

    const created = await store.audiences.create(actor, scope, { clientId: client.id, parentId: null, audience })

    expect(created).toMatchObject({ version: 1, clientId: client.id, createdBy: actor.userId, audience })
    expect(await store.audiences.get(scope, typeof created === 'string' ? '' : created.id)).toEqual(created)
  })

  it('when updated with the current version, then bumps the version and keeps the old one in the history', async () => {
    const { store, actor, scope, client } = await setUp()
    const created = await store.audiences.create(actor, scope, {
      clientId: client.id,
      parentId: null,
      audience: anAudience(),
    })
    if (typeof created === 'string') throw new Error(created)

    const updated = await store.audiences.update(actor, scope, created.id, 1, {
      parentId: null,
      audience: anAudience({ name: 'v2' }),
    })
    const stale = await store.audiences.update(actor, scope, created.id, 1, {
      parentId: null,
      audience: anAudience({ name: 'lost' }),
    })
    const history = await store.audiences.versions(scope, created.id, { limit: 10 })

    expect(updated).toMatchObject({ kind: 'ok', value: { version: 2, audience: { name: 'v2' } } })
    expect(stale).toMatchObject({ kind: 'conflict', current: { version: 2, audience: { name: 'v2' } } })
    expect(history?.items.map((v) => [v.version, v.audience.name])).toEqual([
      [2, 'v2'],
      [1, 'Villa buyers'],
    ])
  })

  it('when two updates race on one version, then exactly one wins and the other is a conflict', async () => {
    const { store, actor, scope, client } = await setUp()
    const created = await store.audiences.create(actor, scope, {
      clientId: client.id,
      parentId: null,
      audience: anAudience(),
    })
    if (typeof created === 'string') throw new Error(created)

    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((name) =>
        store.audiences.update(actor, scope, created.id, 1, { parentId: null, audience: anAudience({ name }) }),
      ),
    )

    expect(results.filter((r) => r.kind === 'ok')).toHaveLength(1)
    expect(results.filter((r) => r.kind === 'conflict')).toHaveLength(3)
    expect((await store.audiences.versions(scope, created.id, { limit: 10 }))?.items).toHaveLength(2)
  })

  it('when a sub-segment names a parent, then resolves the chain inline and refuses cycles and deleting the parent', async () => {
    const { store, actor, scope, client } = await setUp()
    const parent = await store.audiences.create(actor, scope, {
      clientId: client.id,
      parentId: null,
      audience: anAudience({ name: 'parent' }),
    })
    if (typeof parent === 'string') throw new Error(parent)
    const child = await store.audiences.create(actor, scope, {
      clientId: client.id,
      parentId: parent.id,
      audience: anAudience({ name: 'child' }),
    })
    if (typeof child === 'string') throw new Error(child)

    const resolved = await store.audiences.resolved(scope, child.id)
    const cycle = await store.audiences.update(actor, scope, parent.id, 1, {
      parentId: child.id,
      audience: anAudience({ name: 'parent' }),
    })
    const removal = await store.audiences.remove(actor, scope, parent.id)

    expect(resolved).toMatchObject({ name: 'child', parent: { name: 'parent' } })
    expect(cycle).toEqual({ kind: 'parent_cycle' })
    expect(removal).toEqual({ kind: 'has_children' })
    expect((await store.audiences.get(scope, parent.id))?.version).toBe(1)
  })

  it('when another agency asks, then the audience does not exist for it', async () => {
    const { store, actor, scope, client } = await setUp()
    const created = await store.audiences.create(actor, scope, {
      clientId: client.id,
      parentId: null,
      audience: anAudience(),
    })
    if (typeof created === 'string') throw new Error(created)
    const other = await anAgencyActor(store)

    expect(await store.audiences.get(other.scope, created.id)).toBeNull()
    expect(
      await store.audiences.update(other.actor, other.scope, created.id, 1, { parentId: null, audience: anAudience() }),
    ).toEqual({ kind: 'not_found' })
    expect(await store.audiences.remove(other.actor, other.scope, created.id)).toEqual({ kind: 'not_found' })
    expect(
      await store.audiences.create(other.actor, other.scope, {
        clientId: client.id,
        parentId: null,
        audience: anAudience(),
      }),
    ).toBe('client_unknown')
  })

  it('when listing by tag in pages of two, then the pages together hold each tagged audience once', async () => {
    const { store, actor, scope, client } = await setUp()
    for (const [i, tags] of [['a'], ['a', 'b'], [], ['a'], ['b']].entries())
      await store.audiences.create(actor, scope, {
        clientId: client.id,
        parentId: null,
        audience: anAudience({ name: `n${i}`, tags }),
      })

    const first = await store.audiences.list(scope, { limit: 2, tag: 'a' })
    const second = await store.audiences.list(scope, { limit: 2, tag: 'a', cursor: first.nextCursor! })

    expect([...first.items, ...second.items].map((a) => a.audience.name)).toEqual(['n0', 'n1', 'n3'])
    expect(second.nextCursor).toBeNull()
  })

  it('when deleted, then it is gone from reads and lists but the audit log names who deleted it', async () => {
    const { store, actor, scope, client } = await setUp()
    const created = await store.audiences.create(actor, scope, {
      clientId: client.id,
      parentId: null,
      audience: anAudience(),
    })
    if (typeof created === 'string') throw new Error(created)

    expect(await store.audiences.remove(actor, scope, created.id)).toEqual({ kind: 'deleted' })

    expect(await store.audiences.get(scope, created.id)).toBeNull()
    const log = await store.audit.list(actor.agencyId, { limit: 50, objectId: created.id })
    expect(log.items.map((e) => [e.action, e.actorEmail])).toEqual([
      ['create', actor.email],
      ['delete', actor.email],
    ])
  })
})
