import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MappingOverride } from '../../audiences/index.js'
import { anAgencyActor, openTestStore, STORE_KINDS, type OpenedStore } from './support/test-stores.js'

// Identifiers here are made up: these tests check storage, not platform data.
const design: MappingOverride = {
  key: 'interest.design',
  platform: 'meta',
  mapping: {
    target: 'interests',
    id: '6003020834693',
    name: 'Design',
    source: 'live meta act_123',
    confirmed: '2026-11-22',
    fallback: { kind: 'lookup', query: 'search?type=adinterest&q=Design' },
  },
}
const helsinki: MappingOverride = {
  key: 'geo.fi.helsinki',
  platform: 'google',
  mapping: { target: 'location', id: '1005000', source: 'live google 1234567890', confirmed: '2026-11-22' },
}

describe.each(STORE_KINDS)('platformMappingRepository on %s', (kind) => {
  let opened: OpenedStore
  beforeAll(async () => {
    opened = await openTestStore(kind)
  })
  afterAll(() => opened.dispose())

  it('when mappings are saved, then they read back whole with account, author and a version of 1', async () => {
    const { store } = opened
    const { actor, agency } = await anAgencyActor(store)

    const outcome = await store.platformMappings.saveAll(actor, agency.id, [
      { override: design, account: 'act_123' },
      { override: helsinki, account: '1234567890' },
    ])
    const stored = await store.platformMappings.list(agency.id)

    expect(outcome).toBe('ok')
    expect(await store.platformMappings.version(agency.id)).toBe(1)
    // Only live lookups store mappings: each reads back with confidence "live", copied the day it was looked up.
    const live = (o: MappingOverride) => ({ ...o.mapping, confidence: 'live', copied: o.mapping.confirmed })
    expect(stored.map(({ createdAt: _at, ...rest }) => rest)).toEqual([
      { ...helsinki, mapping: live(helsinki), account: '1234567890', createdBy: actor.email },
      { ...design, mapping: live(design), account: 'act_123', createdBy: actor.email },
    ])
  })

  it('when an agency has never resolved, then its version is 0 and it has no mappings', async () => {
    const { agency } = await anAgencyActor(opened.store)

    expect(await opened.store.platformMappings.version(agency.id)).toBe(0)
    expect(await opened.store.platformMappings.list(agency.id)).toEqual([])
  })

  it('when one of the keys is already stored, then nothing of the call is written and the version stays', async () => {
    const { store } = opened
    const { actor, agency } = await anAgencyActor(store)
    await store.platformMappings.saveAll(actor, agency.id, [{ override: design, account: 'act_123' }])
    const other = { ...design, mapping: { ...design.mapping, id: '6000000000001' } }

    const outcome = await store.platformMappings.saveAll(null, agency.id, [
      { override: helsinki, account: '1234567890' },
      { override: other, account: 'act_123' },
    ])

    expect(outcome).toBe('taken')
    expect(await store.platformMappings.version(agency.id)).toBe(1)
    expect((await store.platformMappings.list(agency.id)).map((m) => [m.key, m.mapping.id])).toEqual([
      ['interest.design', '6003020834693'],
    ])
  })

  it('when two agencies resolve the same key, then each sees only its own identifier and version', async () => {
    const { store } = opened
    const a = await anAgencyActor(store)
    const b = await anAgencyActor(store)
    await store.platformMappings.saveAll(a.actor, a.agency.id, [{ override: design, account: 'act_123' }])
    await store.platformMappings.saveAll(null, b.agency.id, [{ override: helsinki, account: '1' }])
    await store.platformMappings.saveAll(null, b.agency.id, [{ override: design, account: 'act_9' }])

    expect((await store.platformMappings.list(a.agency.id)).map((m) => m.key)).toEqual(['interest.design'])
    expect((await store.platformMappings.list(b.agency.id)).map((m) => [m.key, m.account, m.createdBy])).toEqual([
      ['geo.fi.helsinki', '1', null],
      ['interest.design', 'act_9', null],
    ])
    expect(await store.platformMappings.version(a.agency.id)).toBe(1)
    expect(await store.platformMappings.version(b.agency.id)).toBe(2)
  })

  it('when a resolve writes, then the audit log names the platform and the new version', async () => {
    const { store } = opened
    const { actor, agency } = await anAgencyActor(store)

    await store.platformMappings.saveAll(actor, agency.id, [{ override: design, account: 'act_123' }])
    const audit = await store.audit.list(agency.id, { limit: 10 })

    expect(audit.items.map((e) => [e.action, e.objectType, e.objectId, e.version, e.actorEmail])).toContainEqual([
      'resolve',
      'platform_mappings',
      'meta',
      1,
      actor.email,
    ])
  })

  it('when a second run of a platform is recorded, then it replaces the first', async () => {
    const { store } = opened
    const { agency } = await anAgencyActor(store)
    const run = { platform: 'meta' as const, actorEmail: null, message: null }

    await store.platformMappings.recordRun(agency.id, {
      ...run,
      at: '2026-11-21T08:00:00.000Z',
      outcome: 'stored',
      stored: 2,
    })
    await store.platformMappings.recordRun(agency.id, {
      ...run,
      at: '2026-11-22T08:00:00.000Z',
      outcome: 'aborted',
      stored: 0,
      message: 'token expired',
    })

    expect(await store.platformMappings.runs(agency.id)).toEqual([
      { ...run, at: '2026-11-22T08:00:00.000Z', outcome: 'aborted', stored: 0, message: 'token expired' },
    ])
  })
})

describe.each(STORE_KINDS)('platformCredentialRepository on %s', (kind) => {
  let opened: OpenedStore
  beforeAll(async () => {
    opened = await openTestStore(kind)
  })
  afterAll(() => opened.dispose())

  it('when credentials are saved twice, then one row holds the second and both saves are audited', async () => {
    const { store } = opened
    const { actor, agency } = await anAgencyActor(store)

    await store.platformCredentials.save(actor, 'meta', 'v1.sealed-one')
    await store.platformCredentials.save(actor, 'meta', 'v1.sealed-two')
    const audit = await store.audit.list(agency.id, { limit: 10 })

    expect(await store.platformCredentials.list(agency.id)).toEqual([
      { platform: 'meta', sealed: 'v1.sealed-two', updatedBy: actor.email, updatedAt: expect.any(String) },
    ])
    expect(audit.items.filter((e) => e.objectType === 'platform_credentials').map((e) => e.action)).toEqual([
      'update',
      'update',
    ])
  })

  it('when removed, then the agency has none and a second removal says there was nothing', async () => {
    const { store } = opened
    const { actor, agency } = await anAgencyActor(store)
    const other = await anAgencyActor(store)
    await store.platformCredentials.save(actor, 'linkedin', 'v1.mine')
    await store.platformCredentials.save(other.actor, 'linkedin', 'v1.theirs')

    const first = await store.platformCredentials.remove(actor, 'linkedin')
    const second = await store.platformCredentials.remove(actor, 'linkedin')

    expect([first, second]).toEqual([true, false])
    expect(await store.platformCredentials.list(agency.id)).toEqual([])
    expect((await store.platformCredentials.list(other.agency.id)).map((c) => c.sealed)).toEqual(['v1.theirs'])
  })
})
