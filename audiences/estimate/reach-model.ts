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
        impressions: z.number().positive().meta({ description: 'Impressions of a past campaign.' }),
        reach: z
          .number()
          .positive()
          .meta({ description: 'People that campaign reached; must be below its impressions.' }),
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
  return (model.impressions * model.reach) / (model.impressions - model.reach)
}

/** P(X ≥ 1) at mean exposure m, accurate for small m. */
export function reachShare(shape: ExposureShape, m: number): number {
  if (m <= 0) return 0
  return shape === null ? -Math.expm1(-m) : -Math.expm1(-shape * Math.log1p(m / shape))
}

/** P(X = x) for x = 0…n−1 at mean m, by the recursions of the Poisson and negative binomial laws. */
export function exposurePmf(shape: ExposureShape, m: number, n: number): Float64Array {
  const p = new Float64Array(n)
  if (m <= 0) {
    p[0] = 1
    return p
  }
  p[0] = 1 - reachShare(shape, m)
  const q = shape === null ? 0 : m / (shape + m)
  for (let x = 0; x + 1 < n; x++)
    p[x + 1] = shape === null ? (p[x]! * m) / (x + 1) : (p[x]! * (shape + x) * q) / (x + 1)
  return p
}

/** E[min(X, cap)] = Σₖ₌₁..cap P(X ≥ k): impressions per person actually served under a cap. */
export function cappedMean(shape: ExposureShape, m: number, cap: number): number {
  const p = exposurePmf(shape, m, cap)
  let atLeast = reachShare(shape, m)
  let sum = 0
  for (let k = 1; k <= cap; k++) {
    sum += Math.max(0, atLeast)
    atLeast -= p[k] ?? 0
  }
  return sum
}

/** The uncapped mean m at which a cap serves `served` impressions per person (served < cap), by bisection. */
export function latentMean(shape: ExposureShape, served: number, cap: number): number {
  let lo = served
  let hi = Math.max(2 * served, 1)
  for (let i = 0; i < 200 && cappedMean(shape, hi, cap) < served; i++) hi *= 2
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2
    if (cappedMean(shape, mid, cap) < served) lo = mid
    else hi = mid
  }
  return hi
}
