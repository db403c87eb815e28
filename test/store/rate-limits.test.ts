import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { checkLogin, LOGIN_LIMITS } from '../../server/auth/login-check.js'
import { SQLITE_FILE } from '../../server/store/database.js'
import { failureDelayMs, type FailurePolicy } from '../../server/store/rate-limit-repository.js'
import { openTestStore, STORE_KINDS, type OpenedStore } from './support/test-stores.js'

// Issue 16 item 4: anonymous requests must cost O(1) storage. Refused requests write nothing; rows say when they
// expire and writes prune expired ones. Before: 2,000 sign-in attempts from one address left 2,001 rows and grew
// the SQLite file (with its WAL) from 515 KB to 4.4 MB.
const T0 = Date.parse('2026-03-01T09:00:00.000Z')
const MINUTE = 60_000

describe('failureDelayMs', () => {
  it('when failures pass the free ones, then the wait doubles from the base up to the cap', () => {
    const policy: FailurePolicy = { free: 5, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetMs: 15 * MINUTE }

    expect([1, 5, 6, 7, 8, 15, 16, 40].map((n) => failureDelayMs(n, policy))).toEqual([
      0, 0, 1000, 2000, 4000, 512_000, 900_000, 900_000,
    ])
  })
})

describe.each(STORE_KINDS)('rate limits on %s', (kind) => {
  let opened: OpenedStore
  beforeAll(async () => {
    opened = await openTestStore(kind)
  })
  afterAll(() => opened.dispose())
  const policies = structuredClone(LOGIN_LIMITS)
  afterEach(() => Object.assign(LOGIN_LIMITS, structuredClone(policies)))

  const rows = async () =>
    await opened.store.db.selectFrom('rate_limits').select(['key', 'count', 'expires_at']).orderBy('key').execute()
  // What a write would change: on SQLite the database file and its write-ahead log; on PostgreSQL each row's xmin
  // (a new row version is written by every UPDATE, even one that sets the same values).
  const footprint = async () => {
    if (kind === 'sqlite') {
      const size = (name: string) => {
        const file = join(opened.dataDir, name)
        return existsSync(file) ? statSync(file).size : 0
      }
      return `${size(SQLITE_FILE)}+${size(`${SQLITE_FILE}-wal`)}`
    }
    const versions = await sql<{
      key: string
      xmin: string
    }>`select key, xmin::text as xmin from rate_limits order by key`.execute(opened.store.db)
    return JSON.stringify(versions.rows)
  }

  it('when a window is full, then 1,000 refused requests are told how long to wait and write nothing', async () => {
    const { rateLimits } = opened.store
    const limit = { limit: 60, windowMs: MINUTE }
    for (let i = 0; i < 60; i++) expect((await rateLimits.take('share:198.51.100.1', limit, T0 + i)).allowed).toBe(true)
    const before = await footprint()
    const refused = []
    for (let i = 0; i < 1000; i++) refused.push(await rateLimits.take('share:198.51.100.1', limit, T0 + 30_000))
    const after = await footprint()

    expect(refused.every((r) => !r.allowed && r.retryAfterSeconds === 30)).toBe(true)
    expect(after).toBe(before)
    expect((await rateLimits.take('share:198.51.100.1', limit, T0 + MINUTE)).allowed).toBe(true)
  })

  it('when one address sends 2,000 sign-in attempts for random emails, then rows stay at its free failures and refused attempts write nothing', async () => {
    LOGIN_LIMITS.perSource = { ...LOGIN_LIMITS.perSource, free: 20 }
    const statuses: string[] = []
    let afterFree = ''
    for (let i = 0; i < 2000; i++) {
      try {
        await checkLogin(opened.store, `guess-${i}@nowhere.test`, 'guess', '203.0.113.200', () => T0)
      } catch (error) {
        statuses.push((error as { code: string }).code)
      }
      if (i === 20) afterFree = await footprint()
    }
    const stored = await rows()

    // 21 failures (20 free, the 21st sets a wait) then 1,979 refusals: one row per guessed email, one for the address.
    expect(statuses.filter((s) => s === 'unauthorized')).toHaveLength(21)
    expect(statuses.filter((s) => s === 'rate_limited')).toHaveLength(1979)
    expect(stored.filter((r) => r.key.startsWith('login:203.0.113.200'))).toHaveLength(22)
    expect(await footprint()).toBe(afterFree)
  }, 120_000)

  it('when rows have expired, then the next write prunes them', async () => {
    const { rateLimits } = opened.store
    const policy = LOGIN_LIMITS.perAccountAndSource
    const later = T0 + 24 * 60 * MINUTE
    for (let i = 0; i < 50; i++) await rateLimits.fail([{ key: `login:192.0.2.9:old-${i}@agency.test`, policy }], later)
    const stale = (await rows()).filter((r) => r.key.includes('old-')).length

    await rateLimits.take('share:192.0.2.10', { limit: 60, windowMs: MINUTE }, later + policy.forgetMs + 2 * MINUTE)
    const left = (await rows()).filter((r) => r.key.includes('old-')).length

    expect(stale).toBe(50)
    expect(left).toBe(0)
  })
})
