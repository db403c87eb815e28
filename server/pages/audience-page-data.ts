import {
  CHANNEL_IDS,
  compileAudience,
  estimateSizedPlan,
  isDomainError,
  type Audience,
  type ChannelId,
  type CompiledChannels,
  type FidelityLevel,
  type Taxonomy,
} from '../../audiences/index.js'
import { agencyTaxonomy } from '../connectors/connections.js'
import type { AppDeps } from '../routes/route-table.js'
import type { Store } from '../store/store.js'
import type { StoredAudience } from '../store/audience-records.js'
import type { Scope } from '../store/store-types.js'
import type { SizedLine } from '../presenters/size-note-presenter.js'

/** A compile of every channel, or why the audience cannot be compiled as stored (the API's 422). */
export type CompileOutcome = { ok: true; channels: CompiledChannels } | { ok: false; code: string; message: string }

export type SizeBand = { value: number; low: number; high: number }
/** People each channel can reach, or the estimate's error code (no population data for the places, …). */
export type SizeOutcome =
  { ok: true; sizes: Record<ChannelId, SizeBand>; lines?: readonly SizedLine[] } | { ok: false; code: string }

/** The taxonomy the API's audience routes compile with: the agency's resolved identifiers over the shipped one. */
export const taxonomyFor = (deps: AppDeps, agencyId: string): Promise<Taxonomy> => agencyTaxonomy(deps, agencyId)

/** compileAudience as GET /api/v1/audiences/:id/compile runs it; an invalid audience is data here, not a page error. */
export function compileOutcome(
  audience: Audience,
  taxonomy: Taxonomy,
  channels: readonly ChannelId[] = CHANNEL_IDS,
): CompileOutcome {
  try {
    return { ok: true, channels: compileAudience(audience, taxonomy, channels) }
  } catch (error) {
    if (!isDomainError(error)) throw error
    return { ok: false, code: error.code, message: error.message }
  }
}

/** The audience sizes of POST /api/v1/audiences/:id/estimate: one zero-budget line per channel. */
export async function sizeOutcome(store: Store, agencyId: string, audience: Audience, taxonomy: Taxonomy) {
  const rateCards = await store.rateCards.all(agencyId)
  try {
    const lines = CHANNEL_IDS.map((channel) => ({ channel, budget: 0 }))
    const estimate = estimateSizedPlan({ audience, lines }, taxonomy, { rateCards })
    const sizes = Object.fromEntries(estimate.lines.map((l) => [l.channel, l.audienceSize]))
    return { ok: true, sizes: sizes as Record<ChannelId, SizeBand>, lines: estimate.lines } satisfies SizeOutcome
  } catch (error) {
    if (!isDomainError(error)) throw error
    return { ok: false, code: error.code } satisfies SizeOutcome
  }
}

const RANK: Record<FidelityLevel, number> = { exact: 0, approximate: 1, lossy: 2 }

/** The weakest fidelity level over the channels; an audience that no longer compiles counts as lossy. */
export function worstLevel(outcome: CompileOutcome, channels: readonly ChannelId[]): FidelityLevel {
  if (!outcome.ok) return 'lossy'
  let worst: FidelityLevel = 'exact'
  for (const channel of channels) {
    const level = outcome.channels[channel]?.fidelity.level ?? 'lossy'
    if (RANK[level] > RANK[worst]) worst = level
  }
  return worst
}

export const atLeast = (level: FidelityLevel, floor: FidelityLevel) => RANK[level] >= RANK[floor]

/** The stored audience with its parents inlined, as the API compiles it; one query when it has no parent. */
export async function resolvedOf(store: Store, scope: Scope, stored: StoredAudience): Promise<Audience> {
  if (stored.parentId === null) return stored.audience
  return (await store.audiences.resolved(scope, stored.id)) ?? stored.audience
}
