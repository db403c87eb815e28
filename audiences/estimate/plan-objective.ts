import type { AllocationProblem } from './budget-allocation.js'
import type { Objective } from './estimate-schema.js'
import { lineClicks, lineReach } from './line-delivery.js'
import type { PlannedLine } from './plan-context.js'

const MAX_SHARE = 1 - 1e-15

/** Each platform pool's people: the largest audience among its lines. */
export function poolSizes(lines: readonly Pick<PlannedLine, 'pool' | 'setup'>[]): Map<string, number> {
  const sizes = new Map<string, number>()
  for (const l of lines) sizes.set(l.pool, Math.max(sizes.get(l.pool) ?? 0, l.setup.pool))
  return sizes
}

/**
 * The allocator's objective. Clicks add up by line. Reach is the pooled Sainsbury total (cross-channel-reach.ts):
 * within a pool of P people Σ −ln(1 − rᵢ/P) adds up by line, and the pool's share of the universe U is
 * −ln(1 − (P/U)(1 − e^(−S))) of that sum S; maximising their sum over pools maximises the total reach.
 */
export function lineObjective(
  lines: readonly PlannedLine[],
  universe: number,
  objective: Objective,
): Pick<AllocationProblem, 'value' | 'groups'> {
  if (objective === 'clicks') return { value: (i, cents) => lineClicks(lines[i]!.setup, cents / 100) }
  if (universe <= 0) return { value: () => 0 }
  const sizes = poolSizes(lines)
  const keys = [...sizes.keys()]
  const poolOf = lines.map((l) => sizes.get(l.pool)!)
  const share = keys.map((k) => Math.min(1, sizes.get(k)! / universe))
  return {
    value: (i, cents) => {
      const size = poolOf[i]!
      return size > 0 ? -Math.log1p(-Math.min(MAX_SHARE, lineReach(lines[i]!.setup, cents / 100) / size)) : 0
    },
    groups: {
      of: lines.map((l) => keys.indexOf(l.pool)),
      combine: (g, sum) => -Math.log1p(-Math.min(MAX_SHARE, share[g]! * -Math.expm1(-sum))),
    },
  }
}
