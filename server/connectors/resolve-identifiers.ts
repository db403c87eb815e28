import { type ChannelMapping, type MappingOverride, type Platform, type TaxonomyParts } from '../../audiences/index.js'
import type { Connectors } from './connectors.js'
import { isoDate, type LookupCandidate } from './live-result.js'
import { chooseCandidate } from './candidate-choice.js'
import { planLookup, type LookupPlan, type TaxonomyItem } from './lookup-plan.js'
import type { MappingStore } from './mapping-store.js'
import { PlatformError } from './platform-error.js'

type Subject = { key: string; platform: Platform; target: string; query: string }
export type ResolveItem = Subject &
  (
    | { status: 'resolved'; mapping: ChannelMapping; candidate: LookupCandidate }
    | { status: 'conflict'; existing: ChannelMapping; candidate: LookupCandidate }
    | { status: 'unchanged'; existing: ChannelMapping }
    | { status: 'kept'; existing: ChannelMapping }
    | { status: 'ambiguous'; candidates: LookupCandidate[] }
    | { status: 'not_found' }
    | { status: 'not_deliverable'; candidate: LookupCandidate; deliveryStatus: string }
    | { status: 'manual'; instruction: string }
    | { status: 'platform_off' }
  )

export type ResolveOptions = {
  parts: TaxonomyParts
  connectors: Connectors
  store: MappingStore
  clock: () => Date
  platforms?: readonly Platform[]
  keyPrefix?: string
  limit?: number
  recheck?: boolean
  dryRun?: boolean
}

export type ResolveResult = {
  date: string
  items: ResolveItem[]
  overrides: MappingOverride[]
  written: boolean
  remaining: number
}

export class ResolveAbortedError extends Error {
  override readonly name = 'ResolveAbortedError'
  constructor(
    readonly failure: PlatformError,
    readonly at: Subject,
    readonly lookedUp: number,
  ) {
    super(`Stopped at ${at.key} on ${at.platform}: ${failure.message} Nothing was written.`)
  }
}

const PLATFORMS = ['google', 'meta', 'linkedin'] as const
// Meta retires detailed-targeting options; targetingoptionstatus says whether one still delivers (platforms.md §2.4).
const META_STATUS_TARGETS = new Set([
  'interests',
  'behaviors',
  'work_positions',
  'industries',
  'family_statuses',
  'life_events',
])

function itemsOf(parts: TaxonomyParts): TaxonomyItem[] {
  return [
    ...parts.terms.map((entry) => ({ kind: 'term' as const, entry })),
    ...parts.geo.map((entry) => ({ kind: 'geo' as const, entry })),
    ...parts.languages.map((entry) => ({ kind: 'language' as const, entry })),
  ]
}

async function lookup(
  connectors: Connectors,
  plan: Extract<LookupPlan, { request: unknown }>,
): Promise<LookupCandidate[] | undefined> {
  switch (plan.platform) {
    case 'google':
      return connectors.google?.lookup(plan.request)
    case 'meta':
      return connectors.meta?.lookup(plan.request)
    case 'linkedin':
      return connectors.linkedin?.lookup(plan.request)
  }
}

// A live answer is its own source: the account asked, the day, confidence "live"; no candidates remain to confirm.
const liveMapping = (
  { candidates: _confirmed, ...base }: ChannelMapping,
  candidate: LookupCandidate,
): ChannelMapping => ({
  ...base,
  id: candidate.id,
  name: candidate.name,
  source: `live ${candidate.source.platform} ${candidate.source.account}`,
  confirmed: candidate.source.date,
  confidence: 'live',
  copied: candidate.source.date,
})

// Connectors throw only PlatformErrors; anything else is a kohde bug and propagates as it is.
async function abortOnFailure<T>(at: Subject, lookedUp: number, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof PlatformError) throw new ResolveAbortedError(error, at, lookedUp)
    throw error
  }
}

// Looks up every unresolved identifier, then stores the answers in one write; a failure anywhere writes nothing.
export async function resolveIdentifiers(options: ResolveOptions): Promise<ResolveResult> {
  const date = isoDate(options.clock())
  const stored = new Map((await options.store.list()).map((o) => [`${o.key}|${o.platform}`, o.mapping]))
  const items: ResolveItem[] = []
  let lookedUp = 0
  let remaining = 0
  for (const item of itemsOf(options.parts)) {
    if (options.keyPrefix && !item.entry.key.startsWith(options.keyPrefix)) continue
    for (const platform of options.platforms ?? PLATFORMS) {
      const mapping = item.entry.channels[platform]
      const plan = mapping && planLookup(item, platform, mapping)
      if (!mapping || !plan) continue
      const subject = {
        key: item.entry.key,
        platform,
        target: mapping.target,
        query: mapping.fallback?.kind === 'lookup' ? mapping.fallback.query : '',
      }
      const existing = stored.get(`${subject.key}|${platform}`)
      if ('manual' in plan) {
        items.push({ ...subject, status: 'manual', instruction: plan.manual })
        continue
      }
      if (existing?.id && !options.recheck) {
        items.push({ ...subject, status: 'kept', existing })
        continue
      }
      if (lookedUp >= (options.limit ?? Number.POSITIVE_INFINITY)) {
        remaining += 1
        continue
      }
      const candidates = await abortOnFailure(subject, lookedUp, () => lookup(options.connectors, plan))
      if (candidates === undefined) {
        items.push({ ...subject, status: 'platform_off' })
        continue
      }
      lookedUp += 1
      const choice = chooseCandidate(plan, candidates)
      if (choice.status !== 'found') {
        items.push({ ...subject, ...choice })
      } else if (existing?.id) {
        items.push(
          existing.id === choice.candidate.id
            ? { ...subject, status: 'unchanged', existing }
            : { ...subject, status: 'conflict', existing, candidate: choice.candidate },
        )
      } else {
        items.push({
          ...subject,
          status: 'resolved',
          mapping: liveMapping(mapping, choice.candidate),
          candidate: choice.candidate,
        })
      }
    }
  }
  const firstMeta = items.find((i) => i.status === 'resolved' && i.platform === 'meta')
  const checked = firstMeta
    ? await abortOnFailure(firstMeta, lookedUp, () => checkMetaDelivery(options.connectors, items))
    : items
  const overrides = checked.flatMap((i) =>
    i.status === 'resolved' ? [{ key: i.key, platform: i.platform, mapping: i.mapping }] : [],
  )
  const write = !options.dryRun && overrides.length > 0
  if (write) await options.store.saveAll(overrides)
  return { date, items: checked, overrides, written: write, remaining }
}

async function checkMetaDelivery(connectors: Connectors, items: ResolveItem[]): Promise<ResolveItem[]> {
  const ids = items.flatMap((i) =>
    i.status === 'resolved' && i.platform === 'meta' && META_STATUS_TARGETS.has(i.target) ? [i.candidate.id] : [],
  )
  if (ids.length === 0 || !connectors.meta) return items
  const statuses = await connectors.meta.optionStatus(ids)
  return items.map((i) => {
    if (i.status !== 'resolved' || !ids.includes(i.candidate.id)) return i
    const status = statuses.get(i.candidate.id)
    if (status === 'NORMAL') return i
    const { mapping: _notStored, ...subject } = i
    return { ...subject, status: 'not_deliverable', deliveryStatus: status ?? 'UNKNOWN' }
  })
}
