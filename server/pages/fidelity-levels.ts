import { CHANNEL_IDS, type Audience, type ChannelId, type FidelityLevel, type Taxonomy } from '../../audiences/index.js'
import type { ResolvedAudience } from '../store/audience-lineage.js'
import { compileOutcome, worstLevel } from './audience-page-data.js'

/** Each channel's fidelity level, or null when the audience no longer compiles (it then counts as lossy). */
export type FidelityLevels = Record<ChannelId, FidelityLevel> | null

// Compiling an audience for its levels costs about a millisecond: a list page shows 25 and a fidelity filter judges
// up to 1,000 (bench/scale.ts). A stored version never changes and an agency's taxonomy is one object per mapping
// version, so (lineage, taxonomy) names the levels; the most recently used are kept.
const MAX_ENTRIES = 20_000
const caches = new WeakMap<Taxonomy, Map<string, FidelityLevels>>()

function levelsOf(audience: Audience, taxonomy: Taxonomy): FidelityLevels {
  const outcome = compileOutcome(audience, taxonomy)
  if (!outcome.ok) return null
  return Object.fromEntries(CHANNEL_IDS.map((c) => [c, worstLevel(outcome, [c])])) as Record<ChannelId, FidelityLevel>
}

/** The levels of a stored audience as resolvedMany gave it, compiled once per lineage and taxonomy. */
export function fidelityLevels(resolved: ResolvedAudience, taxonomy: Taxonomy): FidelityLevels {
  const cache = caches.get(taxonomy) ?? new Map<string, FidelityLevels>()
  caches.set(taxonomy, cache)
  const key = resolved.lineage
  if (cache.has(key)) {
    const levels = cache.get(key)!
    cache.delete(key)
    cache.set(key, levels)
    return levels
  }
  const levels = levelsOf(resolved.audience, taxonomy)
  cache.set(key, levels)
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!)
  return levels
}

const RANK: Record<FidelityLevel, number> = { exact: 0, approximate: 1, lossy: 2 }

/** The weakest level over the channels, as worstLevel reads a compile. */
export function worstOf(levels: FidelityLevels, channels: readonly ChannelId[]): FidelityLevel {
  if (levels === null) return 'lossy'
  return channels.reduce<FidelityLevel>((worst, c) => (RANK[levels[c]] > RANK[worst] ? levels[c] : worst), 'exact')
}
