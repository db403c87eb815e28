// Splits a budget in whole cents across lines to maximise Σ vᵢ(xᵢ), or with groups Σ_g f_g(Σ_{i∈g} vᵢ(xᵢ)), each f_g
// increasing (lines of one platform pool add up inside it, pools combine outside: plan-objective.ts).
export type AllocationProblem = {
  totalCents: number
  lo: readonly number[]
  hi: readonly number[]
  value: (line: number, cents: number) => number
  groups?: { of: readonly number[]; combine: (group: number, sum: number) => number }
}

// The objective's bookkeeping: each group's inner sum, and the gain of changing one or two lines' values.
class Score {
  private readonly sums: number[]
  constructor(
    private readonly problem: AllocationProblem,
    val: readonly number[],
  ) {
    const groups = problem.groups
    this.sums = groups ? new Array<number>(Math.max(0, ...groups.of) + 1).fill(0) : []
    if (groups) val.forEach((v, i) => (this.sums[groups.of[i]!]! += v))
  }
  private outer(g: number, sum: number): number {
    return this.problem.groups!.combine(g, sum)
  }
  gain(i: number, di: number, j = -1, dj = 0): number {
    const groups = this.problem.groups
    if (!groups) return di + dj
    const gi = groups.of[i]!
    const gj = j < 0 ? -1 : groups.of[j]!
    if (gi === gj) return this.outer(gi, this.sums[gi]! + di + dj) - this.outer(gi, this.sums[gi]!)
    const first = this.outer(gi, this.sums[gi]! + di) - this.outer(gi, this.sums[gi]!)
    return gj < 0 ? first : first + this.outer(gj, this.sums[gj]! + dj) - this.outer(gj, this.sums[gj]!)
  }
  move(i: number, di: number): void {
    if (this.problem.groups) this.sums[this.problem.groups.of[i]!]! += di
  }
  total(val: readonly number[]): number {
    const groups = this.problem.groups
    return groups ? this.sums.reduce((t, s, g) => t + this.outer(g, s), 0) : sum(val)
  }
}

const GREEDY_STEPS = 256

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

/**
 * Greedy increments to the best marginal return, then pairwise exchanges at halving step sizes down to one cent.
 * Reach under a tight cap is almost linear in spend, and overlap then favours one line: the objective is not
 * concave, so the search also starts once from each line filled first and keeps the best result.
 */
export function allocateCents(input: AllocationProblem): number[] {
  const problem = memoized(input)
  const rest = problem.totalCents - sum(problem.lo)
  if (rest <= 0) return problem.lo.slice()
  let best: number[] = []
  let bestScore = Number.NEGATIVE_INFINITY
  const starts = [greedy(problem, rest), ...problem.lo.map((_, i) => filledFirst(problem, rest, i))]
  for (const x of starts) {
    const val = x.map((c, i) => problem.value(i, c))
    const scored = new Score(problem, val)
    for (let s = rest; ; s = Math.ceil(s / 2)) {
      exchange(problem, x, val, s, scored)
      if (s === 1) break
    }
    const score = scored.total(val)
    if (score > bestScore) [best, bestScore] = [x, score]
  }
  return best
}

function greedy(problem: AllocationProblem, total: number): number[] {
  const { lo, hi, value } = problem
  const x = lo.slice()
  const val = x.map((c, i) => value(i, c))
  const scored = new Score(problem, val)
  const step = Math.max(1, Math.ceil(total / GREEDY_STEPS))
  for (let rest = total; rest > 0;) {
    const want = Math.min(step, rest)
    let best = -1
    let bestRate = Number.NEGATIVE_INFINITY
    let bestAdd = 0
    let bestValue = 0
    for (let i = 0; i < x.length; i++) {
      const add = Math.min(want, hi[i]! - x[i]!)
      if (add <= 0) continue
      const v = value(i, x[i]! + add)
      const rate = scored.gain(i, v - val[i]!) / add
      if (rate > bestRate) [best, bestRate, bestAdd, bestValue] = [i, rate, add, v]
    }
    if (best < 0) break
    x[best]! += bestAdd
    scored.move(best, bestValue - val[best]!)
    val[best] = bestValue
    rest -= bestAdd
  }
  return x
}

// Line `first` takes all it may, the others fill up in order.
function filledFirst(problem: AllocationProblem, total: number, first: number): number[] {
  const x = problem.lo.slice()
  let rest = total
  for (const i of [first, ...x.keys()]) {
    const add = Math.min(rest, problem.hi[i]! - x[i]!)
    x[i]! += add
    rest -= add
  }
  return x
}

// Greedy steps and exchanges ask for the same few (line, cents) again and again: a small ring per line keeps them.
const RING = 6

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

// Moves up to s cents from one line to another (less when a bound is nearer) while that raises the objective.
function exchange(problem: AllocationProblem, x: number[], val: number[], s: number, scored: Score): void {
  const { lo, hi, value } = problem
  const n = x.length
  for (let round = 0; round < 8 * n + 20; round++) {
    const tolerance = 1e-12 * (1 + sum(val.map(Math.abs)))
    let move = { from: -1, to: -1, d: 0, gain: tolerance, down: 0, up: 0 }
    for (let i = 0; i < n; i++) {
      const room = Math.min(s, x[i]! - lo[i]!)
      if (room <= 0) continue
      for (let j = 0; j < n; j++) {
        const d = Math.min(room, hi[j]! - x[j]!)
        if (i === j || d <= 0) continue
        const down = value(i, x[i]! - d) - val[i]!
        const up = value(j, x[j]! + d) - val[j]!
        const gain = scored.gain(i, down, j, up)
        if (gain > move.gain) move = { from: i, to: j, d, gain, down, up }
      }
    }
    if (move.from < 0) return
    scored.move(move.from, move.down)
    scored.move(move.to, move.up)
    val[move.from] = val[move.from]! + move.down
    val[move.to] = val[move.to]! + move.up
    x[move.from]! -= move.d
    x[move.to]! += move.d
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
