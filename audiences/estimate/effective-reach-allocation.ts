import { pooledReach } from './cross-channel-reach.js'
import { deliverLine, type LineDelivery } from './line-delivery.js'
import type { PlannedLine } from './plan-context.js'
import { REACH_LEVELS } from './reach-model.js'

// k+ reach of several lines is not a sum over lines (a person's exposures add up across them), so the separable
// allocator cannot split for it: this one scores whole splits, by greedy steps and pairwise exchanges.
export type ScoreProblem = {
  totalCents: number
  lo: readonly number[]
  hi: readonly number[]
  score: (cents: readonly number[]) => number
}

const GREEDY_STEPS = 128
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

/** Unduplicated reach at least k times over the universe (platform pools shared), per split of the budget in cents. */
export function effectiveReachScore(
  lines: readonly PlannedLine[],
  universe: number,
  k: number,
): (cents: readonly number[]) => number {
  const level = Math.min(REACH_LEVELS, Math.max(1, k)) - 1
  const cache = lines.map(() => new Map<number, LineDelivery>())
  const delivery = (i: number, c: number) => {
    let d = cache[i]!.get(c)
    if (!d) {
      if (cache[i]!.size > 4096) cache[i]!.clear()
      d = deliverLine(lines[i]!.setup, c / 100)
      cache[i]!.set(c, d)
    }
    return d
  }
  return (cents) =>
    pooledReach(
      universe,
      cents.map((c, i) => ({ pool: lines[i]!.pool, poolSize: lines[i]!.setup.pool, ...delivery(i, c) })),
    ).reachAtLeast[level]!
}

/** The most people the lines can reach at least k times however much is spent: every line saturated. */
export function effectiveReachCeiling(lines: readonly PlannedLine[], universe: number, k: number): number {
  const saturated = lines.map(({ pool, setup }) => {
    const cap = setup.frequencyCap ?? Number.POSITIVE_INFINITY
    return {
      pool,
      poolSize: setup.pool,
      reach: setup.pool,
      reachAtLeast: Array.from({ length: REACH_LEVELS }, (_, j) => (j < cap ? setup.pool : 0)),
    }
  })
  return pooledReach(universe, saturated).reachAtLeast[Math.min(REACH_LEVELS, Math.max(1, k)) - 1]!
}

function greedy(p: ScoreProblem, rest: number): number[] {
  const x = p.lo.slice()
  let current = p.score(x)
  const step = Math.max(1, Math.ceil(rest / GREEDY_STEPS))
  for (let left = rest; left > 0;) {
    let best = { i: -1, rate: Number.NEGATIVE_INFINITY, add: 0, value: 0 }
    for (let i = 0; i < x.length; i++) {
      const add = Math.min(step, left, p.hi[i]! - x[i]!)
      if (add <= 0) continue
      x[i]! += add
      const value = p.score(x)
      x[i]! -= add
      if ((value - current) / add > best.rate) best = { i, rate: (value - current) / add, add, value }
    }
    if (best.i < 0) break
    x[best.i]! += best.add
    current = best.value
    left -= best.add
  }
  return x
}

function filledFirst(p: ScoreProblem, rest: number, first: number): number[] {
  const x = p.lo.slice()
  let left = rest
  for (const i of [first, ...x.keys()]) {
    const add = Math.min(left, p.hi[i]! - x[i]!)
    x[i]! += add
    left -= add
  }
  return x
}

// Moves up to s cents between two lines while that raises the score, at halving s down to one cent.
function exchange(p: ScoreProblem, x: number[]): number {
  let current = p.score(x)
  for (let s = Math.max(1, Math.ceil((p.totalCents - sum(p.lo)) / 2)); ; s = Math.ceil(s / 2)) {
    for (let round = 0; round < 4 * x.length + 10; round++) {
      let best = { from: -1, to: -1, d: 0, value: current + 1e-9 * (1 + Math.abs(current)) }
      for (let i = 0; i < x.length; i++)
        for (let j = 0; j < x.length; j++) {
          const d = Math.min(s, x[i]! - p.lo[i]!, p.hi[j]! - x[j]!)
          if (i === j || d <= 0) continue
          x[i]! -= d
          x[j]! += d
          const value = p.score(x)
          x[i]! += d
          x[j]! -= d
          if (value > best.value) best = { from: i, to: j, d, value }
        }
      if (best.from < 0) break
      x[best.from]! -= best.d
      x[best.to]! += best.d
      current = best.value
    }
    if (s === 1) return current
  }
}

/** The split of totalCents within the bounds with the highest score: the best of several starts, each refined. */
export function allocateForScore(p: ScoreProblem): number[] {
  const rest = p.totalCents - sum(p.lo)
  if (rest <= 0) return p.lo.slice()
  let best: number[] = []
  let bestScore = Number.NEGATIVE_INFINITY
  for (const x of [greedy(p, rest), ...p.lo.map((_, i) => filledFirst(p, rest, i))]) {
    const score = exchange(p, x)
    if (score > bestScore) [best, bestScore] = [x, score]
  }
  return best
}
