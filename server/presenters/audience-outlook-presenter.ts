import {
  CHANNEL_IDS,
  type Audience,
  type ChannelId,
  type CompileResult,
  type FidelityItem,
  type Taxonomy,
  type Term,
} from '../../audiences/index.js'
import { formatNumber } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import { translatorOf, type Translate } from '../i18n/translate.js'
import type { CompileOutcome, SizeOutcome } from '../pages/audience-page-data.js'
import { criterionText, listOf, termText } from './audience-labels.js'
import { gradeBadge, gradeChannel } from './channel-grade.js'
import { CHANNEL_LABELS } from './plan-labels.js'

// Whose identifiers a lookup asks for (Facebook and Instagram are both Meta's).
const PLATFORM_LABEL: Record<ChannelId, string> = {
  google: 'Google Ads',
  facebook: 'Meta',
  instagram: 'Meta',
  linkedin: 'LinkedIn',
}
// A sentence names a few criteria and counts the rest: the full list is in the channel's details below.
const NAMED = 3

/** What a lost criterion asks of people: a lookup, a list upload, or accepting it is dropped or approximated. */
type Matter = 'lookup' | 'upload' | 'dropped' | 'approximated'

const stepsOf = (item: FidelityItem) => item.path.filter((step) => step !== 'parent')
const at = (value: unknown, step: string | number) =>
  typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[step] : undefined

function termAt(audience: Audience, item: FidelityItem): Term | null {
  const [head] = stepsOf(item)
  if (head !== 'include' && head !== 'exclude') return null
  const value = item.path.reduce<unknown>(at, audience)
  return typeof value === 'object' && value !== null && 'facet' in value ? (value as Term) : null
}

function matterOf(item: FidelityItem, term: Term | null): Matter | null {
  if (item.status === 'exact') return null
  if (item.status === 'approximated') return 'approximated'
  if (item.status === 'unresolved' && term?.facet === 'customerList') return 'upload'
  if (item.status === 'unresolved' && term !== null) return 'lookup'
  return 'dropped'
}

type Context = { audience: Audience; taxonomy: Taxonomy; locale: Locale; t: Translate }

function namesOf(items: readonly { item: FidelityItem; term: Term | null }[], c: Context): string {
  const names = items.map(({ item, term }) =>
    term
      ? termText(term, c.taxonomy, c.locale, c.t)
      : (criterionText(c.audience, item.path, c.taxonomy, c.locale, c.t) ?? c.t('size.otherCriterion')),
  )
  const unique = [...new Set(names)]
  const shown = unique.slice(0, NAMED)
  const rest = unique.length - shown.length
  return rest > 0 ? c.t('outlook.andMore', { names: shown.join(', '), count: rest }) : listOf(c.locale, shown, 'and')
}

/** The few sentences that matter for one channel, lookups first, each with its criteria named. */
function mattersOf(channel: ChannelId, result: CompileResult<unknown>, c: Context) {
  const byMatter = new Map<Matter, { item: FidelityItem; term: Term | null }[]>()
  for (const item of result.fidelity.items) {
    const term = termAt(c.audience, item)
    const matter = matterOf(item, term)
    if (matter !== null) byMatter.set(matter, [...(byMatter.get(matter) ?? []), { item, term }])
  }
  const order: Matter[] = ['lookup', 'upload', 'dropped', 'approximated']
  return order.flatMap((matter) => {
    const items = byMatter.get(matter)
    if (!items) return []
    const vars = { channel: CHANNEL_LABELS[channel], platform: PLATFORM_LABEL[channel], names: namesOf(items, c) }
    return [{ text: c.t(`outlook.${matter}`, vars), lookup: matter === 'lookup', platform: PLATFORM_LABEL[channel] }]
  })
}

const rounded = (locale: Locale, n: number) => formatNumber(locale, n < 100 ? Math.round(n) : Number(n.toPrecision(2)))

export type OutlookInput = {
  audience: Audience
  compiled: CompileOutcome
  sizes: SizeOutcome
  taxonomy: Taxonomy
  locale: Locale
  // Lookups run on the admin's connectors page; others are told whom to ask.
  canLookUp: boolean
  tabHref: (channel: ChannelId) => string
}

/** Per channel, what people decide on: the size it targets beside the one described, its grade and what to do. */
export function toAudienceOutlook(input: OutlookInput) {
  const t = translatorOf(input.locale)
  const c: Context = { audience: input.audience, taxonomy: input.taxonomy, locale: input.locale, t }
  const { compiled, sizes } = input
  return CHANNEL_IDS.map((channel) => {
    const result = compiled.ok ? compiled.channels[channel] : undefined
    const size = sizes.ok ? sizes.sizes[channel] : undefined
    const line = sizes.ok ? sizes.lines?.find((l) => l.channel === channel) : undefined
    const ideal = line?.idealAudienceSize?.value ?? size?.value ?? null
    const grade = gradeChannel({
      channel,
      items: result?.fidelity.items ?? null,
      policy: result?.policy ?? [],
      targeted: size?.value ?? null,
      ideal,
    })
    const matters = result ? mattersOf(channel, result, c) : []
    // The described size only where the estimate gives one apart from the targeted size and they differ.
    const described = grade.grade === 'exact' ? undefined : line?.idealAudienceSize?.value
    return {
      channel: CHANNEL_LABELS[channel],
      href: input.tabHref(channel),
      badge: { ...gradeBadge(grade, input.locale, t), reasonId: `outlook-grade-${channel}` },
      rangeText: size
        ? t('liveSize.range', { low: rounded(input.locale, size.low), high: rounded(input.locale, size.high) })
        : null,
      idealText: described === undefined ? null : t('liveSize.described', { ideal: rounded(input.locale, described) }),
      matters: matters.map((m) => ({ text: m.text, lookup: m.lookup && input.canLookUp })),
      askAdmin: matters.some((m) => m.lookup) && !input.canLookUp,
    }
  })
}

export type AudienceOutlook = ReturnType<typeof toAudienceOutlook>
