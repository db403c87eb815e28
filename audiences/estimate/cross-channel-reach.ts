import { REACH_LEVELS } from './reach-model.js'

// A local copy: hot loops read it hundreds of times per call.
const K = REACH_LEVELS

/** Reach at 1+ then 2+…K+ from the universe's exposure distribution (shares of people seen exactly k times). */
function levelsOf(reach: number, universe: number, total: readonly number[]): number[] {
  const reachAtLeast: number[] = [reach]
  let tail = total[K]!
  const atLeast = new Array<number>(K + 1).fill(0)
  for (let k = K; k >= 2; k--) {
    atLeast[k] = tail
    tail += total[k - 1]!
  }
  for (let k = 2; k <= K; k++) reachAtLeast.push(Math.min(reach, universe * atLeast[k]!))
  return reachAtLeast
}

/** Sainsbury: net reach = U · (1 − Π(1 − Rᵢ/U)), each channel's reach a random draw from one universe. */
export function sainsburyReach(universe: number, reaches: readonly number[]): number {
  if (universe <= 0) return 0
  // Σ ln(1 − rᵢ) and expm1 keep tiny reaches from vanishing in 1 − Π(1 − rᵢ).
  let logNone = 0
  for (const r of reaches) logNone += Math.log1p(-Math.min(1, Math.max(0, r / universe)))
  return -universe * Math.expm1(logNone)
}

// One line's exposures over the universe: P(0), P(1), …, P(K − 1), P(≥ K).
function lineDistribution(universe: number, reachAtLeast: readonly number[]): number[] {
  const atLeast: number[] = []
  for (let k = 1; k <= K; k++) atLeast.push(Math.min(universe, reachAtLeast[k - 1] ?? 0) / universe)
  const d: number[] = [1 - atLeast[0]!]
  for (let x = 1; x < K; x++) d.push(Math.max(0, atLeast[x - 1]! - atLeast[x]!))
  d.push(atLeast[K - 1]!)
  return d
}

function convolve(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = new Array<number>(K + 1).fill(0)
  for (let i = 0; i <= K; i++) {
    const ai = a[i]!
    if (ai === 0) continue
    for (let j = 0; j <= K; j++) out[i + j < K ? i + j : K]! += ai * b[j]!
  }
  return out
}

/** Net reach and net k+ reach over one universe: the lines' exposure distributions convolved (random duplication). */
export function combineReach(
  universe: number,
  lines: readonly { reach: number; reachAtLeast: readonly number[] }[],
): { reach: number; reachAtLeast: number[] } {
  const reach = sainsburyReach(
    universe,
    lines.map((l) => l.reach),
  )
  if (universe <= 0) return { reach: 0, reachAtLeast: new Array<number>(K).fill(0) }
  let total: number[] = new Array<number>(K + 1).fill(0)
  total[0] = 1
  for (const line of lines) total = convolve(total, lineDistribution(universe, line.reachAtLeast))
  const reachAtLeast = levelsOf(reach, universe, total)
  return { reach, reachAtLeast }
}

/** A line's exposures and the platform pool it draws from (lines with one key reach the same people). */
export type PooledLine = { pool: string; poolSize: number; reach: number; reachAtLeast: readonly number[] }
export type PoolReach = { pool: string; size: number; reach: number }

// A pool's exposure distribution over the universe: its own over its size P, scaled by P/U (the rest unexposed).
function scaled(d: readonly number[], share: number): number[] {
  const out = d.map((p) => p * share)
  out[0] = 1 - share * (1 - d[0]!)
  return out
}

/**
 * Net reach with platform pools: lines of one pool overlap at random within the pool (size P = its largest line
 * audience), pools overlap at random within the universe. With one line per pool this is combineReach.
 */
export function pooledReach(
  universe: number,
  lines: readonly PooledLine[],
): { reach: number; reachAtLeast: number[]; pools: PoolReach[] } {
  if (universe <= 0) return { reach: 0, reachAtLeast: new Array<number>(K).fill(0), pools: [] }
  const groups = new Map<string, PooledLine[]>()
  for (const line of lines) groups.set(line.pool, [...(groups.get(line.pool) ?? []), line])
  let total: number[] = new Array<number>(K + 1).fill(0)
  total[0] = 1
  const pools: PoolReach[] = []
  for (const [pool, members] of groups) {
    const size = Math.min(universe, Math.max(...members.map((m) => m.poolSize)))
    if (size <= 0) {
      pools.push({ pool, size: 0, reach: 0 })
      continue
    }
    let d: number[] = new Array<number>(K + 1).fill(0)
    d[0] = 1
    for (const m of members) d = convolve(d, lineDistribution(size, m.reachAtLeast))
    pools.push({
      pool,
      size,
      reach: sainsburyReach(
        size,
        members.map((m) => m.reach),
      ),
    })
    total = convolve(total, scaled(d, size / universe))
  }
  const reach = sainsburyReach(
    universe,
    pools.map((p) => p.reach),
  )
  const reachAtLeast = levelsOf(reach, universe, total)
  return { reach, reachAtLeast, pools }
}

/** Net reach alone with platform pools (pooledReach without the k+ levels), for the budget searches. */
export function pooledSainsbury(universe: number, lines: readonly Omit<PooledLine, 'reachAtLeast'>[]): number {
  const groups = new Map<string, Omit<PooledLine, 'reachAtLeast'>[]>()
  for (const line of lines) groups.set(line.pool, [...(groups.get(line.pool) ?? []), line])
  const pools = [...groups.values()].map((members) =>
    sainsburyReach(
      Math.min(universe, Math.max(...members.map((m) => m.poolSize))),
      members.map((m) => m.reach),
    ),
  )
  return sainsburyReach(universe, pools)
}
