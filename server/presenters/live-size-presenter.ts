import { CHANNEL_IDS, type ChannelId, type PlannedLine } from '../../audiences/index.js'
import { formatNumber } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import { translatorOf, type Translate } from '../i18n/translate.js'
import type { ChannelOutlook } from '../pages/channel-outlook.js'
import { gradesOf } from '../pages/channel-outlook.js'
import { narrowWarningOf } from './audience-form-narrow.js'
import { gradeBadge, MIN_AUDIENCE } from './channel-grade.js'
import { CHANNEL_LABELS } from './plan-labels.js'

export const BREADTHS = ['tooNarrow', 'specific', 'balanced', 'broad'] as const
export type Breadth = (typeof BREADTHS)[number]

// kohde's assumption, in one place: about 1 % and 10 % of Finland's 5.6 M people. Under 50 k a channel's learning
// and a month's flight soon show the same people the ad again and again; from 500 k the targeting narrows little.
export const SPECIFIC_BELOW = 50_000
export const BROAD_FROM = 500_000

/** Where a channel's targeted size falls on the gauge; `tooNarrow` is the editor's narrow warning (or nobody). */
export function breadthOf(targeted: number, tooNarrow: boolean): Breadth {
  if (tooNarrow || targeted === 0) return 'tooNarrow'
  if (targeted < SPECIFIC_BELOW) return 'specific'
  if (targeted < BROAD_FROM) return 'balanced'
  return 'broad'
}

/** What the gauge shows: sizes per channel, why it cannot (the form's errors, unknown places), or that it waits. */
export type LiveSizeState =
  | { kind: 'sized'; outlook: ChannelOutlook & { lines: ReadonlyMap<ChannelId, PlannedLine> } }
  | { kind: 'unknown' }
  | { kind: 'invalid'; errorCode: string }
  | { kind: 'pending' }

// Two significant figures, as the grade's reason rounds them: a range promises no more.
const rounded = (locale: Locale, n: number) => formatNumber(locale, n < 100 ? Math.round(n) : Number(n.toPrecision(2)))

function channelRow(line: PlannedLine, badge: ReturnType<typeof gradeBadge>, locale: Locale, t: Translate) {
  const format = (n: number) => formatNumber(locale, n)
  const warning = narrowWarningOf(line, t, format)
  const targeted = line.audienceSize.value
  const breadth = breadthOf(targeted, warning !== null || targeted < MIN_AUDIENCE[line.channel])
  const ideal = line.idealAudienceSize?.value ?? null
  const label = t(`liveSize.breadth.${breadth}`)
  const rangeText = t('liveSize.range', {
    low: rounded(locale, line.audienceSize.low),
    high: rounded(locale, line.audienceSize.high),
  })
  return {
    channel: CHANNEL_LABELS[line.channel],
    rangeText,
    idealText:
      ideal === null || badge.grade === 'exact' ? null : t('liveSize.described', { ideal: rounded(locale, ideal) }),
    breadth,
    breadthLabel: label,
    breadthValue: BREADTHS.indexOf(breadth) + 1,
    meterLabel: t('liveSize.meter', { channel: CHANNEL_LABELS[line.channel], level: label }),
    badge: { ...badge, reasonId: `live-grade-${line.channel}` },
    warning: warning?.text ?? null,
  }
}

/** The live size gauge's view-model (views/partials/editor-live-size.hbs); every key present. */
export function toLiveSize(state: LiveSizeState, locale: Locale) {
  const t = translatorOf(locale)
  const base = { url: '/audiences/live-size', channels: [], warnings: [], announce: '', errorCode: null }
  switch (state.kind) {
    case 'pending':
      return { ...base, state: state.kind, message: t('liveSize.pending') }
    case 'invalid':
      return { ...base, state: state.kind, message: t('liveSize.invalid'), errorCode: state.errorCode }
    case 'unknown':
      return { ...base, state: state.kind, message: t('liveSize.unknown'), errorCode: 'audience_size_unknown' }
    case 'sized': {
      const grades = gradesOf(state.outlook)
      const channels = CHANNEL_IDS.flatMap((c) => {
        const line = state.outlook.lines.get(c)
        return line ? [channelRow(line, gradeBadge(grades[c], locale, t), locale, t)] : []
      })
      const sizes = channels.map((c) => `${c.channel} ${c.rangeText}`).join(', ')
      return {
        ...base,
        state: state.kind,
        message: null,
        channels,
        warnings: channels.flatMap((c) => (c.warning === null ? [] : [c.warning])),
        announce: t('liveSize.announce', { sizes }),
      }
    }
  }
}

export type LiveSizeModel = ReturnType<typeof toLiveSize>
