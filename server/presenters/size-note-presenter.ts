import type { Audience, ChannelId, FidelityItem, LineResult, Taxonomy } from '../../audiences/index.js'
import { formatNumber } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'
import { criterionText, gendersKey } from './audience-labels.js'
import { CHANNEL_LABELS } from './plan-labels.js'

/** What a line's size note needs: the targeted size, the described one and why they differ (docs/adr/0008). */
export type SizedLine = Pick<LineResult, 'channel' | 'audienceSize' | 'idealAudienceSize' | 'sizeReason'>

export type SizeNote = { channel: ChannelId; targeted: number; ideal: number; text: string }

// "about 1,200,000": two significant figures, as the sentence promises no more.
const about = (locale: Locale, n: number) => formatNumber(locale, n < 100 ? Math.round(n) : Number(n.toPrecision(2)))

// A criterion the audience no longer names at the item's path (a default age, all genders) by its kind.
function fallbackText(item: FidelityItem, t: Translate): string {
  const [kind, value = ''] = item.criterion.split(':')
  if (kind === 'age') return `${t('audience.kind.age')}: ${value}`
  if (kind === 'genders') return `${t('audience.kind.genders')}: ${t(gendersKey(value === 'all' ? [] : [value]))}`
  if (kind === 'presence') return `${t('audience.kind.presence')}: ${t(`summary.presence.${value}`)}`
  return t('size.otherCriterion')
}

/**
 * The sentence shown where a channel's targeted audience differs from the one described ("LinkedIn will target about
 * 1,200,000 people, not the about 44,000 you described. Because of: Group 1: CFO (unresolved)."), in the reader's
 * language; null when the line gives its own size or the channel targets the audience as described.
 */
export function sizeNoteOf(
  line: SizedLine,
  audience: Audience | null,
  taxonomy: Taxonomy,
  locale: Locale,
  t: Translate,
): SizeNote | null {
  const ideal = line.idealAudienceSize?.value
  if (ideal === undefined || !line.sizeReason) return null
  const targeted = line.audienceSize.value
  const channel = CHANNEL_LABELS[line.channel]
  const vars = { channel, targeted: about(locale, targeted), ideal: about(locale, ideal) }
  const close = Math.abs(targeted - ideal) <= 0.005 * Math.max(targeted, ideal)
  const head = targeted === 0 && ideal > 0 ? t('size.nobody', vars) : t(close ? 'size.same' : 'size.differs', vars)
  const reasons = line.sizeReason.items.map((item) => {
    // An estimate's items point into its request body (["audience", "include", 0, 0]); the audience is that body part.
    const path = item.path[0] === 'audience' ? item.path.slice(1) : item.path
    const label = (audience && criterionText(audience, path, taxonomy, locale, t)) ?? fallbackText(item, t)
    return `${label} (${t(`fidelity.${item.status}`)})`
  })
  const text = reasons.length > 0 ? `${head}. ${t('size.because', { reasons: reasons.join('; ') })}` : `${head}.`
  return { channel: line.channel, targeted, ideal, text }
}
