import type { Db } from './tables.js'

export type LiveShareLink = {
  planId: string
  planName: string
  clientName: string
  createdAt: string
  expiresAt: string
  createdBy: string
}

/** The agency's share links that still open a plan: not revoked, not expired, on a plan and client not deleted. */
export function shareLinkRepository(db: Db) {
  return {
    async live(agencyId: string, limit = 200): Promise<LiveShareLink[]> {
      const rows = await db
        .selectFrom('share_links')
        .innerJoin('plans', 'plans.id', 'share_links.plan_id')
        .innerJoin('clients', 'clients.id', 'plans.client_id')
        .leftJoin('users', 'users.id', 'share_links.created_by')
        .select(['share_links.plan_id', 'share_links.created_at', 'share_links.expires_at'])
        .select(['plans.name as plan_name', 'clients.name as client_name', 'users.email'])
        .where('plans.agency_id', '=', agencyId)
        .where('plans.deleted_at', 'is', null)
        .where('clients.deleted_at', 'is', null)
        .where('share_links.revoked_at', 'is', null)
        .where('share_links.expires_at', '>', new Date().toISOString())
        .orderBy('share_links.created_at', 'desc')
        .limit(limit)
        .execute()
      return rows.map((r) => ({
        planId: r.plan_id,
        planName: r.plan_name,
        clientName: r.client_name,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
        createdBy: r.email ?? '—',
      }))
    },
  }
}
