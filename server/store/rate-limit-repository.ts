import { sql } from 'kysely'
import type { Db } from './tables.js'

export type RateLimit = { limit: number; windowMs: number }

/**
 * Fixed-window counters in the database, so every server process counts against the same limit. One atomic upsert
 * per hit: a window that has run out starts again at 1.
 */
export function rateLimitRepository(db: Db) {
  return {
    async hit(key: string, { limit, windowMs }: RateLimit): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
      const now = Date.now()
      const at = new Date(now).toISOString()
      const expired = new Date(now - windowMs).toISOString()
      const row = await db
        .insertInto('rate_limits')
        .values({ key, window_start: at, count: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql<number>`case when rate_limits.window_start <= ${expired} then 1 else rate_limits.count + 1 end`,
            window_start: sql<string>`case when rate_limits.window_start <= ${expired} then ${at} else rate_limits.window_start end`,
          }),
        )
        .returning(['count', 'window_start'])
        .executeTakeFirstOrThrow()
      const resetsAt = Date.parse(row.window_start) + windowMs
      return { allowed: row.count <= limit, retryAfterSeconds: Math.max(1, Math.ceil((resetsAt - now) / 1000)) }
    },
  }
}
