import {
  DomainError,
  estimateSegmentedPlan,
  type Audience,
  type Fee,
  type PlanEstimate,
  type RateCard,
  type ReachModel,
  type Taxonomy,
} from '../../audiences/index.js'
import { HttpError } from '../http/http-errors.js'
import type { Store } from '../store/store.js'
import type { Scope } from '../store/store-types.js'
import type { StoredPlanLine } from './plan-schemas.js'

/** The plan lines' audiences, resolved with their parents; each must be a live audience of the plan's client. */
export async function audiencesOf(store: Store, scope: Scope, clientId: string, lines: readonly StoredPlanLine[]) {
  const found = await store.audiences.resolvedMany(
    scope,
    lines.map((line) => line.audienceId),
  )
  const audiences = new Map<string, Audience>()
  for (const [index, line] of lines.entries()) {
    const one = found.get(line.audienceId)
    if (!one) throw new HttpError('not_found', `no such audience: lines[${index}].audienceId`)
    if (one.stored.clientId !== clientId)
      throw new DomainError('audience_invalid', 'a plan line uses an audience of another client', [
        { path: ['lines', index, 'audienceId'], code: 'audience_other_client', message: 'not this client’s audience' },
      ])
    audiences.set(line.audienceId, one.audience)
  }
  return audiences
}

/** The plan's estimate: each line sized by its own audience (segment); see estimateSegmentedPlan. */
export function estimateLines(
  lines: readonly StoredPlanLine[],
  reachModel: ReachModel | undefined,
  audiences: ReadonlyMap<string, Audience>,
  taxonomy: Taxonomy,
  rateCards: readonly RateCard[],
  fee?: Fee,
): PlanEstimate {
  return estimateSegmentedPlan(lines, (l) => l.audienceId, audiences, taxonomy, { reachModel, rateCards, fee })
}
