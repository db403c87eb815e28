import { boughtImpressions, deliverLine, type LineSetup } from './line-delivery.js'
import { cappedMeanWithSlope, latentMean, reachShare, type ExposureShape } from './reach-model.js'
import type { RecommendedBudget } from './guidance-schema.js'

// Reach per euro is (1000 / CPM) · dS/dm / dE[min(X, cap)]/dm (planning-science.md), where S(m) = P(X ≥ 1) at mean
// exposure m. At the first euro both derivatives are 1, so the marginal share of the first euro's reach is their ratio.

/** dS/dm: Poisson e^(−m); negative binomial (shape r) (1 + m/r)^(−r−1). */
export function reachSlope(shape: ExposureShape, m: number): number {
  return shape === null ? Math.exp(-m) : Math.exp((-shape - 1) * Math.log1p(m / shape))
}

/** Marginal reach per euro at latent mean m, as a share of the first euro's. */
function shareAtMean(setup: LineSetup, m: number): number {
  const slope = reachSlope(setup.shape, m)
  if (setup.frequencyCap === null) return slope
  const capped = cappedMeanWithSlope(setup.shape, m, setup.frequencyCap).slope
  return capped > 0 ? slope / capped : 0
}

/** The mean exposure where the uncapped marginal share falls to t: Poisson ln(1/t); NBD r(t^(−1/(r+1)) − 1). */
export function thresholdMean(shape: ExposureShape, t: number): number {
  return shape === null ? -Math.log(t) : shape * Math.expm1(-Math.log(t) / (shape + 1))
}

// Under a cap the share has no closed form: bisect the latent mean (the share falls as the mean grows).
function cappedThresholdMean(setup: LineSetup, t: number): number {
  let lo = 0
  let hi = thresholdMean(setup.shape, t)
  for (let i = 0; i < 200 && shareAtMean(setup, hi) > t; i++) [lo, hi] = [hi, hi * 2]
  for (let i = 0; i < 200 && hi - lo > 1e-10 * hi; i++) {
    const mid = (lo + hi) / 2
    if (shareAtMean(setup, mid) > t) lo = mid
    else hi = mid
  }
  return hi
}

const euroPerImpression = (setup: LineSetup) => setup.cpm / 1000

/** Reach at this budget and its marginal share of the first euro's reach per euro, from one exposure mean. */
export function lineMargin(setup: LineSetup, budget: number): { reach: number; share: number } {
  const bought = boughtImpressions(setup, budget)
  if (setup.pool <= 0 || bought <= 0) return { reach: 0, share: setup.pool > 0 ? 1 : 0 }
  const served = bought / setup.pool
  const cap = setup.frequencyCap
  if (cap !== null && served >= cap) return { reach: setup.pool, share: 0 }
  const m = cap === null ? served : latentMean(setup.shape, served, cap)
  return { reach: Math.min(bought, setup.pool * reachShare(setup.shape, m)), share: shareAtMean(setup, m) }
}

/** Marginal reach per euro at this budget as a share of the first euro's (0 once a cap saturates the audience). */
export const marginalShare = (setup: LineSetup, budget: number): number =>
  setup.pool <= 0 ? 0 : lineMargin(setup, budget).share

/**
 * The budget where the marginal share falls to t, and the delivery there. Uncapped: B* = A · CPM/1000 · m*, with
 * m* = ln(1/t) (Poisson) or r(t^(−1/(r+1)) − 1) (NBD; r = 1 for a calibrated curve); capped: A · CPM/1000 · E[min(X, c)]
 * at the latent mean where the share is t. null when the line has nobody to reach.
 */
export function recommendedBudget(setup: LineSetup, t: number): RecommendedBudget | null {
  if (setup.pool <= 0) return null
  const cap = setup.frequencyCap
  const served =
    cap === null
      ? thresholdMean(setup.shape, t)
      : cappedMeanWithSlope(setup.shape, cappedThresholdMean(setup, t), cap).mean
  const budget = setup.pool * served * euroPerImpression(setup)
  const d = deliverLine(setup, budget)
  return { budget, impressions: d.impressions, reach: d.reach, frequency: d.frequency }
}

// Uncapped, frequency is m / S(m) at mean exposure m, which rises from 1; m* ≤ target since S ≤ 1.
function uncappedMeanForFrequency(shape: ExposureShape, target: number): number {
  let lo = 0
  let hi = target
  for (let i = 0; i < 100 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2
    if (mid / reachShare(shape, mid) < target) lo = mid
    else hi = mid
  }
  return hi
}

/** The smallest budget at which the average frequency reaches `target`, or null when the line cannot get there. */
export function budgetForFrequency(setup: LineSetup, target: number): number | null {
  if (setup.pool <= 0 || (setup.frequencyCap !== null && setup.frequencyCap < target)) return null
  if (setup.frequencyCap === null)
    return target <= 1 ? 0 : setup.pool * uncappedMeanForFrequency(setup.shape, target) * euroPerImpression(setup)
  const frequencyAt = (budget: number) => deliverLine(setup, budget).frequency
  let lo = 0
  let hi = setup.pool * target * euroPerImpression(setup)
  for (let i = 0; i < 100 && frequencyAt(hi) < target; i++) [lo, hi] = [hi, hi * 2]
  if (frequencyAt(hi) < target) return null
  for (let i = 0; i < 100 && hi - lo > 1e-9 * hi; i++) {
    const mid = (lo + hi) / 2
    if (frequencyAt(mid) < target) lo = mid
    else hi = mid
  }
  return hi
}
