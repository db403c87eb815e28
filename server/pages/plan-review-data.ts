import type { Translate } from '../i18n/translate.js'
import type { Locale } from '../i18n/locale.js'
import { CHANNEL_LABELS } from '../presenters/plan-labels.js'
import { toPlanDiff, type PlanDefinition } from '../presenters/plan-diff-presenter.js'
import { toPlanReview } from '../presenters/plan-review-presenter.js'
import type { StoredPlanLine } from '../routes/plan-schemas.js'
import type { StoredPlan } from '../store/plan-records.js'
import type { Store } from '../store/store.js'
import type { Scope } from '../store/store-types.js'
import { audienceNamesOf } from './plan-loading.js'

const EVENTS_SHOWN = 30

/** The plan page's review section: the open change request, the diff against the client's version, the activity. */
export async function planReviewOf(
  store: Store,
  scope: Scope,
  plan: StoredPlan,
  t: Translate,
  locale: Locale,
  labels: readonly string[],
) {
  const events = await store.planEvents.forPlan(scope, plan.id, { limit: EVENTS_SHOWN })
  let diff: string[] | null = null
  if (plan.sharedVersion !== null && plan.sharedVersion !== plan.version) {
    const seen = await store.planEvents.version(scope, plan.id, plan.sharedVersion)
    if (seen) {
      const before: PlanDefinition = { name: seen.name, lines: (seen.content as { lines: StoredPlanLine[] }).lines }
      const after: PlanDefinition = { name: plan.name, lines: (plan.content as { lines: StoredPlanLine[] }).lines }
      const ids = [...before.lines, ...after.lines].map((l) => l.audienceId)
      const names = await audienceNamesOf(store, scope, ids)
      const label = (l: StoredPlanLine) => `${CHANNEL_LABELS[l.channel]} · ${names.get(l.audienceId) ?? '—'}`
      diff = toPlanDiff(t, locale, before, after, label)
    }
  }
  return toPlanReview(t, { plan, events: events.items, diff, labels })
}
