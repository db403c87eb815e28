import { LINKEDIN_MIN_AUDIENCE, type ChannelId, type FidelityItem, type PolicyFinding } from '../../audiences/index.js'
import { formatNumber } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'
import { CHANNEL_LABELS } from './plan-labels.js'

/** How much of the described audience a channel delivers, worst last. */
export const GRADES = ['exact', 'smallLoss', 'largeLoss', 'notDeliverable'] as const
export type Grade = (typeof GRADES)[number]

/** Why a channel got its grade; each has one sentence in server/i18n (grade.why.*). */
export type GradeWhy =
  | 'asDescribed'
  | 'criteria'
  | 'criteriaUnsized'
  | 'wider'
  | 'narrower'
  | 'nobody'
  | 'belowMinimum'
  | 'policyError'
  | 'notCompiled'

// The thresholds, in one place. A channel that targets more than twice the people described spends over half of its
// impressions outside the audience; one that targets under half of them misses over half of it. Either way the plan's
// reach and frequency describe other people than the ones agreed on, so that is a large loss; anything closer, with
// some criterion approximated or dropped, is a small one.
export const LARGE_LOSS_RATIO = 2
// Below these the platform refuses to run the campaign (LinkedIn: 300 members, audienceCounts doc).
export const MIN_AUDIENCE: Record<ChannelId, number> = {
  google: 0,
  facebook: 0,
  instagram: 0,
  linkedin: LINKEDIN_MIN_AUDIENCE,
}

export type GradeInput = {
  channel: ChannelId
  // null when the audience does not compile as stored.
  items: readonly FidelityItem[] | null
  policy: readonly PolicyFinding[]
  // People the channel's spec targets and people described; null when kohde cannot size the places.
  targeted: number | null
  ideal: number | null
}

export type ChannelGrade = {
  channel: ChannelId
  grade: Grade
  why: GradeWhy
  // Criteria the channel does not target as written.
  changed: number
  targeted: number | null
  ideal: number | null
}

function whyOf(input: GradeInput, changed: number): { grade: Grade; why: GradeWhy } {
  const { targeted, ideal } = input
  if (input.items === null) return { grade: 'notDeliverable', why: 'notCompiled' }
  if (targeted === 0) return { grade: 'notDeliverable', why: 'nobody' }
  if (input.policy.some((p) => p.severity === 'error')) return { grade: 'notDeliverable', why: 'policyError' }
  if (targeted !== null && targeted < MIN_AUDIENCE[input.channel])
    return { grade: 'notDeliverable', why: 'belowMinimum' }
  if (changed === 0) return { grade: 'exact', why: 'asDescribed' }
  if (targeted === null || ideal === null) return { grade: 'smallLoss', why: 'criteriaUnsized' }
  if (targeted > LARGE_LOSS_RATIO * ideal) return { grade: 'largeLoss', why: 'wider' }
  if (targeted * LARGE_LOSS_RATIO < ideal) return { grade: 'largeLoss', why: 'narrower' }
  return { grade: 'smallLoss', why: 'criteria' }
}

/** The channel's grade from its fidelity items, policy findings and targeted size against the described one. */
export function gradeChannel(input: GradeInput): ChannelGrade {
  const changed = (input.items ?? []).filter((item) => item.status !== 'exact').length
  return { channel: input.channel, ...whyOf(input, changed), changed, targeted: input.targeted, ideal: input.ideal }
}

// The badge colours of kohde.css (.badge.grade-*), from best to worst.
const BADGE_CLASS: Record<Grade, string> = {
  exact: 'grade-exact',
  smallLoss: 'grade-small',
  largeLoss: 'grade-large',
  notDeliverable: 'grade-none',
}

// Sentences that count criteria have a singular form ("one criterion"), as Finnish and Swedish need it too.
const ONE_FORM: ReadonlySet<GradeWhy> = new Set(['criteria', 'criteriaUnsized', 'wider'])

// "about 1,200,000": two significant figures, as size-note-presenter.ts rounds them.
const about = (locale: Locale, n: number) => formatNumber(locale, n < 100 ? Math.round(n) : Number(n.toPrecision(2)))

/** The badge as a view-model: its label, colour and the reason shown on hover and focus (and to screen readers). */
export function gradeBadge(grade: ChannelGrade, locale: Locale, t: Translate) {
  const vars = {
    channel: CHANNEL_LABELS[grade.channel],
    targeted: grade.targeted === null ? '' : about(locale, grade.targeted),
    ideal: grade.ideal === null ? '' : about(locale, grade.ideal),
    count: grade.changed,
    minimum: formatNumber(locale, MIN_AUDIENCE[grade.channel]),
  }
  return {
    channel: CHANNEL_LABELS[grade.channel],
    grade: grade.grade,
    label: t(`grade.${grade.grade}`),
    badgeClass: BADGE_CLASS[grade.grade],
    reason: t(`grade.why.${grade.why}${ONE_FORM.has(grade.why) && grade.changed === 1 ? '.one' : ''}`, vars),
  }
}

export type GradeBadge = ReturnType<typeof gradeBadge>
