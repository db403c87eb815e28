import { REACH_LEVELS } from './reach-model.js'

// A local copy: hot loops read it hundreds of times per call.
const K = REACH_LEVELS

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
  const reachAtLeast: number[] = [reach]
  let tail = total[K]!
  const atLeast = new Array<number>(K + 1).fill(0)
  for (let k = K; k >= 2; k--) {
    atLeast[k] = tail
    tail += total[k - 1]!
  }
  for (let k = 2; k <= K; k++) reachAtLeast.push(Math.min(reach, universe * atLeast[k]!))
  return { reach, reachAtLeast }
}
