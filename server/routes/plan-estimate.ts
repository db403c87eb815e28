import {
  DomainError,
  estimatePlan,
  type Audience,
  type EstimateResponse,
  type RateCard,
  type ReachModel,
  type Taxonomy,
} from '../../audiences/index.js'
import { HttpError } from '../http-errors.js'
import type { Store } from '../store/store.js'
import type { Scope } from '../store/store-types.js'
import type { StoredPlanLine } from './plan-schemas.js'

const DAY_MS = 86_400_000

// The flight runs from the earliest start to the latest end when every line has both dates.
function flightDaysOf(lines: readonly StoredPlanLine[]): number | undefined {
  if (!lines.every((l) => l.startDate && l.endDate)) return undefined
  const start = Math.min(...lines.map((l) => Date.parse(l.startDate!)))
  const end = Math.max(...lines.map((l) => Date.parse(l.endDate!)))
  return Math.round((end - start) / DAY_MS) + 1
}

const estimateLineOf = ({ audienceId: _a, startDate: _s, endDate: _e, ...line }: StoredPlanLine) => line

/** The plan lines' audiences, resolved with their parents; each must be a live audience of the plan's client. */
export async function audiencesOf(store: Store, scope: Scope, clientId: string, lines: readonly StoredPlanLine[]) {
  const audiences = new Map<string, Audience>()
  for (const [index, line] of lines.entries()) {
    if (audiences.has(line.audienceId)) continue
    const stored = await store.audiences.get(scope, line.audienceId)
    if (!stored) throw new HttpError('not_found', `no such audience: lines[${index}].audienceId`)
    if (stored.clientId !== clientId)
      throw new DomainError('audience_invalid', 'a plan line uses an audience of another client', [
        { path: ['lines', index, 'audienceId'], code: 'audience_other_client', message: 'not this client’s audience' },
      ])
    audiences.set(line.audienceId, (await store.audiences.resolved(scope, line.audienceId))!)
  }
  return audiences
}

/**
 * The plan's estimate: one audience → estimatePlan as is; several (one line per segment) → each line sized by its
 * own audience, reach unduplicated over the sum of the segments' populations.
 */
export function estimateLines(
  lines: readonly StoredPlanLine[],
  reachModel: ReachModel | undefined,
  audiences: ReadonlyMap<string, Audience>,
  taxonomy: Taxonomy,
  rateCards: readonly RateCard[],
): EstimateResponse {
  const flightDays = flightDaysOf(lines)
  const ids = [...new Set(lines.map((l) => l.audienceId))]
  const request = (audience: Audience | undefined, group: StoredPlanLine[]) => ({
    audience,
    reachModel,
    flightDays,
    lines: group.map(estimateLineOf),
  })
  if (ids.length === 1) return estimatePlan(request(audiences.get(ids[0]!), [...lines]), taxonomy, { rateCards })
  const sizes = new Map<StoredPlanLine, number>()
  let universe = 0
  for (const id of ids) {
    const group = lines.filter((l) => l.audienceId === id)
    const estimate = estimatePlan(request(audiences.get(id), group), taxonomy, { rateCards })
    group.forEach((line, i) => sizes.set(line, estimate.lines[i]!.audienceSize.value))
    universe += estimate.total.universe
  }
  const combined = estimatePlan(
    {
      reachModel,
      flightDays,
      universe,
      lines: lines.map((l) => ({ ...estimateLineOf(l), audienceSize: sizes.get(l) })),
    },
    taxonomy,
    { rateCards },
  )
  const note = {
    factor: 'universe',
    value: universe,
    source:
      "kohde assumption: the plan's audiences are disjoint segments; the universe is the sum of their populations",
  }
  return { ...combined, assumptions: [note, ...combined.assumptions.filter((a) => a.factor !== 'universe')] }
}
