import { boughtImpressions, deliverLine, type LineSetup } from './line-delivery.js'
import { cappedMeanWithSlope, latentMean, type ExposureShape } from './reach-model.js'
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
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2
    if (shareAtMean(setup, mid) > t) lo = mid
    else hi = mid
  }
  return hi
}

const euroPerImpression = (setup: LineSetup) => setup.cpm / 1000

/** Marginal reach per euro at this budget as a share of the first euro's (0 once a cap saturates the audience). */
export function marginalShare(setup: LineSetup, budget: number): number {
  if (setup.pool <= 0) return 0
  const served = boughtImpressions(setup, budget) / setup.pool
  const cap = setup.frequencyCap
  if (cap === null) return reachSlope(setup.shape, served)
  if (served >= cap) return 0
  return shareAtMean(setup, latentMean(setup.shape, served, cap))
}

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

/** The smallest budget at which the average frequency reaches `target`, or null when the line cannot get there. */
export function budgetForFrequency(setup: LineSetup, target: number): number | null {
  if (setup.pool <= 0 || (setup.frequencyCap !== null && setup.frequencyCap < target)) return null
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
