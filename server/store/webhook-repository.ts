import type { Db } from './tables.js'

export type AgencyWebhook = { url: string; secret: string; createdAt: string; updatedAt: string }
export type OutboxItem = {
  id: string
  agencyId: string
  payload: string
  attempts: number
  url: string
  secret: string
}

/** The agency's outgoing webhook and the outbox of deliveries (issue 17; docs/webhooks.md). */
export function webhookRepository(db: Db) {
  return {
    async get(agencyId: string): Promise<AgencyWebhook | null> {
      const row = await db
        .selectFrom('agency_webhooks')
        .selectAll()
        .where('agency_id', '=', agencyId)
        .executeTakeFirst()
      return row ? { url: row.url, secret: row.secret, createdAt: row.created_at, updatedAt: row.updated_at } : null
    },

    /** Sets the URL and a new signing secret (a new secret every time: the caller is shown it once). */
    async set(agencyId: string, url: string, secret: string): Promise<AgencyWebhook> {
      const now = new Date().toISOString()
      return db.transaction().execute(async (trx) => {
        const had = await trx
          .updateTable('agency_webhooks')
          .set({ url, secret, updated_at: now })
          .where('agency_id', '=', agencyId)
          .executeTakeFirst()
        if (had.numUpdatedRows === 0n)
          await trx
            .insertInto('agency_webhooks')
            .values({ agency_id: agencyId, url, secret, created_at: now, updated_at: now })
            .execute()
        const row = (
          await trx.selectFrom('agency_webhooks').selectAll().where('agency_id', '=', agencyId).execute()
        )[0]!
        return { url: row.url, secret: row.secret, createdAt: row.created_at, updatedAt: row.updated_at }
      })
    },

    /** Removes the webhook; deliveries not yet made are dropped with it. */
    async remove(agencyId: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const removed = await trx.deleteFrom('agency_webhooks').where('agency_id', '=', agencyId).executeTakeFirst()
        await trx
          .deleteFrom('webhook_outbox')
          .where('agency_id', '=', agencyId)
          .where('delivered_at', 'is', null)
          .execute()
        return removed.numDeletedRows > 0n
      })
    },

    /**
     * Claims up to `limit` due deliveries for `leaseMs` (one process sends each: the claim is a conditional update of
     * next_attempt_at, so two processes sharing PostgreSQL never both win the same row) and counts the attempt.
     */
    async claimDue(now: number, limit: number, leaseMs: number): Promise<OutboxItem[]> {
      const at = new Date(now).toISOString()
      const due = await db
        .selectFrom('webhook_outbox')
        .innerJoin('agency_webhooks', 'agency_webhooks.agency_id', 'webhook_outbox.agency_id')
        .select(['webhook_outbox.id', 'webhook_outbox.agency_id', 'webhook_outbox.payload', 'webhook_outbox.attempts'])
        .select(['webhook_outbox.next_attempt_at', 'agency_webhooks.url', 'agency_webhooks.secret'])
        .where('webhook_outbox.next_attempt_at', '<=', at)
        .orderBy('webhook_outbox.next_attempt_at')
        .limit(limit)
        .execute()
      const claimed: OutboxItem[] = []
      for (const row of due) {
        const won = await db
          .updateTable('webhook_outbox')
          .set({ next_attempt_at: new Date(now + leaseMs).toISOString(), attempts: row.attempts + 1 })
          .where('id', '=', row.id)
          .where('next_attempt_at', '=', row.next_attempt_at)
          .executeTakeFirst()
        if (won.numUpdatedRows === 1n)
          claimed.push({
            id: row.id,
            agencyId: row.agency_id,
            payload: row.payload,
            attempts: row.attempts + 1,
            url: row.url,
            secret: row.secret,
          })
      }
      return claimed
    },

    async delivered(id: string, now: number): Promise<void> {
      const at = new Date(now).toISOString()
      await db
        .updateTable('webhook_outbox')
        .set({ delivered_at: at, next_attempt_at: null, last_error: null })
        .where('id', '=', id)
        .execute()
    },

    /** A failed attempt: tried again at `retryAt`, or never again (null) when the attempts are used up. */
    async failed(id: string, error: string, retryAt: number | null): Promise<void> {
      const next = retryAt === null ? null : new Date(retryAt).toISOString()
      await db
        .updateTable('webhook_outbox')
        .set({ last_error: error.slice(0, 500), next_attempt_at: next })
        .where('id', '=', id)
        .execute()
    },

    /** The agency's newest deliveries, for the admin's check. */
    async recent(agencyId: string, limit: number) {
      const rows = await db
        .selectFrom('webhook_outbox')
        .select(['id', 'payload', 'attempts', 'next_attempt_at', 'delivered_at', 'last_error', 'created_at'])
        .where('agency_id', '=', agencyId)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute()
      return rows.map((r) => ({
        id: r.id,
        type: (JSON.parse(r.payload) as { type: string }).type,
        attempts: r.attempts,
        nextAttemptAt: r.next_attempt_at,
        deliveredAt: r.delivered_at,
        lastError: r.last_error,
        createdAt: r.created_at,
      }))
    },
  }
}
