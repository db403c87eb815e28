import type { StoredAudience } from '../store/audience-records.js'
import type { StoredClient } from '../store/client-repository.js'
import type { StoredPlan } from '../store/plan-records.js'

// The plan formats a planner hands on, in the order they are most asked for; each link is the API's export route.
const PLAN_FORMATS = ['xlsx', 'csv', 'google-ads-editor', 'pdf', 'json'] as const

type Download = { href: string; labelKey: string }
export type ExportsModel = {
  plans: { name: string; clientName: string; statusKey: string; version: number; downloads: Download[] }[]
  audiences: { name: string; clientName: string; downloads: Download[] }[]
  nextHref: string | null
}

/** Downloads per plan and audience; the links go to GET /api/v1/…/export, which the session cookie opens. */
export function toExportsPage(
  clients: readonly StoredClient[],
  plans: readonly StoredPlan[],
  audiences: readonly StoredAudience[],
  nextCursor: string | null,
): ExportsModel {
  const clientName = new Map(clients.map((c) => [c.id, c.name]))
  return {
    plans: plans.map((p) => ({
      name: p.name,
      clientName: clientName.get(p.clientId) ?? '—',
      statusKey: `plan.status.${p.status}`,
      version: p.version,
      downloads: PLAN_FORMATS.map((format) => ({
        href: `/api/v1/plans/${p.id}/export?format=${format}`,
        labelKey: `exports.format.${format}`,
      })),
    })),
    audiences: audiences.map((a) => ({
      name: a.audience.name,
      clientName: clientName.get(a.clientId) ?? '—',
      downloads: [
        { href: `/api/v1/audiences/${a.id}/export?format=json`, labelKey: 'exports.format.specs' },
        {
          href: `/api/v1/audiences/${a.id}/export?format=google-ads-editor`,
          labelKey: 'exports.format.google-ads-editor',
        },
      ],
    })),
    nextHref: nextCursor ? `/exports?cursor=${encodeURIComponent(nextCursor)}` : null,
  }
}
