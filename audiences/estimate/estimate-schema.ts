import { z } from 'zod'
import { ChannelIdSchema } from '../channels/channel.js'
import { AudienceSchema } from '../model/audience-schema.js'
import { AssumptionSchema } from './assumption-log.js'
import { GuidanceSettingsSchema, LineGuidanceFields, PlanGuidanceFields } from './guidance-schema.js'
import { PricingSchema } from './rate-card.js'
import { REACH_LEVELS, ReachModelSchema } from './reach-model.js'

const euros = (description: string) => z.number().nonnegative().max(1e9).meta({ description })
const people = (description: string) => z.number().nonnegative().meta({ description })

const RateFields = {
  pricing: PricingSchema.optional(),
  cpm: z
    .number()
    .positive()
    .max(10_000)
    .optional()
    .meta({ description: 'Euros per 1,000 impressions; default from the rate card.' }),
  cpc: z
    .number()
    .positive()
    .max(10_000)
    .optional()
    .meta({ description: 'Euros per click; default from the rate card.' }),
  ctr: z
    .number()
    .positive()
    .max(1)
    .optional()
    .meta({ description: 'Click-through rate, 0.01 = 1 %; default from the rate card.' }),
  // A count of people: whole and finite, so no fraction of a person can make frequency infinite.
  audienceSize: z
    .int()
    .min(0)
    .max(1e10)
    .optional()
    .meta({ description: 'People the channel can reach; overrides the estimate from the audience.' }),
  frequencyCap: z
    .int()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'At most this many impressions per person over the flight.' }),
}

const PlanFields = {
  audience: AudienceSchema.optional().meta({ description: 'The audience whose population sizes the lines.' }),
  universe: z
    .int()
    .min(1)
    .max(1e10)
    .optional()
    .meta({ description: "People over whom reach is unduplicated; default: the audience's estimated population." }),
  reachModel: ReachModelSchema.optional().meta({ description: 'Default: Poisson.' }),
  flightDays: z
    .int()
    .min(1)
    .max(3650)
    .optional()
    .meta({ description: 'Length of the flight; gives each line without its own dates a daily budget.' }),
  guidance: GuidanceSettingsSchema.optional(),
}

const FlightFields = {
  startDate: z.iso.date().optional().meta({ description: "The line's first day; with endDate, its daily budget." }),
  endDate: z.iso.date().optional().meta({ description: "The line's last day (included)." }),
}
type Dated = { startDate?: string | undefined; endDate?: string | undefined }
// A flight that ends before it starts is a 400 on that line's endDate.
const flightsInOrder = (lines: readonly Dated[], ctx: z.RefinementCtx) =>
  lines.forEach((l, i) => {
    if (l.startDate && l.endDate && l.startDate > l.endDate)
      ctx.addIssue({ code: 'custom', path: [i, 'endDate'], message: 'the flight ends before it starts' })
  })

export const EstimateLineSchema = z.strictObject({
  channel: ChannelIdSchema,
  budget: euros('Euros for this line.'),
  ...RateFields,
  ...FlightFields,
})
export type EstimateLine = z.infer<typeof EstimateLineSchema>

const MAX_PLAN_BUDGET = 1e9
const withinPlanBudget = (lines: readonly { budget: number }[]) =>
  lines.reduce((sum, line) => sum + line.budget, 0) <= MAX_PLAN_BUDGET

export const EstimateRequestSchema = z
  .strictObject({
    ...PlanFields,
    lines: z
      .array(EstimateLineSchema)
      .min(1)
      .max(50)
      .refine(withinPlanBudget, { message: `the lines' budgets add up to more than ${MAX_PLAN_BUDGET} €` })
      .superRefine(flightsInOrder),
  })
  .meta({ id: 'EstimateRequest', description: 'Body of POST /api/v1/estimate.' })
export type EstimateRequest = z.infer<typeof EstimateRequestSchema>

export const AudienceSizeSchema = z
  .strictObject({ low: people('Low end.'), high: people('High end.'), value: people('Central estimate.') })
  .meta({ description: 'People the channel can reach in the audience, with an uncertainty band.' })

const ReachAtLeastSchema = z
  .array(z.number().nonnegative())
  .length(REACH_LEVELS)
  .meta({ description: 'People reached at least k times, for k = 1…10.' })

export const LineResultSchema = z.strictObject({
  channel: ChannelIdSchema,
  budget: euros('Euros planned.'),
  spend: euros('Euros that can be spent: less than the budget when a frequency cap saturates the audience.'),
  dailyBudget: z
    .number()
    .nonnegative()
    .nullable()
    .meta({ description: "budget / the days of the line's own flight, else / flightDays; null without either." }),
  pricing: PricingSchema,
  impressions: people('Impressions delivered.'),
  clicks: people('Clicks expected.'),
  reach: people('People reached at least once.'),
  frequency: z.number().nonnegative().meta({ description: 'Impressions per person reached.' }),
  reachAtLeast: ReachAtLeastSchema,
  audienceSize: AudienceSizeSchema,
  cpm: z.number().positive().meta({ description: 'Euros per 1,000 impressions (given, or implied by CPC × CTR).' }),
  cpc: z.number().positive().meta({ description: 'Euros per click (given, or implied by CPM / CTR).' }),
  ctr: z.number().positive().max(1),
  frequencyCap: z.int().nullable(),
})
export type LineResult = z.infer<typeof LineResultSchema>

export const PlanTotalSchema = z.strictObject({
  budget: euros('Sum of the line budgets.'),
  spend: euros('Sum of what the lines can spend.'),
  impressions: people('Sum of impressions.'),
  clicks: people('Sum of clicks.'),
  reach: people('Unduplicated reach over the universe (Sainsbury).'),
  frequency: z.number().nonnegative().meta({ description: 'Impressions per unduplicated person reached.' }),
  grp: z.number().nonnegative().meta({ description: 'Gross rating points: 100 × impressions / universe.' }),
  reachAtLeast: ReachAtLeastSchema,
  universe: people('People over whom reach is unduplicated.'),
})
export type PlanTotal = z.infer<typeof PlanTotalSchema>

const Assumptions = z.array(AssumptionSchema).meta({ description: 'Every factor behind the numbers, with its source.' })

export const EstimatedLineSchema = LineResultSchema.extend(LineGuidanceFields).meta({ id: 'EstimatedLine' })
export type EstimatedLine = z.infer<typeof EstimatedLineSchema>

export const EstimateResponseSchema = z
  .strictObject({
    lines: z.array(EstimatedLineSchema),
    total: PlanTotalSchema,
    ...PlanGuidanceFields,
    assumptions: Assumptions,
  })
  .meta({ id: 'EstimateResponse' })
export type EstimateResponse = z.infer<typeof EstimateResponseSchema>

export const PlanLineSchema = z.strictObject({
  channel: ChannelIdSchema,
  ...RateFields,
  ...FlightFields,
  min: euros('Spend at least this on the line.').optional(),
  max: euros('Spend at most this on the line.').optional(),
})
export type PlanLine = z.infer<typeof PlanLineSchema>

export const ObjectiveSchema = z
  .enum(['reach', 'clicks'])
  .meta({ description: 'reach: unduplicated people; clicks: total clicks.' })
export type Objective = z.infer<typeof ObjectiveSchema>

const EffectiveFrequencySchema = z
  .int()
  .min(1)
  .max(REACH_LEVELS)
  .default(1)
  .meta({ description: 'Reach counts people who see the ads at least this many times (k+ reach); default 1.' })

export const OptimizeRequestSchema = z
  .strictObject({
    ...PlanFields,
    lines: z.array(PlanLineSchema).min(1).max(20).superRefine(flightsInOrder),
    totalBudget: z.number().positive().max(1e9).meta({ description: 'Euros to split across the lines.' }),
    objective: ObjectiveSchema.default('reach'),
    effectiveFrequency: EffectiveFrequencySchema,
  })
  .meta({ id: 'OptimizeRequest', description: 'Body of POST /api/v1/optimize.' })
export type OptimizeRequest = z.infer<typeof OptimizeRequestSchema>

const SplitSchema = z.strictObject({ lines: z.array(LineResultSchema), total: PlanTotalSchema })

export const OptimizeResponseSchema = z
  .strictObject({
    objective: ObjectiveSchema,
    effectiveFrequency: z.int().meta({ description: 'The k of k+ reach the split maximised (objective reach).' }),
    lines: z.array(EstimatedLineSchema),
    total: PlanTotalSchema,
    ...PlanGuidanceFields,
    evenSplit: SplitSchema.meta({ description: 'The same budget split evenly (within the bounds), to show the gain.' }),
    assumptions: Assumptions,
  })
  .meta({ id: 'OptimizeResponse' })
export type OptimizeResponse = z.infer<typeof OptimizeResponseSchema>

export const BudgetForReachRequestSchema = z
  .strictObject({
    ...PlanFields,
    lines: z.array(PlanLineSchema).min(1).max(20).superRefine(flightsInOrder),
    targetReach: z
      .number()
      .positive()
      .meta({ description: 'People to reach at least effectiveFrequency times (default once), unduplicated.' }),
    effectiveFrequency: EffectiveFrequencySchema,
  })
  .meta({ id: 'BudgetForReachRequest', description: 'Body of POST /api/v1/budget-for-reach.' })
export type BudgetForReachRequest = z.infer<typeof BudgetForReachRequestSchema>

export const InfeasibleCodeSchema = z.enum(['target_exceeds_audience', 'target_exceeds_bounds'])

export const BudgetForReachResponseSchema = z
  .discriminatedUnion('feasible', [
    z.strictObject({
      feasible: z.literal(true),
      totalBudget: euros('The smallest total budget that reaches the target (to the cent).'),
      effectiveFrequency: z.int(),
      lines: z.array(EstimatedLineSchema),
      total: PlanTotalSchema,
      ...PlanGuidanceFields,
      assumptions: Assumptions,
    }),
    z.strictObject({
      feasible: z.literal(false),
      code: InfeasibleCodeSchema,
      reason: z.string().meta({ description: 'Why no budget reaches the target.' }),
      effectiveFrequency: z.int(),
      maxReach: people('The most people the lines can reach (at least effectiveFrequency times).'),
      assumptions: Assumptions,
    }),
  ])
  .meta({ id: 'BudgetForReachResponse' })
export type BudgetForReachResponse = z.infer<typeof BudgetForReachResponseSchema>
