import { CHANNEL_IDS, type ChannelId } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import { translatorOf } from '../i18n/translate.js'
import type { StoredAudience } from '../store/audience-records.js'
import { gradeBadge, type ChannelGrade, type GradeBadge } from './channel-grade.js'

export const FIDELITY_FILTERS = ['exact', 'approximate', 'lossy'] as const
export type FidelityFilter = (typeof FIDELITY_FILTERS)[number]

/** The list's filters as parsed from the query; empty strings are "any". */
export type AudienceFilters = {
  q: string
  clientId: string
  tag: string
  channel: ChannelId | ''
  fidelity: FidelityFilter | ''
}

export type AudienceListRow = {
  stored: StoredAudience
  clientName: string
  // Per channel, or null when the audience no longer compiles.
  grades: Record<ChannelId, ChannelGrade> | null
}

type Option = { value: string; label: string | null; labelKey: string | null; selected: boolean }

export type AudienceListModel = {
  filters: { q: string; tag: string; clients: Option[]; channels: Option[]; fidelity: Option[] }
  hasFilters: boolean
  rows: {
    href: string
    name: string
    clientName: string
    tags: string
    version: number
    updatedAt: string
    badges: (GradeBadge & { reasonId: string })[]
    invalid: boolean
  }[]
  isEmpty: boolean
  nextHref: string | null
  firstHref: string | null
  scanLimit: number | null
  canCreate: boolean
}

/** /audiences with the filters (and a cursor) as its query, leaving out the empty ones. */
export function audienceListHref(filters: AudienceFilters, cursor: string | null = null): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) if (value !== '') params.set(key, value)
  if (cursor !== null) params.set('cursor', cursor)
  const query = params.toString()
  return query === '' ? '/audiences' : `/audiences?${query}`
}

const option = (value: string, selected: string, label: string | null, labelKey: string | null): Option => ({
  value,
  label,
  labelKey,
  selected: value === selected,
})

/** The audiences list page: the filter form as submitted, one row per audience with its channels' fidelity. */
export function toAudienceList(input: {
  filters: AudienceFilters
  clients: readonly { id: string; name: string }[]
  rows: readonly AudienceListRow[]
  nextCursor: string | null
  isFirstPage: boolean
  scanLimit: number | null
  canCreate: boolean
  locale: Locale
}): AudienceListModel {
  const { filters } = input
  const t = translatorOf(input.locale)
  return {
    filters: {
      q: filters.q,
      tag: filters.tag,
      clients: [
        option('', filters.clientId, null, 'audience.list.anyClient'),
        ...input.clients.map((c) => option(c.id, filters.clientId, c.name, null)),
      ],
      channels: [
        option('', filters.channel, null, 'audience.list.anyChannel'),
        ...CHANNEL_IDS.map((c) => option(c, filters.channel, null, `audience.channel.${c}`)),
      ],
      fidelity: [
        option('', filters.fidelity, null, 'audience.list.fidelity.any'),
        ...FIDELITY_FILTERS.map((f) => option(f, filters.fidelity, null, `audience.list.fidelity.${f}`)),
      ],
    },
    hasFilters: Object.values(filters).some((v) => v !== ''),
    rows: input.rows.map(({ stored, clientName, grades }) => ({
      href: `/audiences/${stored.id}`,
      name: stored.audience.name,
      clientName,
      tags: stored.audience.tags.join(', '),
      version: stored.version,
      updatedAt: stored.updatedAt,
      badges: grades
        ? CHANNEL_IDS.map((c) => ({ ...gradeBadge(grades[c], input.locale, t), reasonId: `grade-${stored.id}-${c}` }))
        : [],
      invalid: grades === null,
    })),
    isEmpty: input.rows.length === 0,
    nextHref: input.nextCursor === null ? null : audienceListHref(filters, input.nextCursor),
    firstHref: input.isFirstPage ? null : audienceListHref(filters),
    scanLimit: input.scanLimit,
    canCreate: input.canCreate,
  }
}
