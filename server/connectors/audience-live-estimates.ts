import type { GoogleSpec } from '../../audiences/channels/google/google-spec-schema.js'
import type { LinkedInSpec } from '../../audiences/channels/linkedin/linkedin-spec-schema.js'
import type { MetaSpec } from '../../audiences/channels/meta/meta-spec-schema.js'
import {
  CHANNEL_IDS,
  compileAudience,
  estimatePlan,
  SPEC_SCHEMAS,
  type ChannelId,
  type Platform,
} from '../../audiences/index.js'
import { HttpError } from '../http-errors.js'
import type { Scope } from '../store/store-types.js'
import { agencyCredentials } from './agency-credentials.js'
import type { LiveEstimatesRequest, LiveEstimatesResponse } from './connection-schemas.js'
import { agencyTaxonomy, contextOf, type ConnectionDeps } from './connections.js'
import { isoDate } from './live-result.js'
import { liveEstimates, type LiveEstimateRequest } from './live-estimates.js'
import { PLATFORM_NAMES } from './platform-error.js'

const DAY_MS = 86_400_000
// The compilers' specs come back as unknown: checked against their schemas, as the exports do. A spec that does not
// pass (e.g. LinkedIn without a location it can name) cannot be estimated live: the platform is skipped, saying why.
const specOf = <S>(channel: ChannelId, spec: unknown): S | undefined => {
  const parsed = SPEC_SCHEMAS[channel].safeParse(spec)
  return parsed.success ? (parsed.data as S) : undefined
}
const INCOMPLETE =
  'the compiled targeting is incomplete (see the compile fidelity: unresolved criteria); resolve them first'

// Meta serves two channels with one targeting: Facebook's spec when asked for, else Instagram's.
const metaChannel = (channels: readonly ChannelId[]): ChannelId | undefined =>
  channels.includes('facebook') ? 'facebook' : channels.includes('instagram') ? 'instagram' : undefined
const PLATFORM_OF: Record<ChannelId, Platform> = {
  google: 'google',
  facebook: 'meta',
  instagram: 'meta',
  linkedin: 'linkedin',
}

/**
 * POST /audiences/:id/live-estimates and the audience page: the connected platforms' own estimates (dated), beside
 * kohde's offline estimate for the same channels and budget. One platform's failure is shown beside the others'.
 */
export async function liveEstimatesForAudience(
  deps: ConnectionDeps,
  scope: Scope,
  audienceId: string,
  request: LiveEstimatesRequest,
): Promise<LiveEstimatesResponse> {
  const audience = await deps.store.audiences.resolved(scope, audienceId)
  if (!audience) throw new HttpError('not_found', 'no such audience')
  const ctx = contextOf(deps)
  const taxonomy = await agencyTaxonomy(deps, scope.agencyId)
  const channels = request.channels ?? CHANNEL_IDS
  const rateCards = await deps.store.rateCards.all(scope.agencyId)
  const lines = channels.map((channel) => ({ channel, budget: request.budget }))
  const offline = estimatePlan({ audience, lines, flightDays: request.flightDays }, taxonomy, { rateCards })
  const compiled = compileAudience(audience, taxonomy, channels)

  const { credentials, states } = await agencyCredentials(ctx, deps.store, scope.agencyId)
  const today = ctx.deps.clock()
  const daily = request.budget / request.flightDays
  const live: LiveEstimateRequest = {}
  const skipped: LiveEstimatesResponse['skipped'] = []
  const asked = new Set(channels.map((c) => PLATFORM_OF[c]))
  const connected = (platform: Platform) => {
    if (!asked.has(platform)) return false
    if (states.some((s) => s.platform === platform && s.configured !== 'off')) return true
    skipped.push({
      platform,
      code: 'not_connected',
      reason: `${PLATFORM_NAMES[platform]} is not connected: an admin stores its credentials.`,
    })
    return false
  }
  const usable = <S>(platform: Platform, channel: ChannelId): S | undefined => {
    const result = compiled[channel]
    const spec = result && specOf<S>(channel, result.spec)
    if (result && !spec) skipped.push({ platform, code: 'spec_incomplete', reason: INCOMPLETE })
    return spec
  }

  const googleSpec = connected('google') ? usable<GoogleSpec>('google', 'google') : undefined
  if (googleSpec && request.google)
    live.google = {
      spec: googleSpec,
      keywords: request.google.keywords,
      start: today,
      end: new Date(today.getTime() + (request.flightDays - 1) * DAY_MS),
      currencyCode: request.currency,
      maxCpcMicros: Math.round(request.google.maxCpc * 1e6),
      dailyBudgetMicros: Math.round(daily * 1e6),
    }
  else if (googleSpec)
    skipped.push({
      platform: 'google',
      code: 'keywords_missing',
      reason: 'Google forecasts search keywords: give google.keywords and maxCpc.',
    })
  const meta = metaChannel(channels)
  const metaSpec = meta && connected('meta') ? usable<MetaSpec>('meta', meta) : undefined
  if (metaSpec) live.meta = { spec: metaSpec, ...(request.meta ?? {}) }
  const linkedInSpec = connected('linkedin') ? usable<LinkedInSpec>('linkedin', 'linkedin') : undefined
  if (linkedInSpec)
    live.linkedin = {
      spec: linkedInSpec,
      pricing: {
        bidType: 'CPM',
        campaignType: 'SPONSORED_UPDATES',
        dailyBudget: { amount: daily, currencyCode: request.currency },
      },
    }
  const outcomes = await liveEstimates(ctx.connect(credentials), live)
  return { audienceId, date: isoDate(today), offline, live: outcomes, skipped }
}
