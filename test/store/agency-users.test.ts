import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashSecret } from '../../server/auth/secret-token.js'
import { databaseAt } from './support/old-database.js'
import { anAgencyActor, openTestStore, STORE_KINDS, type OpenedStore } from './support/test-stores.js'

// Issue 16 item 8 in the store: an agency keeps an admin even when two admins demote each other at the same moment,
// and emails are unique per agency (migration 0006 keeps every user, session and token).
describe.each(STORE_KINDS)('agency users on %s', (kind) => {
  let opened: OpenedStore
  beforeAll(async () => {
    opened = await openTestStore(kind)
  })
  afterAll(() => opened.dispose())

  it('when two admins demote each other at the same moment, 20 times over, then each time exactly one change wins and one admin remains', async () => {
    const { store } = opened
    const outcomes: string[][] = []
    for (let round = 0; round < 20; round++) {
      const { actor: a, agency } = await anAgencyActor(store, 'admin')
      const made = await store.users.create(a, agency.id, {
        email: `second-${round}@race.test`,
        passwordHash: 'scrypt$test',
        role: 'admin',
        clientId: null,
      })
      if (made.kind !== 'ok') throw new Error(made.kind)
      const b = { userId: made.value.id, email: made.value.email, agencyId: agency.id }
      const results = await Promise.all([
        store.users.update(a, b.userId, { role: 'staff' }),
        store.users.update(b, a.userId, { role: 'staff' }),
      ])
      outcomes.push(results.map((r) => r.kind).sort())
      const admins = (await store.users.list(agency.id, { limit: 10 })).items.filter((u) => u.role === 'admin')
      expect(admins).toHaveLength(1)
    }

    expect(outcomes).toEqual(Array(20).fill(['last_admin', 'ok']))
  }, 120_000)

  it('when two agencies add one email, then both accounts exist; a second add in one agency is email_taken', async () => {
    const { store } = opened
    const one = await anAgencyActor(store)
    const two = await anAgencyActor(store)
    const user = {
      email: 'Same.Person@Client.test',
      passwordHash: 'scrypt$test',
      role: 'staff' as const,
      clientId: null,
    }

    const first = await store.users.create(one.actor, one.agency.id, user)
    const second = await store.users.create(two.actor, two.agency.id, user)
    const again = await store.users.create(one.actor, one.agency.id, { ...user, email: 'same.person@client.TEST' })
    const found = await store.users.findForLogin('same.person@client.test')

    expect([first.kind, second.kind, again.kind]).toEqual(['ok', 'ok', 'email_taken'])
    expect(found.map((r) => r.agency_id)).toEqual([one.agency.id, two.agency.id])
  })
})

describe.each(STORE_KINDS)('migration 0006 (emails per agency) on %s', (kind) => {
  it('when a database made before it is migrated, then every user, session and token is kept, foreign keys still hold and the email is free in other agencies', async () => {
    const before = await databaseAt(kind, '0005-server-state', async (db) => {
      const at = '2026-01-01T00:00:00.000Z'
      const far = '2999-01-01T00:00:00.000Z'
      await db.insertInto('agencies').values({ id: 'agency-1', name: 'Old agency', created_at: at }).execute()
      await db
        .insertInto('users')
        .values({
          id: 'user-1',
          agency_id: 'agency-1',
          email: 'kept@agency.test',
          password_hash: 'scrypt$test',
          role: 'admin',
          client_id: null,
          locale: 'sv',
          created_at: at,
          updated_at: at,
        })
        .execute()
      await db
        .insertInto('sessions')
        .values({ id_hash: hashSecret('session'), user_id: 'user-1', csrf_token: 'c', created_at: at, expires_at: far })
        .execute()
      await db
        .insertInto('api_tokens')
        .values({
          id: 'token-1',
          token_hash: hashSecret('token'),
          user_id: 'user-1',
          name: 'kept',
          created_at: at,
          expires_at: far,
          revoked_at: null,
        })
        .execute()
    })
    const store = await before.open()
    try {
      const session = await store.credentials.session(hashSecret('session'))
      const token = await store.credentials.token(hashSecret('token'))
      const other = await anAgencyActor(store)
      const twin = await store.users.create(other.actor, other.agency.id, {
        email: 'kept@agency.test',
        passwordHash: 'scrypt$test',
        role: 'staff',
        clientId: null,
      })
      const again = await store.users.create(null, 'agency-1', {
        email: 'KEPT@agency.test',
        passwordHash: 'scrypt$test',
        role: 'staff',
        clientId: null,
      })
      const orphan = store.db
        .insertInto('sessions')
        .values({ id_hash: 'x', user_id: 'no-such-user', csrf_token: 'c', created_at: 'n', expires_at: 'n' })
        .execute()

      expect(session?.user).toMatchObject({ id: 'user-1', email: 'kept@agency.test', role: 'admin', locale: 'sv' })
      expect(token?.user.agencyId).toBe('agency-1')
      expect([twin.kind, again.kind]).toEqual(['ok', 'email_taken'])
      await expect(orphan).rejects.toThrow()
    } finally {
      await store.close()
      await before.dispose()
    }
  }, 60_000)
})
