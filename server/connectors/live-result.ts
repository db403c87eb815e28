import { z } from 'zod'
import { PlatformSchema } from '../../audiences/index.js'
import { DEFAULT_RETRY, realSleep, type RetryDeps, type RetryPolicy } from './retry.js'

export const LiveSourceSchema = z.strictObject({
  kind: z.literal('live'),
  platform: PlatformSchema,
  account: z.string().min(1),
  date: z.iso.date(),
})
export type LiveSource = z.infer<typeof LiveSourceSchema>

export const LookupCandidateSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  detail: z.string().optional().meta({ description: 'Type, path or canonical name, to tell namesakes apart.' }),
  country: z.string().length(2).optional(),
  source: LiveSourceSchema,
})
export type LookupCandidate = z.infer<typeof LookupCandidateSchema>

const count = z.number().int().nonnegative().nullable()

export const LiveEstimateSchema = z
  .strictObject({
    platform: PlatformSchema,
    account: z.string().min(1),
    date: z.iso.date(),
    endpoint: z.string().min(1),
    audience: z
      .strictObject({ lower: count, upper: count, active: count.optional() })
      .nullable()
      .meta({ description: 'People the targeting reaches; null bounds where the platform withholds them.' }),
    dailyCurve: z
      .array(z.strictObject({ spend: z.number(), reach: z.number(), impressions: z.number(), actions: z.number() }))
      .meta({ description: 'Meta daily_outcomes_curve: spend (account currency) → daily reach and results.' }),
    pricing: z
      .strictObject({
        currency: z.string(),
        bidMin: z.number().nullable(),
        bidMax: z.number().nullable(),
        bidSuggested: z.number().nullable(),
        dailyBudgetMin: z.number().nullable(),
        dailyBudgetMax: z.number().nullable(),
      })
      .nullable(),
    forecast: z
      .strictObject({
        start: z.iso.date(),
        end: z.iso.date(),
        currency: z.string(),
        impressions: z.number().nullable(),
        clicks: z.number().nullable(),
        cost: z.number().nullable(),
        conversions: z.number().nullable(),
        averageCpc: z.number().nullable(),
      })
      .nullable(),
    notes: z.array(z.string()),
  })
  .meta({ description: 'A live estimate from a platform, dated, shown beside kohde’s offline estimate.' })
export type LiveEstimate = z.infer<typeof LiveEstimateSchema>

export const emptyEstimate = (
  base: Pick<LiveEstimate, 'platform' | 'account' | 'date' | 'endpoint'>,
): LiveEstimate => ({ ...base, audience: null, dailyCurve: [], pricing: null, forecast: null, notes: [] })

export type ValidationOutcome = {
  platform: z.infer<typeof PlatformSchema>
  account: string
  date: string
  valid: boolean
  problems: { platformCode: string; message: string; location?: string }[]
  notes?: string[]
}

export type ConnectorDeps = RetryDeps & { retry: RetryPolicy; clock: () => Date }

export const defaultConnectorDeps = (clock: () => Date): ConnectorDeps => ({
  retry: DEFAULT_RETRY,
  random: Math.random,
  sleep: realSleep,
  clock,
})

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10)
