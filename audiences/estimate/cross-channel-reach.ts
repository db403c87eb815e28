import { REACH_LEVELS } from './reach-model.js'

/** Sainsbury: net reach = U · (1 − Π(1 − Rᵢ/U)), each channel's reach a random draw from one universe. */
export function sainsburyReach(universe: number, reaches: readonly number[]): number {
  if (universe <= 0) return 0
  let none = 1
  for (const r of reaches) none *= 1 - Math.min(1, Math.max(0, r / universe))
  return universe * (1 - none)
}

// One line's exposures over the universe: P(0), P(1), …, P(REACH_LEVELS − 1), P(≥ REACH_LEVELS).
function lineDistribution(universe: number, reachAtLeast: readonly number[]): Float64Array {
  const d = new Float64Array(REACH_LEVELS + 1)
  const at = (k: number) => Math.min(universe, reachAtLeast[k - 1] ?? 0) / universe
  d[0] = 1 - at(1)
  for (let x = 1; x < REACH_LEVELS; x++) d[x] = Math.max(0, at(x) - at(x + 1))
  d[REACH_LEVELS] = at(REACH_LEVELS)
  return d
}

function convolve(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(REACH_LEVELS + 1)
  for (let i = 0; i <= REACH_LEVELS; i++) {
    if (a[i] === 0) continue
    for (let j = 0; j <= REACH_LEVELS; j++) out[Math.min(REACH_LEVELS, i + j)]! += a[i]! * b[j]!
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
  if (universe <= 0) return { reach: 0, reachAtLeast: new Array<number>(REACH_LEVELS).fill(0) }
  let total: Float64Array = new Float64Array(REACH_LEVELS + 1)
  total[0] = 1
  for (const line of lines) total = convolve(total, lineDistribution(universe, line.reachAtLeast))
  const reachAtLeast: number[] = [reach]
  let tail = total[REACH_LEVELS]!
  const atLeast = new Array<number>(REACH_LEVELS + 1).fill(0)
  for (let k = REACH_LEVELS; k >= 2; k--) {
    atLeast[k] = tail
    tail += total[k - 1]!
  }
  for (let k = 2; k <= REACH_LEVELS; k++) reachAtLeast.push(Math.min(reach, universe * atLeast[k]!))
  return { reach, reachAtLeast }
}
