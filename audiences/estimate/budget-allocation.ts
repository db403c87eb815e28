// Splits a budget in whole cents across lines to maximise a separable concave objective Σ vᵢ(xᵢ).
export type AllocationProblem = {
  totalCents: number
  lo: readonly number[]
  hi: readonly number[]
  value: (line: number, cents: number) => number
}

const GREEDY_STEPS = 256

/** Greedy increments to the best marginal return, then pairwise exchanges at halving step sizes down to one cent. */
export function allocateCents(input: AllocationProblem): number[] {
  const problem = memoized(input)
  const { lo, hi, value } = problem
  const x = lo.slice()
  const val = x.map((c, i) => value(i, c))
  let rest = problem.totalCents - x.reduce((a, b) => a + b, 0)
  const step = Math.max(1, Math.ceil(rest / GREEDY_STEPS))
  while (rest > 0) {
    const want = Math.min(step, rest)
    let best = -1
    let bestRate = Number.NEGATIVE_INFINITY
    let bestAdd = 0
    let bestValue = 0
    for (let i = 0; i < x.length; i++) {
      const add = Math.min(want, hi[i]! - x[i]!)
      if (add <= 0) continue
      const v = value(i, x[i]! + add)
      const rate = (v - val[i]!) / add
      if (rate > bestRate) [best, bestRate, bestAdd, bestValue] = [i, rate, add, v]
    }
    if (best < 0) break
    x[best]! += bestAdd
    val[best] = bestValue
    rest -= bestAdd
  }
  for (let s = step; ; s = Math.ceil(s / 2)) {
    exchange(problem, x, val, s)
    if (s === 1) break
  }
  return x
}

// Greedy steps and exchanges ask for the same few (line, cents) again and again: a small ring per line keeps them.
const RING = 4

function memoized(problem: AllocationProblem): AllocationProblem {
  const cents = problem.lo.map(() => new Array<number>(RING).fill(-1))
  const values = problem.lo.map(() => new Array<number>(RING).fill(0))
  const next = problem.lo.map(() => 0)
  const value = (line: number, c: number) => {
    const keys = cents[line]!
    for (let k = 0; k < RING; k++) if (keys[k] === c) return values[line]![k]!
    const v = problem.value(line, c)
    const slot = next[line]!
    keys[slot] = c
    values[line]![slot] = v
    next[line] = (slot + 1) % RING
    return v
  }
  return { ...problem, value }
}

// Moves s cents from one line to another while that raises the objective.
function exchange(problem: AllocationProblem, x: number[], val: number[], s: number): void {
  const { lo, hi, value } = problem
  const n = x.length
  const up = new Array<number>(n)
  const down = new Array<number>(n)
  for (let round = 0; round < 8 * n + 20; round++) {
    const tolerance = 1e-12 * (1 + val.reduce((a, v) => a + Math.abs(v), 0))
    for (let i = 0; i < n; i++) {
      up[i] = x[i]! + s <= hi[i]! ? value(i, x[i]! + s) - val[i]! : Number.NEGATIVE_INFINITY
      down[i] = x[i]! - s >= lo[i]! ? value(i, x[i]! - s) - val[i]! : Number.NEGATIVE_INFINITY
    }
    let from = -1
    let to = -1
    let gain = tolerance
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (i !== j && down[i]! + up[j]! > gain) [from, to, gain] = [i, j, down[i]! + up[j]!]
    if (from < 0) return
    val[from] = val[from]! + down[from]!
    val[to] = val[to]! + up[to]!
    x[from]! -= s
    x[to]! += s
  }
}

/** Equal shares projected onto the bounds: xᵢ = clamp(t, minᵢ, maxᵢ) with Σxᵢ = total. */
export function evenSplit(total: number, min: readonly number[], max: readonly number[]): number[] {
  let lo = 0
  let hi = total
  const at = (t: number) => min.map((m, i) => Math.min(max[i]!, Math.max(m, t)))
  for (let i = 0; i < 200; i++) {
    const t = (lo + hi) / 2
    if (at(t).reduce((a, b) => a + b, 0) < total) lo = t
    else hi = t
  }
  const split = at(hi)
  const residual = total - split.reduce((a, b) => a + b, 0)
  const k = split.findIndex((b, i) => b + residual >= min[i]! && b + residual <= max[i]!)
  if (k >= 0) split[k] = split[k]! + residual
  return split
}
