import type { PlanRecommendation } from './guidance-schema.js'
import { lineMargin } from './marginal-reach.js'
import type { PlannedLine } from './plan-context.js'
import { sainsburyReach } from './cross-channel-reach.js'
import { deliverLine } from './line-delivery.js'

// The plan's curve keeps its mix: every line at s × its budget. Total reach is Sainsbury, U(1 − Π(1 − Rᵢ/U)), so
// dR/ds = Σ bᵢ · R′ᵢ(s bᵢ) · Π_{j≠i}(1 − Rⱼ(s bⱼ)/U), with R′ᵢ = (1000/CPMᵢ) · (marginal share of line i). At s = 0
// that is Σ bᵢ · 1000/CPMᵢ: the ratio of the two is the plan's marginal share of its first euro's reach.
function shareAt(lines: readonly PlannedLine[], budgets: readonly number[], universe: number, s: number): number {
  // Loops, not map/reduce: the root finder calls this a few dozen times per plan.
  const n = lines.length
  const shares = new Array<number>(n)
  const none = new Array<number>(n)
  for (let i = 0; i < n; i++) {
    const margin = lineMargin(lines[i]!.setup, s * budgets[i]!)
    shares[i] = margin.share
    none[i] = 1 - Math.min(1, margin.reach / universe)
  }
  let now = 0
  let first = 0
  for (let i = 0; i < n; i++) {
    const perEuro = (budgets[i]! * 1000) / lines[i]!.setup.cpm
    let others = 1
    for (let j = 0; j < n; j++) if (j !== i) others *= none[j]!
    now += perEuro * shares[i]! * others
    first += perEuro
  }
  return first > 0 ? now / first : 0
}

/**
 * Where a falling f (f(0) > 0) crosses 0: bracket by doubling from 1, then regula falsi with the Illinois step
 * (a handful of evaluations instead of bisection's dozens), to a relative 1e-9.
 */
export function rootFalling(f: (x: number) => number): number {
  let [lo, flo] = [0, f(0)]
  let [hi, fhi] = [1, f(1)]
  for (let i = 0; i < 200 && fhi > 0; i++) [lo, flo, hi, fhi] = [hi, fhi, hi * 2, f(hi * 2)]
  let side = 0
  for (let i = 0; i < 200 && hi - lo > 1e-9 * hi; i++) {
    const x = (lo * fhi - hi * flo) / (fhi - flo)
    const fx = f(x)
    if (!(x > lo && x < hi) || fx === 0) return x > lo && x < hi ? x : (lo + hi) / 2
    if (fx > 0) {
      ;[lo, flo] = [x, fx]
      if (side === 1) fhi /= 2
      side = 1
    } else {
      ;[hi, fhi] = [x, fx]
      if (side === -1) flo /= 2
      side = -1
    }
  }
  return hi
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
  const s = rootFalling((x) => shareAt(lines, mix, universe, x) - t)
  const lineBudgets = mix.map((b) => b * s)
  // Reach and frequency only (no k+ convolution): Sainsbury over the lines' reach, and their impressions.
  const delivered = lines.map((l, i) => deliverLine(l.setup, lineBudgets[i]!))
  const reach = sainsburyReach(
    universe,
    delivered.map((d) => d.reach),
  )
  const impressions = delivered.reduce((sum, d) => sum + d.impressions, 0)
  const budget = lineBudgets.reduce((sum, b) => sum + b, 0)
  return { budget, lineBudgets, reach, frequency: reach > 0 ? impressions / reach : 0 }
}
