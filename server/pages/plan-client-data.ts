import { resolvePlace, type Audience, type Taxonomy } from '../../audiences/index.js'
import { reachRangeOf } from '../exports/export-estimate.js'
import type { Locale } from '../i18n/locale.js'
import type { PlanComment } from '../store/plan-review-repository.js'
import type { StoredPlan } from '../store/plan-records.js'
import type { Store } from '../store/store.js'
import type { Scope } from '../store/store-types.js'
import { presentGrossPlan } from '../routes/plan-gross.js'
import type { presentPlan } from '../routes/plan-write.js'
import { isShareActor } from '../routes/share-link-access.js'
import { logoDataUrl } from './agency-logo.js'

const COMMENTS_SHOWN = 200

export type ClientPlanData = {
  plan: ReturnType<typeof presentPlan>
  clientName: string
  // Per plan line: its audience's name and places in the page's language (null name: the audience was deleted).
  audiences: { name: string | null; places: string[] }[]
  // Per plan line: reach if the audience were at the low or high end of its size band (as in the client PDF).
  reachRanges: { low: number; high: number }[]
  comments: PlanComment[]
  // The approver's email, or 'share-link' when approved through a share link; null while not approved.
  approvedBy: string | null
  // The agency that prepared the plan, and its logo as an inline image (issue 18).
  agencyName?: string | null
  logoSrc?: string | null
}

function placesOf(audience: Audience, taxonomy: Taxonomy, locale: Locale): string[] {
  return audience.geo.include.map((item) => {
    const place = resolvePlace(item, taxonomy, locale)
    return place.kind === 'invalid' ? place.code : place.label
  })
}

async function approverOf(store: Store, scope: Scope, plan: StoredPlan): Promise<string | null> {
  if (plan.approvedBy === null) return null
  // A share-link approver named themselves (issue 17); older approvals only say it came through a link.
  if (isShareActor(plan.approvedBy))
    return plan.approverName === null ? 'share-link' : `${plan.approverName} <${plan.approverEmail ?? ''}>`
  return (await store.users.get(scope.agencyId, plan.approvedBy))?.email ?? null
}

/**
 * Everything the client's view shows, read with the caller's scope (a client user's, a share link's, or an agency
 * preview's): the plan, its audiences' names and places, the reach ranges, the comments a client may see.
 */
export async function loadClientPlan(
  store: Store,
  taxonomy: Taxonomy,
  scope: Scope,
  stored: StoredPlan,
  locale: Locale,
): Promise<ClientPlanData> {
  // The client's prices: gross (ADR 0010).
  const plan = presentGrossPlan(stored)
  const client = await store.clients.get(scope, plan.clientId)
  const byId = await store.audiences.resolvedMany(
    scope,
    plan.lines.map((line) => line.audienceId),
  )
  const audiences = plan.lines.map((line) => {
    const audience = byId.get(line.audienceId)?.audience ?? null
    return audience ? { name: audience.name, places: placesOf(audience, taxonomy, locale) } : { name: null, places: [] }
  })
  const settings = { reachModel: plan.reachModel ?? undefined }
  const reachRanges = plan.estimate.lines.map((line) => reachRangeOf(line, taxonomy, settings))
  const page = await store.planReviews.comments(scope, plan.id, { limit: COMMENTS_SHOWN })
  return {
    plan,
    clientName: client?.name ?? '',
    audiences,
    reachRanges,
    // Internal notes never reach a client; an agency preview shows what the client would see.
    comments: (page?.items ?? []).filter((c) => !c.internal),
    approvedBy: await approverOf(store, scope, stored),
    agencyName: (await store.agencies.get(scope.agencyId))?.name ?? null,
    logoSrc: logoDataUrl(await store.agencies.logo(scope.agencyId)),
  }
}
