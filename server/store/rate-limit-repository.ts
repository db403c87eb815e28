import { sql } from 'kysely'
import type { Db } from './tables.js'

/** At most `limit` requests per fixed window of `windowMs`. */
export type RateLimit = { limit: number; windowMs: number }
/**
 * Failures under one key: the first `free` cost nothing; each one after makes the next attempt wait, twice as long as
 * the one before (`baseDelayMs`, 2×, 4× … up to `maxDelayMs`). No lock: after the wait an attempt goes through. The
 * count is forgotten `forgetMs` after the last wait ends.
 */
export type FailurePolicy = { free: number; baseDelayMs: number; maxDelayMs: number; forgetMs: number }
export type Taken = { allowed: true } | { allowed: false; retryAfterSeconds: number }

const PRUNE_EVERY_MS = 60_000
const iso = (ms: number) => new Date(ms).toISOString()
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

export const failureDelayMs = (failures: number, policy: FailurePolicy): number =>
  failures <= policy.free ? 0 : Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - policy.free - 1))

/**
 * Counters in the database, so every server process counts against the same limits. A refused request writes
 * nothing (one read, or an upsert whose condition fails); rows carry expires_at and writes prune expired rows at most
 * once a minute per process, so the table holds only what is still counting.
 */
export function rateLimitRepository(db: Db) {
  let prunedAt = Number.NEGATIVE_INFINITY
  async function prune(now: number): Promise<void> {
    if (now >= prunedAt && now - prunedAt < PRUNE_EVERY_MS) return
    prunedAt = now
    await db.deleteFrom('rate_limits').where('expires_at', '<=', iso(now)).execute()
  }

  return {
    /** Counts one request against the key's window when the window has room; a refused request changes nothing. */
    async take(key: string, { limit, windowMs }: RateLimit, now = Date.now()): Promise<Taken> {
      const at = iso(now)
      const expired = iso(now - windowMs)
      const fresh = sql<boolean>`rate_limits.window_start <= ${expired}`
      const counted = await db
        .insertInto('rate_limits')
        .values({ key, count: 1, window_start: at, blocked_until: null, expires_at: iso(now + windowMs) })
        .onConflict((oc) =>
          oc
            .column('key')
            .doUpdateSet({
              count: sql<number>`case when ${fresh} then 1 else rate_limits.count + 1 end`,
              window_start: sql<string>`case when ${fresh} then ${at} else rate_limits.window_start end`,
              expires_at: sql<string>`case when ${fresh} then ${iso(now + windowMs)} else rate_limits.expires_at end`,
            })
            .where(sql<boolean>`${fresh} or rate_limits.count < ${limit}`),
        )
        .returning('count')
        .executeTakeFirst()
      if (counted) {
        await prune(now)
        return { allowed: true }
      }
      const row = await db.selectFrom('rate_limits').select('window_start').where('key', '=', key).executeTakeFirst()
      return { allowed: false, retryAfterSeconds: seconds((row ? Date.parse(row.window_start) : now) + windowMs - now) }
    },

    /** Seconds until every one of the keys lets an attempt through; 0 when none holds it back. Only reads. */
    async waitSeconds(keys: readonly string[], now = Date.now()): Promise<number> {
      const rows = await db
        .selectFrom('rate_limits')
        .select('blocked_until')
        .where('key', 'in', keys)
        .where('blocked_until', '>', iso(now))
        .execute()
      const until = Math.max(now, ...rows.map((r) => Date.parse(r.blocked_until!)))
      return until > now ? seconds(until - now) : 0
    },

    /**
     * Records one failure under each key, in one transaction (one disk sync per failed attempt); returns how long the
     * next attempt must now wait under each (ms, 0 for none).
     */
    async fail(failures: readonly { key: string; policy: FailurePolicy }[], now = Date.now()): Promise<number[]> {
      const at = iso(now)
      const forgotten = sql<boolean>`rate_limits.expires_at <= ${at}`
      const delays = await db.transaction().execute(async (trx) => {
        const waits: number[] = []
        for (const { key, policy } of failures) {
          const row = await trx
            .insertInto('rate_limits')
            .values({ key, count: 1, window_start: at, blocked_until: null, expires_at: iso(now + policy.forgetMs) })
            .onConflict((oc) =>
              oc.column('key').doUpdateSet({
                count: sql<number>`case when ${forgotten} then 1 else rate_limits.count + 1 end`,
                window_start: sql<string>`case when ${forgotten} then ${at} else rate_limits.window_start end`,
                expires_at: iso(now + policy.forgetMs),
              }),
            )
            .returning('count')
            .executeTakeFirstOrThrow()
          const delay = failureDelayMs(Number(row.count), policy)
          if (delay > 0)
            await trx
              .updateTable('rate_limits')
              .set({ blocked_until: iso(now + delay), expires_at: iso(now + delay + policy.forgetMs) })
              .where('key', '=', key)
              .execute()
          waits.push(delay)
        }
        return waits
      })
      await prune(now)
      return delays
    },

    /** Forgets the key's failures (a correct password from that source). */
    async clear(key: string): Promise<void> {
      await db.deleteFrom('rate_limits').where('key', '=', key).execute()
    },
  }
}
