import { CHANNEL_IDS, type Platform } from '../../audiences/index.js'
import type { Scope } from '../store/store-types.js'
import { audiencePlatforms } from './audience-platforms.js'
import type { PlatformCheckRequest, PlatformCheckResponse } from './connection-schemas.js'
import type { ConnectionDeps } from './connections.js'
import { settle } from './live-estimates.js'
import { isoDate, type ValidationOutcome } from './live-result.js'

type Check = PlatformCheckResponse['checks'][number]

// The verdict without its platform field (settle adds it): the outcome's own copy would say the same.
const verdict = (platform: Platform, run: () => Promise<ValidationOutcome>): Promise<Check> =>
  settle(platform, async () => {
    const { platform: _, ...outcome } = await run()
    return outcome
  })

/**
 * POST /audiences/:id/platform-check: the connected platforms judge the compiled specs without creating anything —
 * Google by validate-only mutates of the criteria and custom segments, Meta by a validate-only ad set inside an
 * existing campaign, LinkedIn by an audienceCounts call (it has no validate-only create). Each platform's verdict,
 * or its error, is shown beside the others'.
 */
export async function platformCheckForAudience(
  deps: ConnectionDeps,
  scope: Scope,
  audienceId: string,
  request: PlatformCheckRequest,
): Promise<PlatformCheckResponse> {
  const channels = request.channels ?? CHANNEL_IDS
  const { connectors, specs, skipped, today } = await audiencePlatforms(deps, scope, audienceId, channels)
  const runs: Promise<Check>[] = []
  const { google, meta, linkedin } = connectors
  if (google && specs.google) {
    const spec = specs.google
    runs.push(verdict('google', () => google.validate(spec)))
  }
  if (meta && specs.meta && request.meta) {
    const [spec, options] = [specs.meta, request.meta]
    runs.push(
      verdict('meta', () =>
        meta.validate(spec, {
          campaignId: options.campaignId,
          dailyBudgetMinor: Math.round(options.dailyBudget * 100),
          ...(options.optimizationGoal ? { optimizationGoal: options.optimizationGoal } : {}),
        }),
      ),
    )
  } else if (specs.meta)
    skipped.push({
      platform: 'meta',
      code: 'campaign_missing',
      reason: 'Meta checks an ad set inside an existing campaign: give meta.campaignId.',
    })
  if (linkedin && specs.linkedin) {
    const spec = specs.linkedin
    runs.push(verdict('linkedin', () => linkedin.validate(spec)))
  }
  return { audienceId, date: isoDate(today), checks: await Promise.all(runs), skipped }
}
