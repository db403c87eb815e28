import { z } from 'zod'
import type { GoogleSpec } from '../../../audiences/channels/google/google-spec-schema.js'
import { unexpectedResponse } from '../platform-error.js'
import { emptyEstimate, isoDate, type LiveEstimate } from '../live-result.js'
import { googleAds } from '../platform-sdks.js'
import type { GoogleContext } from './google-client.js'

export type KeywordForecastOptions = {
  keywords: readonly string[]
  geoTargetConstants: readonly string[]
  languageConstants: readonly string[]
  start: Date
  end: Date
  currencyCode: string
  maxCpcMicros: number
  dailyBudgetMicros?: number
}

// Money and counts come back as numbers, numeric strings (int64 over JSON) or protobuf Longs.
const metric = z
  .union([z.number(), z.string(), z.object({ toNumber: z.function() })])
  .transform((v) => (typeof v === 'object' ? Number(v.toNumber()) : Number(v)))
  .nullable()
  .optional()
const ForecastResponseSchema = z.object({
  campaign_forecast_metrics: z
    .object({ clicks: metric, cost_micros: metric, conversions: metric, average_cpc_micros: metric })
    .nullable()
    .optional(),
})

const micros = (v: number | null | undefined) => (v === null || v === undefined ? null : v / 1_000_000)

// Search lines: the spec's locations and languages with the planner's keywords (platforms.md §1.7).
export function forecastTargetsOf(
  spec: GoogleSpec,
): Pick<KeywordForecastOptions, 'geoTargetConstants' | 'languageConstants'> {
  return {
    geoTargetConstants: spec.campaignCriteria.flatMap((c) =>
      'location' in c && !c.negative ? [c.location.geo_target_constant] : [],
    ),
    languageConstants: spec.campaignCriteria.flatMap((c) => ('language' in c ? [c.language.language_constant] : [])),
  }
}

export function keywordForecastRequest(customerId: string, options: KeywordForecastOptions) {
  const phrase = googleAds().enums.KeywordMatchType.PHRASE
  return {
    customer_id: customerId,
    currency_code: options.currencyCode,
    forecast_period: { start_date: isoDate(options.start), end_date: isoDate(options.end) },
    campaign: {
      language_constants: [...options.languageConstants],
      geo_target_constants: [...options.geoTargetConstants],
      bidding_strategy: {
        manual_cpc_bidding_strategy: {
          max_cpc_bid_micros: options.maxCpcMicros,
          ...(options.dailyBudgetMicros ? { daily_budget_micros: options.dailyBudgetMicros } : {}),
        },
      },
      ad_groups: [{ keywords: options.keywords.map((text) => ({ text, match_type: phrase })) }],
    },
  }
}

// v24 CampaignToForecast: language_constants, geo_target_constants, bidding_strategy, ad_groups; its
// KeywordForecastMetrics has no impressions (keyword_plan_idea_service.proto; platforms.md §1.7).
export async function googleKeywordForecast(
  ctx: GoogleContext,
  options: KeywordForecastOptions,
): Promise<LiveEstimate> {
  const request = keywordForecastRequest(ctx.customerId, options)
  const response = await ctx.call(() => ctx.customer.keywordPlanIdeas.generateKeywordForecastMetrics(request as never))
  const parsed = ForecastResponseSchema.safeParse(response)
  if (!parsed.success) throw unexpectedResponse('google', 'generateKeywordForecastMetrics')
  const m = parsed.data.campaign_forecast_metrics
  return {
    ...emptyEstimate({
      platform: 'google',
      account: ctx.customerId,
      date: isoDate(ctx.deps.clock()),
      endpoint: 'KeywordPlanIdeaService.GenerateKeywordForecastMetrics',
    }),
    forecast: {
      start: isoDate(options.start),
      end: isoDate(options.end),
      currency: options.currencyCode,
      impressions: null,
      clicks: m?.clicks ?? null,
      cost: micros(m?.cost_micros),
      conversions: m?.conversions ?? null,
      averageCpc: micros(m?.average_cpc_micros),
    },
    notes: m ? [] : ['Google returned no forecast for these keywords.'],
  }
}
