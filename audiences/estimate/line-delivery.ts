import type { Pricing } from './rate-card.js'
import { exposurePmf, latentMean, REACH_LEVELS, reachShare, type ExposureShape } from './reach-model.js'

/** Everything one line needs besides its budget; `pool` is the audience the reach curve can reach. */
export type LineSetup = {
  pricing: Pricing
  cpm: number
  cpc: number
  ctr: number
  pool: number
  shape: ExposureShape
  frequencyCap: number | null
}

export type LineDelivery = {
  budget: number
  spend: number
  impressions: number
  clicks: number
  reach: number
  frequency: number
  reachAtLeast: number[]
  saturated: boolean
}

/** impressions = budget / CPM × 1000, or (budget / CPC) / CTR when bought per click. */
export const boughtImpressions = (setup: LineSetup, budget: number): number =>
  setup.pricing === 'cpm' ? (budget / setup.cpm) * 1000 : budget / setup.cpc / setup.ctr

// A cap of c per person: the platform spreads impressions so nobody sees more than c. We model it as the
// uncapped exposure law with a higher latent mean m′ chosen so that A·E[min(X, c)] equals the impressions
// bought; at I ≥ A·c everyone has seen c and the rest of the budget cannot be spent (saturated).
function exposure(setup: LineSetup, bought: number): { impressions: number; m: number; saturated: boolean } {
  const { pool, frequencyCap: cap } = setup
  if (cap === null) return { impressions: bought, m: bought / pool, saturated: false }
  if (bought >= pool * cap) return { impressions: pool * cap, m: Number.POSITIVE_INFINITY, saturated: true }
  return { impressions: bought, m: latentMean(setup.shape, bought / pool, cap), saturated: false }
}

/** Reach alone, for the optimiser's inner loop. */
export function lineReach(setup: LineSetup, budget: number): number {
  const bought = boughtImpressions(setup, budget)
  if (setup.pool <= 0 || bought <= 0) return 0
  const { m, saturated } = exposure(setup, bought)
  return saturated ? setup.pool : Math.min(bought, setup.pool * reachShare(setup.shape, m))
}

/** Clicks alone, for the optimiser's inner loop. */
export function lineClicks(setup: LineSetup, budget: number): number {
  const bought = boughtImpressions(setup, budget)
  if (setup.pool <= 0 || bought <= 0) return 0
  const cap = setup.frequencyCap
  if (cap !== null && bought >= setup.pool * cap) return setup.pool * cap * setup.ctr
  return setup.pricing === 'cpc' ? budget / setup.cpc : bought * setup.ctr
}

function atLeastLevels(setup: LineSetup, m: number, saturated: boolean): number[] {
  const cap = setup.frequencyCap ?? Number.POSITIVE_INFINITY
  if (saturated) return Array.from({ length: REACH_LEVELS }, (_, k) => (k + 1 <= cap ? setup.pool : 0))
  const p = exposurePmf(setup.shape, m, REACH_LEVELS)
  const levels: number[] = []
  let share = reachShare(setup.shape, m)
  for (let k = 1; k <= REACH_LEVELS; k++) {
    levels.push(k <= cap ? setup.pool * Math.max(0, share) : 0)
    share -= p[k] ?? 0
  }
  return levels
}

/** Impressions, clicks, reach, frequency and k+ reach of one line at one budget. */
export function deliverLine(setup: LineSetup, budget: number): LineDelivery {
  const bought = boughtImpressions(setup, budget)
  if (setup.pool <= 0 || bought <= 0)
    return {
      budget,
      spend: 0,
      impressions: 0,
      clicks: 0,
      reach: 0,
      frequency: 0,
      reachAtLeast: new Array<number>(REACH_LEVELS).fill(0),
      saturated: setup.pool <= 0 && bought > 0,
    }
  const { impressions, m, saturated } = exposure(setup, bought)
  // Nobody is reached without an impression: the bisection's last digits must not say otherwise.
  const reachAtLeast = atLeastLevels(setup, m, saturated).map((r) => Math.min(r, impressions))
  const reach = reachAtLeast[0]!
  const clicks = setup.pricing === 'cpc' && !saturated ? budget / setup.cpc : impressions * setup.ctr
  const spend = !saturated ? budget : setup.pricing === 'cpm' ? (impressions * setup.cpm) / 1000 : clicks * setup.cpc
  return {
    budget,
    spend,
    impressions,
    clicks,
    reach,
    frequency: reach > 0 ? impressions / reach : 0,
    reachAtLeast,
    saturated,
  }
}
