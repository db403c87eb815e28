import type { Objective } from './estimate-schema.js'
import { lineClicks, lineReach } from './line-delivery.js'
import type { PlannedLine } from './plan-context.js'

// Sainsbury reach U(1 − Π(1 − rᵢ)) is maximal where Σ −ln(1 − rᵢ) is, which separates by line.
const MAX_SHARE = 1 - 1e-15

/** The objective as a sum over lines of a function of each line's budget in cents. */
export function lineObjective(
  lines: readonly PlannedLine[],
  universe: number,
  objective: Objective,
): (line: number, cents: number) => number {
  if (objective === 'clicks') return (i, cents) => lineClicks(lines[i]!.setup, cents / 100)
  if (universe <= 0) return () => 0
  return (i, cents) => -Math.log1p(-Math.min(MAX_SHARE, lineReach(lines[i]!.setup, cents / 100) / universe))
}
