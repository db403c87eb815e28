import type { GoogleSpec } from '../../audiences/channels/google/google-spec-schema.js'
import type { LinkedInSpec } from '../../audiences/channels/linkedin/linkedin-spec-schema.js'
import type { MetaSpec } from '../../audiences/channels/meta/meta-spec-schema.js'
import type { Platform } from '../../audiences/index.js'
import type { Connectors } from './connectors.js'
import { forecastTargetsOf, type KeywordForecastOptions } from './google/google-forecast.js'
import type { LinkedInForecastOptions, LinkedInPricingOptions } from './linkedin/linkedin-estimates.js'
import type { LiveEstimate } from './live-result.js'
import { isPlatformError, type ErrorKind, type PlatformError, type PlatformErrorCode } from './platform-error.js'

// What a page or JSON body may show: plain words and codes, nothing from the request.
export type PlatformFailureView = {
  platform: Platform
  kind: ErrorKind
  code: PlatformErrorCode
  platformCode: string
  message: string
}
export const toFailureView = (e: PlatformError): PlatformFailureView => ({
  platform: e.platform,
  kind: e.kind,
  code: e.code,
  platformCode: e.platformCode,
  message: e.message,
})

export type LiveOutcome =
  | { platform: Platform; ok: true; estimates: LiveEstimate[] }
  | { platform: Platform; ok: false; error: PlatformFailureView }

export type LiveEstimateRequest = {
  google?: { spec: GoogleSpec } & Omit<KeywordForecastOptions, 'geoTargetConstants' | 'languageConstants'>
  meta?: { spec: MetaSpec; optimizationGoal?: string }
  linkedin?: { spec: LinkedInSpec; pricing?: LinkedInPricingOptions; forecast?: LinkedInForecastOptions }
}

/** One platform's answer, or its failure in plain words (a failure of ours is thrown): so one platform's error can
 * be shown beside the others' answers. */
export async function settle<T extends object>(
  platform: Platform,
  run: () => Promise<T>,
): Promise<({ platform: Platform; ok: true } & T) | { platform: Platform; ok: false; error: PlatformFailureView }> {
  try {
    return { platform, ok: true, ...(await run()) }
  } catch (error) {
    if (!isPlatformError(error)) throw error
    return { platform, ok: false, error: toFailureView(error) }
  }
}
const estimates = (platform: Platform, run: () => Promise<LiveEstimate[]>): Promise<LiveOutcome> =>
  settle(platform, async () => ({ estimates: await run() }))

// Every connected platform in parallel; one platform's failure is shown beside the others' estimates.
export async function liveEstimates(connectors: Connectors, request: LiveEstimateRequest): Promise<LiveOutcome[]> {
  const runs: Promise<LiveOutcome>[] = []
  const { google, meta, linkedin } = connectors
  const g = request.google
  if (google && g && g.keywords.length > 0) {
    const { spec, ...options } = g
    runs.push(
      estimates('google', async () => [await google.keywordForecast({ ...options, ...forecastTargetsOf(spec) })]),
    )
  }
  const m = request.meta
  if (meta && m) runs.push(estimates('meta', () => meta.estimates(m.spec.targeting, m.optimizationGoal)))
  const l = request.linkedin
  if (linkedin && l) {
    const criteria = l.spec.targetingCriteria
    runs.push(
      estimates('linkedin', async () => [
        await linkedin.audienceCount(criteria),
        ...(l.pricing ? [await linkedin.budgetPricing(criteria, l.pricing)] : []),
        ...(l.forecast ? [await linkedin.supplyForecast(criteria, l.forecast)] : []),
      ]),
    )
  }
  return Promise.all(runs)
}
