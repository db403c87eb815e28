import { CHANNEL_IDS, estimateSizedPlan } from '../../audiences/index.js'
import type { Scope } from '../store/store-types.js'
import { audiencePlatforms } from './audience-platforms.js'
import type { LiveEstimatesRequest, LiveEstimatesResponse } from './connection-schemas.js'
import type { ConnectionDeps } from './connections.js'
import { isoDate } from './live-result.js'
import { liveEstimates, type LiveEstimateRequest } from './live-estimates.js'

const DAY_MS = 86_400_000

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
  const channels = request.channels ?? CHANNEL_IDS
  const { audience, taxonomy, connectors, specs, skipped, today } = await audiencePlatforms(
    deps,
    scope,
    audienceId,
    channels,
  )
  const rateCards = await deps.store.rateCards.all(scope.agencyId)
  const lines = channels.map((channel) => ({ channel, budget: request.budget }))
  const offline = estimateSizedPlan({ audience, lines, flightDays: request.flightDays }, taxonomy, { rateCards })

  const daily = request.budget / request.flightDays
  const live: LiveEstimateRequest = {}
  if (specs.google && request.google)
    live.google = {
      spec: specs.google,
      keywords: request.google.keywords,
      start: today,
      end: new Date(today.getTime() + (request.flightDays - 1) * DAY_MS),
      currencyCode: request.currency,
      maxCpcMicros: Math.round(request.google.maxCpc * 1e6),
      dailyBudgetMicros: Math.round(daily * 1e6),
    }
  else if (specs.google)
    skipped.push({
      platform: 'google',
      code: 'keywords_missing',
      reason: 'Google forecasts search keywords: give google.keywords and maxCpc.',
    })
  if (specs.meta) live.meta = { spec: specs.meta, ...(request.meta ?? {}) }
  if (specs.linkedin)
    live.linkedin = {
      spec: specs.linkedin,
      pricing: {
        bidType: 'CPM',
        campaignType: 'SPONSORED_UPDATES',
        dailyBudget: { amount: daily, currencyCode: request.currency },
      },
    }
  const outcomes = await liveEstimates(connectors, live)
  return { audienceId, date: isoDate(today), offline, live: outcomes, skipped }
}
