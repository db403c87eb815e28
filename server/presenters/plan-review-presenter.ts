import type { Translate } from '../i18n/translate.js'
import type { PlanEvent } from '../store/plan-event-repository.js'
import type { StoredPlan } from '../store/plan-records.js'

export type PlanReviewSource = {
  plan: StoredPlan
  // Newest first.
  events: readonly PlanEvent[]
  // What changed since the version the client sees; null when the client sees the current version (or none).
  diff: readonly string[] | null
  // The plan's line labels, for a comment that points at a line.
  labels: readonly string[]
}

/** Who an event names: a share-link visitor as they named themselves, else the user's email. */
export function whoOf(t: Translate, event: Pick<PlanEvent, 'actorName' | 'actorEmail'>): string {
  if (event.actorName && event.actorEmail)
    return t('review.viaLink', { name: `${event.actorName}, ${event.actorEmail}` })
  if (event.actorName) return t('review.viaLink', { name: event.actorName })
  return event.actorEmail ?? t('review.someone')
}

const lineRefOf = (t: Translate, line: number | null, labels: readonly string[]) =>
  line === null ? null : `${t('review.lineRef', { line: line + 1 })}: ${labels[line] ?? ''}`

/** The staff's view of the client review: the open change request, what changed since, and the activity. */
export function toPlanReview(t: Translate, source: PlanReviewSource) {
  const { plan, events, labels } = source
  const request = plan.sharedStatus === 'changes_requested' ? events.find((e) => e.kind === 'changes_requested') : null
  return {
    changesRequested: request
      ? {
          text: t('review.staffChangesRequested', { version: request.version, comment: request.comment ?? '' }),
          who: whoOf(t, request),
          at: request.at,
          lineRef: lineRefOf(t, request.line, labels),
        }
      : null,
    diff:
      source.diff === null || plan.sharedVersion === null
        ? null
        : {
            title: t('review.diffTitle', { version: plan.sharedVersion }),
            changes: source.diff,
            none: source.diff.length === 0,
          },
    activity: events.map((e) => ({
      text: t(`review.event.${e.kind}`, { who: whoOf(t, e), version: e.version }),
      at: e.at,
      comment: e.comment,
      lineRef: lineRefOf(t, e.line, labels),
      fromClient: e.fromClient,
    })),
    hasActivity: events.length > 0,
  }
}
export type PlanReviewModel = ReturnType<typeof toPlanReview>

/** The dashboard's client responses: who answered which plan, and what they said. */
export function toDashboardReview(t: Translate, events: readonly PlanEvent[]) {
  return {
    items: events.map((e) => ({
      href: `/plans/${e.planId}#review`,
      text: t(`dashboard.event.${e.kind}`, { who: whoOf(t, e), plan: e.planName, version: e.version }),
      at: e.at,
      comment: e.comment,
      changesRequested: e.kind === 'changes_requested',
    })),
    isEmpty: events.length === 0,
  }
}
