import { z } from 'zod'
import type { TargetingCriteria } from '../../../audiences/channels/linkedin/linkedin-spec-schema.js'
import { unexpectedResponse } from '../platform-error.js'
import { emptyEstimate, isoDate, type LiveEstimate } from '../live-result.js'
import type { LinkedInContext } from './linkedin-client.js'

const AudienceCountSchema = z.object({
  total: z.number().int().nonnegative(),
  active: z.number().int().nonnegative().optional(),
})
const amount = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?[0-9.]+$/)
    .transform(Number),
])
const Money = z.object({ amount, currencyCode: z.string() })
const PricingSchema = z.object({
  bidLimits: z.object({ min: Money, max: Money }).partial().optional(),
  suggestedBid: z.object({ default: Money, min: Money, max: Money }).partial().optional(),
  dailyBudgetLimits: z.object({ default: Money, min: Money, max: Money }).partial().optional(),
})
const ForecastElementSchema = z.object({ metricType: z.string(), timeSeries: z.array(z.unknown()).default([]) })

const base = (ctx: LinkedInContext, endpoint: string) =>
  emptyEstimate({ platform: 'linkedin', account: ctx.accountUrn, date: isoDate(ctx.deps.clock()), endpoint })

// "total … is 0 when the audience size is less than 300. The total is a rounded approximation" (audience-counts doc).
export async function linkedInAudienceCount(
  ctx: LinkedInContext,
  targetingCriteria: TargetingCriteria,
): Promise<LiveEstimate> {
  const elements = await ctx.finder('/audienceCounts', 'targetingCriteriaV2', { targetingCriteria })
  const parsed = AudienceCountSchema.safeParse(elements[0])
  if (!parsed.success) throw unexpectedResponse('linkedin', 'audienceCounts elements[0]')
  const { total, active } = parsed.data
  return {
    ...base(ctx, 'audienceCounts'),
    audience: { lower: total === 0 ? null : total, upper: total === 0 ? null : total, active: active ?? null },
    notes:
      total === 0 ? ['LinkedIn reports 0: the audience has fewer than 300 members, below its minimum to run.'] : [],
  }
}

export type LinkedInPricingOptions = {
  bidType: 'CPM' | 'CPC' | 'CPV'
  campaignType: 'TEXT_AD' | 'SPONSORED_UPDATES' | 'SPONSORED_INMAILS' | 'DYNAMIC'
  dailyBudget: { amount: number; currencyCode: string }
}

export async function linkedInBudgetPricing(
  ctx: LinkedInContext,
  targetingCriteria: TargetingCriteria,
  options: LinkedInPricingOptions,
): Promise<LiveEstimate> {
  const elements = await ctx.finder('/adBudgetPricing', 'criteriaV2', {
    account: ctx.accountUrn,
    bidType: options.bidType,
    campaignType: options.campaignType,
    matchType: 'EXACT',
    targetingCriteria,
    dailyBudget: { amount: options.dailyBudget.amount.toFixed(2), currencyCode: options.dailyBudget.currencyCode },
  })
  const parsed = PricingSchema.safeParse(elements[0])
  if (!parsed.success) throw unexpectedResponse('linkedin', 'adBudgetPricing elements[0]')
  const p = parsed.data
  return {
    ...base(ctx, 'adBudgetPricing'),
    pricing: {
      currency: p.suggestedBid?.default?.currencyCode ?? options.dailyBudget.currencyCode,
      bidMin: p.bidLimits?.min?.amount ?? null,
      bidMax: p.bidLimits?.max?.amount ?? null,
      bidSuggested: p.suggestedBid?.default?.amount ?? null,
      dailyBudgetMin: p.dailyBudgetLimits?.min?.amount ?? null,
      dailyBudgetMax: p.dailyBudgetLimits?.max?.amount ?? null,
    },
  }
}

export type LinkedInForecastOptions = {
  start: Date
  end: Date
  dailyBudget: { amount: number; currencyCode: string }
  bid: { bidType: 'CPM' | 'CPC'; amount: number }
}

const sumSeries = (series: unknown[]): number | null => {
  const values = series.map((point) =>
    typeof point === 'number' ? point : Number((point as { value?: unknown } | null)?.value ?? Number.NaN),
  )
  return values.length > 0 && values.every(Number.isFinite) ? values.reduce((a, b) => a + b, 0) : null
}

// Response field names (metricType, timeSeries) come from third-party wrappers (platforms.md §3.4, open question 13).
export async function linkedInSupplyForecast(
  ctx: LinkedInContext,
  targetingCriteria: TargetingCriteria,
  options: LinkedInForecastOptions,
): Promise<LiveEstimate> {
  const currencyCode = options.dailyBudget.currencyCode
  const elements = await ctx.finder('/adSupplyForecasts', 'criteriaV2', {
    account: ctx.accountUrn,
    campaignType: 'SPONSORED_UPDATES',
    timeRange: { start: options.start.getTime(), end: options.end.getTime() },
    dailyBudget: { amount: options.dailyBudget.amount.toFixed(2), currencyCode },
    competingBid: { bidType: options.bid.bidType, bidPrice: { amount: options.bid.amount.toFixed(2), currencyCode } },
    targetingCriteria,
  })
  const parsed = z.array(ForecastElementSchema).safeParse(elements)
  if (!parsed.success) throw unexpectedResponse('linkedin', 'adSupplyForecasts elements')
  const metric = (type: string) => sumSeries(parsed.data.find((e) => e.metricType === type)?.timeSeries ?? [])
  return {
    ...base(ctx, 'adSupplyForecasts'),
    forecast: {
      start: isoDate(options.start),
      end: isoDate(options.end),
      currency: currencyCode,
      impressions: metric('IMPRESSION'),
      clicks: metric('CLICK'),
      cost: metric('SPENDING'),
      conversions: null,
      averageCpc: null,
    },
    notes: ['LinkedIn supply forecast: response field names are not confirmed in LinkedIn’s own docs yet.'],
  }
}
