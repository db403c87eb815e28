import type { AssumptionLog } from './assumption-log.js'
import { calibratedMaxReach, reachShare, type ExposureShape, type ReachModel } from './reach-model.js'

type Calibrated = Extract<ReachModel, { kind: 'calibrated' }>

const reachAt = (pool: number, shape: number, impressions: number) => pool * reachShare(shape, impressions / pool)

/**
 * The exposure shape that makes a line's curve pass through the calibration point (I₀, R₀). An audience A at least
 * Goerg's ρ = I₀R₀/(I₀ − R₀) keeps his curve (shape 1, pool ρ). A smaller audience cannot reach ρ: its negative
 * binomial curve over A passes through the point with the shape r solving A[1 − (1 + I₀/(Ar))^(−r)] = R₀, which
 * exists while R₀ is below what random exposure (Poisson) reaches in A; otherwise Poisson is used and the log says why.
 */
export function calibratedShape(model: Calibrated, audience: number, line: number, log: AssumptionLog): ExposureShape {
  const rho = calibratedMaxReach(model)
  const { impressions: i0, reach: r0 } = model
  if (audience >= rho) {
    log.add('reachModel.pool', 'min(audience size, ρ)', 'Goerg (2014): the curve reaches at most ρ people')
    return 1
  }
  if (!(r0 < audience * reachShare(null, i0 / audience))) {
    log.add(
      `reachModel.calibration.lines.${line}`,
      'poisson',
      `the line's audience (${Math.round(audience)}) is too small for the calibration point: even random exposure reaches fewer than ${Math.round(r0)} people with ${Math.round(i0)} impressions, so no curve over it passes through the point`,
    )
    return null
  }
  // Reach rises with the shape r (r → 0 reaches nobody, r → ∞ is Poisson): bisect on log r.
  let lo = -30
  let hi = 30
  for (let k = 0; k < 200 && hi - lo > 1e-12; k++) {
    const mid = (lo + hi) / 2
    if (reachAt(audience, Math.exp(mid), i0) < r0) lo = mid
    else hi = mid
  }
  const shape = Math.exp((lo + hi) / 2)
  log.add(
    `reachModel.calibration.lines.${line}`,
    Math.round(shape * 1e4) / 1e4,
    `the line's audience (${Math.round(audience)}) is below ρ = ${Math.round(rho)}: a negative binomial over it with this shape passes through the calibration point (${Math.round(i0)} impressions, ${Math.round(r0)} people)`,
  )
  return shape
}
