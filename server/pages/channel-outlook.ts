import {
  CHANNEL_IDS,
  isDomainError,
  preparePlan,
  type Audience,
  type ChannelId,
  type PlannedLine,
  type RateCard,
  type Taxonomy,
} from '../../audiences/index.js'
import { gradeChannel, type ChannelGrade } from '../presenters/channel-grade.js'
import type { ResolvedAudience } from '../store/audience-lineage.js'
import { compileOutcome, type CompileOutcome } from './audience-page-data.js'

/**
 * What each channel will do with an audience: its compile (spec, fidelity, policy) and its planned line (the size its
 * spec targets beside the size described, docs/adr/0008), or the estimate's error code when kohde cannot size it.
 */
export type ChannelOutlook = {
  compiled: CompileOutcome
  lines: ReadonlyMap<ChannelId, PlannedLine> | null
  sizeCode: string | null
}

/** One compile and one zero-budget plan over every channel: a few milliseconds for the seed audiences. */
export function channelOutlook(
  audience: Audience,
  taxonomy: Taxonomy,
  rateCards?: readonly RateCard[],
): ChannelOutlook {
  const compiled = compileOutcome(audience, taxonomy)
  if (!compiled.ok) return { compiled, lines: null, sizeCode: compiled.code }
  try {
    const lines = CHANNEL_IDS.map((channel) => ({ channel }))
    const plan = preparePlan({ audience, lines }, taxonomy, rateCards ? { rateCards } : {})
    return { compiled, lines: new Map(plan.lines.map((l) => [l.channel, l])), sizeCode: null }
  } catch (error) {
    if (!isDomainError(error)) throw error
    return { compiled, lines: null, sizeCode: error.code }
  }
}

/** Every channel's grade from its outlook. */
export function gradesOf(outlook: ChannelOutlook): Record<ChannelId, ChannelGrade> {
  const { compiled, lines } = outlook
  const entries = CHANNEL_IDS.map((channel) => {
    const result = compiled.ok ? compiled.channels[channel] : undefined
    const line = lines?.get(channel)
    const grade = gradeChannel({
      channel,
      items: result?.fidelity.items ?? null,
      policy: result?.policy ?? [],
      targeted: line ? line.audienceSize.value : null,
      ideal: line ? (line.idealAudienceSize?.value ?? line.audienceSize.value) : null,
    })
    return [channel, grade] as const
  })
  return Object.fromEntries(entries) as Record<ChannelId, ChannelGrade>
}

// The list page grades up to 25 audiences per view; a stored version never changes and an agency's taxonomy is one
// object per mapping version, so (lineage, taxonomy) names the grades, as in fidelity-levels.ts.
const MAX_ENTRIES = 5_000
const caches = new WeakMap<Taxonomy, Map<string, Record<ChannelId, ChannelGrade>>>()

/** The grades of a stored audience as resolvedMany gave it, computed once per lineage and taxonomy. */
export function cachedGrades(resolved: ResolvedAudience, taxonomy: Taxonomy): Record<ChannelId, ChannelGrade> {
  const cache = caches.get(taxonomy) ?? new Map<string, Record<ChannelId, ChannelGrade>>()
  caches.set(taxonomy, cache)
  const hit = cache.get(resolved.lineage)
  if (hit) return hit
  const grades = gradesOf(channelOutlook(resolved.audience, taxonomy))
  cache.set(resolved.lineage, grades)
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!)
  return grades
}
