import { z } from 'zod'
import { ChannelIdSchema, FidelityItemSchema } from '../channels/channel.js'
import { AudienceSchema } from '../model/audience-schema.js'
import { FeeSchema, PlanCostSchema } from './agency-fee.js'
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
    fee: FeeSchema.optional().meta({ description: "The agency's fee for this plan; default: the rate card's fees." }),
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

export const SizeReasonSchema = z
  .strictObject({
    message: z.string().meta({ description: 'Why the targeted size differs from the one described, in a sentence.' }),
    items: z
      .array(FidelityItemSchema)
      .meta({ description: "The channel's fidelity items that change whom it targets (dropped or approximated)." }),
  })
  .meta({ id: 'SizeReason' })
export type SizeReason = z.infer<typeof SizeReasonSchema>

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
  audienceSize: AudienceSizeSchema.meta({
    description: "People the channel's compiled spec targets (its dropped criteria narrow nothing), or the size given.",
  }),
  idealAudienceSize: AudienceSizeSchema.nullable()
    .optional()
    .meta({ description: 'The audience as described, on this channel; null when the line gives its own size.' }),
  sizeReason: SizeReasonSchema.nullable()
    .optional()
    .meta({ description: 'Why the targeted audience differs from the described one; null when it does not.' }),
  cpm: z.number().positive().meta({ description: 'Euros per 1,000 impressions (given, or implied by CPC × CTR).' }),
  cpc: z.number().positive().meta({ description: 'Euros per click (given, or implied by CPM / CTR).' }),
  ctr: z.number().positive().max(1),
  frequencyCap: z.int().nullable(),
})
export type LineResult = z.infer<typeof LineResultSchema>

export const PLATFORMS_OF: Record<z.infer<typeof ChannelIdSchema>, 'google' | 'meta' | 'linkedin'> = {
  google: 'google',
  facebook: 'meta',
  instagram: 'meta',
  linkedin: 'linkedin',
}

const PlatformReachSchema = z.strictObject({
  platform: z.enum(['google', 'meta', 'linkedin']),
  channels: z.array(ChannelIdSchema),
  pool: people("The platform's people in the audience: the largest of its lines' audiences (assumption)."),
  reach: people('People the platform reaches at least once, its lines combined (never above the pool).'),
})

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
  platforms: z
    .array(PlatformReachSchema)
    .optional()
    .meta({ description: 'Reach per platform: lines on one platform share its pool and never reach beyond it.' }),
})
export type PlanTotal = z.infer<typeof PlanTotalSchema>

const Assumptions = z.array(AssumptionSchema).meta({ description: 'Every factor behind the numbers, with its source.' })

export const EstimatedLineSchema = LineResultSchema.extend(LineGuidanceFields).meta({ id: 'EstimatedLine' })
export type EstimatedLine = z.infer<typeof EstimatedLineSchema>

/** A sized estimate, as plans store it: every line has an audience size; the guidance is derived on read. */
export const PlanEstimateSchema = z
  .strictObject({
    lines: z.array(LineResultSchema),
    total: PlanTotalSchema,
    cost: PlanCostSchema,
    assumptions: Assumptions,
  })
  .meta({ id: 'PlanEstimate' })
export type PlanEstimate = z.infer<typeof PlanEstimateSchema>

/** A sized estimate with its guidance: a stored plan's, as the API and the pages show it. */
export const GuidedPlanEstimateSchema = z
  .strictObject({
    lines: z.array(EstimatedLineSchema),
    total: PlanTotalSchema,
    cost: PlanCostSchema,
    ...PlanGuidanceFields,
    assumptions: Assumptions,
  })
  .meta({ id: 'GuidedPlanEstimate' })
export type GuidedPlanEstimate = z.infer<typeof GuidedPlanEstimateSchema>

const Unavailable = z
  .strictObject({ code: z.string(), message: z.string() })
  .nullable()
  .meta({ description: 'Why reach and frequency are null: no audience and no audienceSize to size them.' })

// Without an audience or an audienceSize, budget and rates still give impressions, clicks and cost (api.md 2026-12).
export const EstimateLineResultSchema = LineResultSchema.extend({
  reach: LineResultSchema.shape.reach.nullable(),
  frequency: LineResultSchema.shape.frequency.nullable(),
  reachAtLeast: ReachAtLeastSchema.nullable(),
  audienceSize: AudienceSizeSchema.nullable(),
  reachUnavailable: Unavailable.optional(),
  ...LineGuidanceFields,
  recommendedBudget: LineGuidanceFields.recommendedBudget.meta({
    description: 'null when the line has no audience to reach (size 0) or no audience size (reach unavailable).',
  }),
  warnings: LineGuidanceFields.warnings.meta({
    description: 'The warnings about this line (also in the top-level list); none unless every line is sized.',
  }),
}).meta({ id: 'EstimateLineResult' })
export type EstimateLineResult = z.infer<typeof EstimateLineResultSchema>

export const EstimateTotalSchema = PlanTotalSchema.extend({
  reach: PlanTotalSchema.shape.reach.nullable(),
  frequency: PlanTotalSchema.shape.frequency.nullable(),
  grp: PlanTotalSchema.shape.grp.nullable(),
  reachAtLeast: ReachAtLeastSchema.nullable(),
  universe: PlanTotalSchema.shape.universe.nullable(),
  reachUnavailable: Unavailable.optional(),
})
export type EstimateTotal = z.infer<typeof EstimateTotalSchema>

export const EstimateResponseSchema = z
  .strictObject({
    lines: z.array(EstimateLineResultSchema),
    total: EstimateTotalSchema,
    cost: PlanCostSchema,
    warnings: PlanGuidanceFields.warnings.meta({
      description:
        "Every warning: the plan's and each line's. Empty when a line has no audience size: the guidance measures reach, and without every line's size there is none to measure.",
    }),
    recommendedBudget: PlanGuidanceFields.recommendedBudget.meta({
      description:
        "The plan's own reach curve at the threshold; null when no line with a budget has an audience, or when a line has no audience size (no reach curve to measure).",
    }),
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
      lines: z
        .array(z.int().nonnegative())
        .optional()
        .meta({ description: 'target_exceeds_bounds: the lines whose maximum stops the plan (indexes into lines).' }),
      assumptions: Assumptions,
    }),
  ])
  .meta({ id: 'BudgetForReachResponse' })
export type BudgetForReachResponse = z.infer<typeof BudgetForReachResponseSchema>
