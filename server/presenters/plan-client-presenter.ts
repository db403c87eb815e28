import type { ChannelId } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import { formatDate } from '../i18n/formats.js'
import { translatorOf, type Translate } from '../i18n/translate.js'
import type { ClientPlanData } from '../pages/plan-client-data.js'
import { clientAssumptions } from '../routes/plan-client-view.js'
import { isShareActor } from '../routes/share-link-access.js'
import { CLIENT_ANSWERABLE } from '../store/plan-review-repository.js'
import { methodItems } from './plan-client-method.js'
import { toClientCharts } from './client-charts-presenter.js'
import { guidanceWarnings } from './plan-guidance-presenter.js'

const CHANNEL_NAMES: Record<ChannelId, string> = {
  google: 'Google Ads',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
}

/** Who is looking: a client user, a share-link visitor, or an agency user previewing the client's view. */
export type ClientViewer = 'client' | 'share' | 'preview'
export type CommentField = 'comment-body' | 'comment-name'
export type ClientForm = { body: string; name: string; problems: { field: CommentField; messageKey: string }[] }
export type ReviewField =
  'approve-confirm' | 'approve-name' | 'approve-email' | 'changes-comment' | 'changes-line' | 'changes-name'
// The approve and request-changes forms as posted (issue 17): what to show again, and the problems.
export type ReviewForm = {
  name: string
  email: string
  comment: string
  line: string
  problems: { field: ReviewField; messageKey: string }[]
}
export type ClientPageOptions = {
  locale: Locale
  viewer: ClientViewer
  // Where the approve and comment forms post (the signed-in client's page or the share link).
  action: string
  form: ClientForm
  notice: 'approved' | 'commented' | 'requested' | null
  review?: ReviewForm
  // The client PDF in the page's language (issue 18).
  pdfHref?: string | null
}

const EMPTY_FORM: ClientForm = { body: '', name: '', problems: [] }
export const emptyClientForm = (): ClientForm => ({ ...EMPTY_FORM, problems: [] })
export const emptyReviewForm = (): ReviewForm => ({ name: '', email: '', comment: '', line: '', problems: [] })

// Ends of a range; equal ends show as one figure.
const range = (low: number, high: number, central: number) => {
  const lo = Math.min(low, central)
  const hi = Math.max(high, central)
  return { low: lo, high: hi, isRange: Math.round(lo) !== Math.round(hi) }
}

function flightOf(t: Translate, locale: Locale, start: string | undefined, end: string | undefined): string {
  const date = (iso: string) => formatDate(locale, iso)
  if (start && end) return t('client.flight', { start: date(start), end: date(end) })
  if (start) return t('client.flightFrom', { start: date(start) })
  if (end) return t('client.flightUntil', { end: date(end) })
  return t('client.flightUnset')
}

const NOTICE_KEYS = {
  approved: 'client.approvedNotice',
  commented: 'client.commentedNotice',
  requested: 'review.requestedNotice',
} as const

const fieldOf = (form: ReviewForm, field: ReviewField) =>
  form.problems.find((p) => p.field === field)?.messageKey ?? null

// The review forms' values and errors; the line list names each line as the page's table does.
function toReviewForm(t: Translate, form: ReviewForm, lines: readonly { channel: string; audience: string }[]) {
  return {
    name: form.name,
    email: form.email,
    comment: form.comment,
    lineOptions: [
      { value: '', label: t('review.wholePlan'), selected: form.line === '' },
      ...lines.map((l, i) => ({
        value: String(i),
        label: `${i + 1}. ${l.channel} · ${l.audience}`,
        selected: form.line === String(i),
      })),
    ],
    confirmError: fieldOf(form, 'approve-confirm'),
    nameError: fieldOf(form, 'approve-name'),
    emailError: fieldOf(form, 'approve-email'),
    commentError: fieldOf(form, 'changes-comment'),
    lineError: fieldOf(form, 'changes-line'),
    changesNameError: fieldOf(form, 'changes-name'),
  }
}

/** The client's view of a plan: what is bought, where, for how much, the expected results and how we estimated. */
export function toClientPlanPage(data: ClientPlanData, options: ClientPageOptions) {
  const t = translatorOf(options.locale)
  const { plan } = data
  const est = plan.estimate
  const lines = plan.lines.map((line, i) => {
    const r = est.lines[i]!
    const reach = data.reachRanges[i] ?? { low: r.reach, high: r.reach }
    // Impressions are fixed by the budget and the rate, so frequency moves inversely with reach.
    const freqLow = reach.high > 0 ? r.impressions / reach.high : r.frequency
    const freqHigh = reach.low > 0 ? r.impressions / reach.low : r.frequency
    const audience = data.audiences[i] ?? { name: null, places: [] }
    return {
      channel: CHANNEL_NAMES[line.channel],
      audience: audience.name ?? t('client.audienceGone'),
      places: audience.places.length > 0 ? audience.places.join(', ') : t('client.placesUnknown'),
      flight: flightOf(t, options.locale, line.startDate, line.endDate),
      budget: line.budget,
      impressions: r.impressions,
      reach: r.reach,
      reachRange: range(reach.low, reach.high, r.reach),
      frequency: r.frequency,
      frequencyRange: { ...range(freqLow, freqHigh, r.frequency), isRange: freqHigh - freqLow >= 0.05 },
      clicks: r.clicks,
    }
  })
  const approved = plan.status === 'approved' && plan.approvedAt !== null
  const review = options.review ?? emptyReviewForm()
  const problems = [...options.form.problems, ...review.problems]
  const viaLink = approved && (data.approvedBy === 'share-link' || isShareActor(plan.approvedBy))
  const canComment = options.viewer !== 'preview'
  const fieldError = (field: CommentField) => options.form.problems.find((p) => p.field === field)?.messageKey ?? null
  return {
    planName: plan.name,
    clientName: data.clientName,
    version: plan.version,
    statusKey: `plan.status.${plan.status}`,
    statusClass: plan.status,
    isPreview: options.viewer === 'preview',
    isShare: options.viewer === 'share',
    lines,
    total: {
      budget: est.total.budget,
      reach: est.total.reach,
      frequency: est.total.frequency,
      clicks: est.total.clicks,
      impressions: est.total.impressions,
    },
    charts: toClientCharts(t, options.locale, lines, est.total),
    agencyName: data.agencyName ?? null,
    logoSrc: data.logoSrc ?? null,
    pdfHref: options.pdfHref ?? null,
    method: methodItems(t, clientAssumptions(est.assumptions), options.locale),
    guidance: guidanceWarnings(
      t,
      options.locale,
      est,
      lines.map((l) => `${l.channel} · ${l.audience}`),
    ),
    approval: approved
      ? {
          viaLink,
          by: viaLink ? null : (data.approvedBy ?? '—'),
          at: plan.approvedAt!,
          // A share-link approver named themselves (issue 17).
          named: viaLink && plan.approver?.name ? { name: plan.approver.name, email: plan.approver.email ?? '' } : null,
        }
      : null,
    canApprove: !approved && CLIENT_ANSWERABLE.includes(plan.status) && options.viewer !== 'preview',
    changesRequested: plan.status === 'changes_requested',
    changesAction: `${options.action}/request-changes`,
    review: toReviewForm(t, review, lines),
    awaitingShare: plan.status === 'draft',
    approveAction: `${options.action}/approve`,
    commentAction: `${options.action}/comments`,
    comments: data.comments.map((c) => ({
      author: isShareActor(c.authorId) ? t('client.viaLink', { name: c.authorEmail }) : c.authorEmail,
      at: c.createdAt,
      body: c.body,
      lineRef: c.line === null ? null : t('review.lineRef', { line: c.line + 1 }),
    })),
    canComment,
    askName: options.viewer === 'share',
    form: {
      body: options.form.body,
      name: options.form.name,
      bodyError: fieldError('comment-body'),
      nameError: fieldError('comment-name'),
    },
    errorSummary: problems.map((p) => ({ href: `#${p.field}`, messageKey: p.messageKey })),
    hasErrors: problems.length > 0,
    errorCode: problems.length > 0 ? 'request_invalid' : null,
    noticeKey: options.notice === null ? null : NOTICE_KEYS[options.notice],
  }
}
export type ClientPlanPageModel = ReturnType<typeof toClientPlanPage>
