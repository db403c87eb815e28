import { z } from 'zod'
import { DomainError } from '../errors.js'

export const ReachModelSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('poisson') }).meta({ description: 'Random exposure: reach = A(1 − e^(−I/A)).' }),
    z
      .strictObject({
        kind: z.literal('nbd'),
        shape: z
          .number()
          .positive()
          .max(1e6)
          .meta({ description: 'Gamma–Poisson shape r; smaller = more uneven exposure.' }),
      })
      .meta({ description: 'Negative binomial: reach = A[1 − (1 + m/r)^(−r)].' }),
    z
      .strictObject({
        kind: z.literal('calibrated'),
        // Counts of impressions and people: a campaign that reached a fraction of a person is no calibration point,
        // and one as small as 1e-300 made ρ, the reach and the frequency overflow to Infinity (issue 16, fuzzing).
        impressions: z.number().min(1).meta({ description: 'Impressions of a past campaign.' }),
        reach: z
          .number()
          .min(1)
          .meta({ description: 'People that campaign reached (at least one); must be below its impressions.' }),
      })
      .meta({ description: 'Goerg (2014): one observed point gives the maximum reach ρ = I₀R₀/(I₀ − R₀).' }),
  ])
  .meta({ description: 'How impressions turn into reach.' })
export type ReachModel = z.infer<typeof ReachModelSchema>

/** Number of k+ reach levels reported: reachAtLeast[k − 1] for k = 1…10. */
export const REACH_LEVELS = 10

// Gamma–Poisson shape of the exposure law; null means Poisson.
export type ExposureShape = number | null

export const shapeOf = (model: ReachModel): ExposureShape =>
  model.kind === 'poisson' ? null : model.kind === 'nbd' ? model.shape : 1

/** Goerg's maximum reach ρ = I₀R₀/(I₀ − R₀); throws when the observed reach is not below the impressions. */
export function calibratedMaxReach(model: Extract<ReachModel, { kind: 'calibrated' }>): number {
  if (model.reach >= model.impressions)
    throw new DomainError('reach_model_invalid', 'a calibration point needs reach below impressions', [
      {
        path: ['reachModel', 'reach'],
        code: 'reach_not_below_impressions',
        message: 'reach must be less than impressions',
      },
    ])
  // R₀/(1 − R₀/I₀) is I₀R₀/(I₀ − R₀) without the product that overflows for impressions near Number.MAX_VALUE.
  return model.reach / (1 - model.reach / model.impressions)
}

/** P(X ≥ 1) at mean exposure m, accurate for small m. */
export function reachShare(shape: ExposureShape, m: number): number {
  if (m <= 0) return 0
  return shape === null ? -Math.expm1(-m) : -Math.expm1(-shape * Math.log1p(m / shape))
}

/** P(X = x) for x = 0…n−1 at mean m, by the recursions of the Poisson and negative binomial laws. */
export function exposurePmf(shape: ExposureShape, m: number, n: number): number[] {
  if (m <= 0) return Array.from({ length: n }, (_, x) => (x === 0 ? 1 : 0))
  const p: number[] = [1 - reachShare(shape, m)]
  const q = shape === null ? 0 : m / (shape + m)
  for (let x = 0; x + 1 < n; x++) p.push(shape === null ? (p[x]! * m) / (x + 1) : (p[x]! * (shape + x) * q) / (x + 1))
  return p
}

/** E[min(X, cap)] = Σₖ₌₁..cap P(X ≥ k), and its slope in m, Σₖ k·P(X = k)/m (the same for Poisson and NBD). */
export function cappedMeanWithSlope(shape: ExposureShape, m: number, cap: number): { mean: number; slope: number } {
  if (m <= 0) return { mean: 0, slope: 1 }
  const q = shape === null ? 0 : m / (shape + m)
  let p = 1 - reachShare(shape, m)
  let atLeast = 1 - p
  let mean = 0
  let slope = 0
  for (let k = 1; k <= cap && atLeast > 0; k++) {
    mean += atLeast
    p = shape === null ? (p * m) / k : (p * (shape + k - 1) * q) / k
    slope += (k * p) / m
    atLeast -= p
  }
  return { mean, slope }
}

/** E[min(X, cap)]: impressions per person actually served under a cap. */
export const cappedMean = (shape: ExposureShape, m: number, cap: number): number =>
  cappedMeanWithSlope(shape, m, cap).mean

/** The uncapped mean m at which a cap serves `served` impressions per person (served < cap). */
export function latentMean(shape: ExposureShape, served: number, cap: number): number {
  // Newton from m = served (where E[min(X, cap)] ≤ served): the mean is concave in m, so steps stay below the root.
  let m = served
  for (let i = 0; i < 60; i++) {
    const { mean, slope } = cappedMeanWithSlope(shape, m, cap)
    if (mean >= served * (1 - 1e-12) || !(slope > 0)) return m
    m += (served - mean) / slope
  }
  let lo = m
  let hi = 2 * m
  for (let i = 0; i < 200 && cappedMean(shape, hi, cap) < served; i++) hi *= 2
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2
    if (cappedMean(shape, mid, cap) < served) lo = mid
    else hi = mid
  }
  return hi
}
