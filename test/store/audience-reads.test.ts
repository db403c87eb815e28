import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AudienceSchema, type Audience } from '../../audiences/index.js'
import { up } from '../../server/store/migrations/0012-list-reads.js'
import { anAgencyActor, openTestStore, STORE_KINDS, type OpenedStore } from './support/test-stores.js'

const named = (name: string): Audience => AudienceSchema.parse({ name, geo: { include: [{ country: 'FI' }] } })

// resolvedMany reads every chain of a page in one query per level; it must give what resolved gives one by one.
describe.each(STORE_KINDS)('resolvedMany on %s', (kind) => {
  let opened: OpenedStore
  beforeAll(async () => {
    opened = await openTestStore(kind)
  })
  afterAll(() => opened.dispose())

  const world = async () => {
    const { store } = opened
    const agency = await anAgencyActor(store)
    const client = await store.clients.create(agency.actor, 'Talotehdas Oy')
    const add = async (name: string, parentId: string | null) => {
      const created = await store.audiences.create(agency.actor, agency.scope, {
        clientId: client.id,
        parentId,
        audience: named(name),
      })
      if (typeof created === 'string') throw new Error(created)
      return created
    }
    return { store, ...agency, add }
  }

  it('when given a root, a child and a grandchild, then each comes with its own parents inlined', async () => {
    const { store, scope, add } = await world()
    const root = await add('Root', null)
    const child = await add('Child', root.id)
    const grandchild = await add('Grandchild', child.id)

    const resolved = await store.audiences.resolvedMany(scope, [grandchild.id, root.id, child.id])

    expect(resolved.get(root.id)?.audience).toEqual(named('Root'))
    expect(resolved.get(child.id)?.audience).toEqual({ ...named('Child'), parent: named('Root') })
    expect(resolved.get(grandchild.id)?.audience).toEqual({
      ...named('Grandchild'),
      parent: { ...named('Child'), parent: named('Root') },
    })
    expect(resolved.get(grandchild.id)?.stored.parentId).toBe(child.id)
    for (const id of [root.id, child.id, grandchild.id])
      expect(resolved.get(id)?.audience).toEqual(await store.audiences.resolved(scope, id))
  })

  it('when rows the caller read are passed as the seed, then they are used as they are and the parents are read', async () => {
    const { store, scope, add } = await world()
    const root = await add('Root', null)
    const child = await add('Child', root.id)

    const resolved = await store.audiences.resolvedMany(scope, [child.id], [child])

    expect(resolved.get(child.id)?.audience).toEqual({ ...named('Child'), parent: named('Root') })
  })

  it('when an id is unknown, deleted or another agency’s, then it is missing from the answer', async () => {
    const { store, actor, scope, add } = await world()
    const kept = await add('Kept', null)
    const gone = await add('Gone', null)
    await store.audiences.remove(actor, scope, gone.id)
    const rival = await world()
    const theirs = await rival.add('Theirs', null)

    const resolved = await store.audiences.resolvedMany(scope, [kept.id, gone.id, theirs.id, crypto.randomUUID()])

    expect([...resolved.keys()]).toEqual([kept.id])
  })
})

// The list page's search is SQL over the folded name (migration 0012), on both databases.
describe.each(STORE_KINDS)('audience search on %s', (kind) => {
  let opened: OpenedStore
  beforeAll(async () => {
    opened = await openTestStore(kind)
  })
  afterAll(() => opened.dispose())

  it('when searched in another case, with ö composed or decomposed, or with % and _, then finds exactly the names containing it', async () => {
    const { store } = opened
    const { actor, scope } = await anAgencyActor(store)
    const client = await store.clients.create(actor, 'Talotehdas Oy')
    const names = ['Mökin ostajat', 'MÖKKI 2026', 'Villa buyers', '100% golfarit', '100 golfarit', 'a_b', 'axb']
    for (const name of names)
      await store.audiences.create(actor, scope, { clientId: client.id, parentId: null, audience: named(name) })
    const found = async (q: string) =>
      (await store.audiences.list(scope, { q, limit: 50 })).items.map((s) => s.audience.name).sort()

    expect(await found('mök')).toEqual(['MÖKKI 2026', 'Mökin ostajat'])
    expect(await found('MO\u0308K')).toEqual(['MÖKKI 2026', 'Mökin ostajat'])
    expect(await found('%')).toEqual(['100% golfarit'])
    expect(await found('a_b')).toEqual(['a_b'])
    expect(await found('zzz')).toEqual([])
  })
})

describe('migration 0012 (audience search name)', () => {
  it('when audiences were stored before it, then it fills their folded names and the search finds them', async () => {
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) })
    await sql`create table audiences (id text primary key, agency_id text, name text)`.execute(db)
    await sql`create table plans (id text primary key, agency_id text)`.execute(db)
    await sql`insert into audiences values ('a', 'x', 'Mökin OSTAJAT'), ('b', 'x', 'Golf')`.execute(db)

    await up(db)

    const rows = await sql<{
      id: string
      search_name: string
    }>`select id, search_name from audiences order by id`.execute(db)
    expect(rows.rows).toEqual([
      { id: 'a', search_name: 'mökin ostajat' },
      { id: 'b', search_name: 'golf' },
    ])
    await db.destroy()
  })
})
