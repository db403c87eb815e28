import type { Locale } from '../i18n/locale.js'
import type { StoredAudience } from '../store/audience-records.js'
import type { StoredClient } from '../store/client-repository.js'
import type { StoredPlan } from '../store/plan-records.js'

// The plan downloads in the order they are most asked for; each link is the API's export route. XLSX and PDF are
// the client's variants unless audience=internal (issue 16: a client deliverable carries no rates).
const PLAN_DOWNLOADS = [
  ['xlsx', 'xlsx'],
  ['xlsx&audience=internal', 'xlsx-internal'],
  ['csv', 'csv'],
  ['google-ads-editor', 'google-ads-editor'],
  ['pdf', 'pdf'],
  ['pdf&audience=internal', 'pdf-internal'],
  ['json', 'json'],
] as const

type Download = { href: string; labelKey: string }

/** A plan's downloads (the export route per format): the exports page lists them, the plan page offers them too. */
// The downloader's language (lang): a file downloaded from a Swedish page is Swedish (issue 18).
export const planDownloadsOf = (planId: string, locale?: Locale): Download[] =>
  PLAN_DOWNLOADS.map(([query, label]) => ({
    href: `/api/v1/plans/${planId}/export?format=${query}${locale ? `&lang=${locale}` : ''}`,
    labelKey: `exports.format.${label}`,
  }))
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
  // The page's language: the files' text follows whoever downloads them (issue 18).
  locale?: Locale,
): ExportsModel {
  const clientName = new Map(clients.map((c) => [c.id, c.name]))
  return {
    plans: plans.map((p) => ({
      name: p.name,
      clientName: clientName.get(p.clientId) ?? '—',
      statusKey: `plan.status.${p.status}`,
      version: p.version,
      downloads: planDownloadsOf(p.id, locale),
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
