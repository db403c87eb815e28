import type { PlanRecommendation } from './guidance-schema.js'
import { lineMargin } from './marginal-reach.js'
import type { PlannedLine } from './plan-context.js'
import { planAt } from './plan-result.js'

// The plan's curve keeps its mix: every line at s × its budget. Total reach is Sainsbury, U(1 − Π(1 − Rᵢ/U)), so
// dR/ds = Σ bᵢ · R′ᵢ(s bᵢ) · Π_{j≠i}(1 − Rⱼ(s bⱼ)/U), with R′ᵢ = (1000/CPMᵢ) · (marginal share of line i). At s = 0
// that is Σ bᵢ · 1000/CPMᵢ: the ratio of the two is the plan's marginal share of its first euro's reach.
function shareAt(lines: readonly PlannedLine[], budgets: readonly number[], universe: number, s: number): number {
  const margins = lines.map((l, i) => lineMargin(l.setup, s * budgets[i]!))
  const none = margins.map((m) => 1 - Math.min(1, m.reach / universe))
  let now = 0
  let first = 0
  lines.forEach((l, i) => {
    const perEuro = (budgets[i]! * 1000) / l.setup.cpm
    const others = none.reduce((p, n, j) => (j === i ? p : p * n), 1)
    now += perEuro * margins[i]!.share * others
    first += perEuro
  })
  return first > 0 ? now / first : 0
}

/**
 * Where the plan's own reach curve (its mix scaled) has a marginal share of t: the budget, each line's part, and
 * the reach and frequency there. Lines that reach nobody get 0; null when no line with budget reaches anyone.
 */
export function planRecommendation(
  lines: readonly PlannedLine[],
  budgets: readonly number[],
  universe: number,
  t: number,
): PlanRecommendation | null {
  const mix = budgets.map((b, i) => (lines[i]!.setup.pool > 0 ? b : 0))
  if (universe <= 0 || mix.every((b) => b <= 0)) return null
  let lo = 0
  let hi = 1
  for (let i = 0; i < 200 && shareAt(lines, mix, universe, hi) > t; i++) [lo, hi] = [hi, hi * 2]
  for (let i = 0; i < 200 && hi - lo > 1e-10 * hi; i++) {
    const mid = (lo + hi) / 2
    if (shareAt(lines, mix, universe, mid) > t) lo = mid
    else hi = mid
  }
  const lineBudgets = mix.map((b) => b * hi)
  const { total } = planAt(lines, lineBudgets, universe)
  return { budget: total.budget, lineBudgets, reach: total.reach, frequency: total.frequency }
}
