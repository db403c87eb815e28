import { z } from 'zod'
import { CHANNEL_IDS } from '../channels/channel.js'

const FrequencyRangeSchema = z
  .strictObject({
    min: z.number().min(1).max(100).meta({ description: 'Fewest exposures per person reached that work.' }),
    max: z.number().min(1).max(1000).meta({ description: 'Most exposures per person reached before wastage.' }),
  })
  .refine((r) => r.min <= r.max, { path: ['max'], message: 'max must be at least min' })
  .meta({ description: 'Average frequency over the flight that counts as effective.' })
export type FrequencyRange = z.infer<typeof FrequencyRangeSchema>

export const GuidanceSettingsSchema = z
  .strictObject({
    frequencyRanges: z
      .partialRecord(z.enum(CHANNEL_IDS), FrequencyRangeSchema)
      .optional()
      .meta({ description: 'Effective frequency per channel over the flight; default 1–10 on every channel.' }),
    marginalThreshold: z.number().gt(0).lt(1).optional().meta({
      description:
        "Marginal reach per euro, as a share of the first euro's, where the recommended budget stops; default 0.1.",
    }),
  })
  .meta({ id: 'GuidanceSettings', description: 'What the warnings and the recommended budget measure against.' })
export type GuidanceSettings = z.infer<typeof GuidanceSettingsSchema>

const count = (description: string) => z.number().nonnegative().meta({ description })

export const RecommendedBudgetSchema = z
  .strictObject({
    budget: count('Euros where marginal reach per euro falls to the threshold share of the first euro’s.'),
    impressions: count('Impressions at that budget.'),
    reach: count('People reached at least once at that budget.'),
    frequency: count('Average frequency at that budget.'),
  })
  .meta({ id: 'RecommendedBudget' })
export type RecommendedBudget = z.infer<typeof RecommendedBudgetSchema>

export const PlanRecommendationSchema = z
  .strictObject({
    budget: count("Where the plan's reach curve (its mix scaled) has the threshold share of the first euro's reach."),
    lineBudgets: z
      .array(count('Euros.'))
      .meta({ description: "Each line's part: its budget scaled (0 when it reaches nobody)." }),
    reach: count('Unduplicated reach at those budgets.'),
    frequency: count('Impressions per person reached at those budgets.'),
  })
  .meta({ id: 'PlanRecommendation' })
export type PlanRecommendation = z.infer<typeof PlanRecommendationSchema>

export const CapSuggestionSchema = z
  .strictObject({
    frequencyCap: z.int().min(1).meta({ description: 'At most this many impressions per person over the flight.' }),
    reach: count('People reached with the cap.'),
    frequency: count('Average frequency with the cap.'),
    impressions: count('Impressions the cap lets the budget buy.'),
    spend: count('Euros the line can spend with the cap (less than the budget when the cap saturates the audience).'),
    platformSetting: z
      .discriminatedUnion('platform', [
        z.strictObject({
          platform: z.literal('meta'),
          maxFrequency: z.int().min(1),
          intervalDays: z.int().min(1).max(90),
        }),
        z.strictObject({ platform: z.literal('google'), impressions: z.int().min(1), timeUnit: z.enum(['WEEK']) }),
      ])
      .nullable()
      .meta({ description: "The cap in the platform's own terms; null without flight dates." }),
  })
  .meta({ id: 'FrequencyCapSuggestion' })
export type CapSuggestion = z.infer<typeof CapSuggestionSchema>

export const WARNING_CODES = [
  'frequency_above_range',
  'frequency_below_range',
  'diminishing_returns',
  'audience_below_minimum',
  'audience_too_small_for_budget',
  'lines_overlap',
] as const
export const ACTION_CODES = [
  'set_frequency_cap',
  'lower_budget',
  'raise_budget',
  'widen_audience',
  'merge_lines',
] as const

const ActionSchema = z
  .strictObject({
    code: z.enum(ACTION_CODES),
    message: z.string(),
    budget: count('The budget to set (lower_budget, raise_budget).').optional(),
    frequencyCap: z.int().min(1).optional(),
    audienceSize: count('People the audience needs (widen_audience).').optional(),
  })
  .meta({ description: 'What to do about it.' })

const optionalNumber = (description: string) => z.number().meta({ description }).optional()

export const WarningSchema = z
  .strictObject({
    code: z.enum(WARNING_CODES),
    severity: z.enum(['warning', 'info']),
    line: z.int().min(0).optional().meta({ description: 'The line it concerns; absent for the plan as a whole.' }),
    otherLine: z.int().min(0).optional().meta({ description: 'lines_overlap: the earlier line of the pair.' }),
    message: z.string().meta({ description: 'The finding in English, with its numbers.' }),
    frequency: optionalNumber('Average frequency over the flight.'),
    range: z.strictObject({ min: z.number(), max: z.number() }).optional(),
    flightDays: optionalNumber('Days of the line’s flight, when it has dates.'),
    budget: optionalNumber('The line’s budget.'),
    recommendedBudget: optionalNumber('Where the marginal return falls to the threshold.'),
    marginalShare: optionalNumber('Marginal reach per euro at the budget, as a share of the first euro’s.'),
    threshold: optionalNumber('The threshold share.'),
    reach: optionalNumber('People reached at the budget.'),
    reachAtRecommended: optionalNumber('People reached at the recommended budget.'),
    audienceSize: optionalNumber('People the line can reach.'),
    minimum: optionalNumber('The platform’s smallest audience.'),
    impressionsPerPerson: optionalNumber('Impressions bought per person in the audience.'),
    sharedPeople: optionalNumber('People both lines are expected to reach (random duplication in one pool).'),
    platform: z.enum(['google', 'meta', 'linkedin']).optional(),
    source: z.string().optional().meta({
      description: 'Where a platform rule comes from; the ranges and the overlap rule are in the assumptions.',
    }),
    action: ActionSchema,
  })
  .meta({ id: 'EstimateWarning', description: 'A finding about the plan: its code, numbers and what to do.' })
export type Warning = z.infer<typeof WarningSchema>
export type WarningCode = Warning['code']

export const LineGuidanceFields = {
  recommendedBudget: RecommendedBudgetSchema.nullable().meta({
    description: 'null when the line has no audience to reach (size 0).',
  }),
  warnings: z.array(WarningSchema).meta({ description: 'The warnings about this line (also in the top-level list).' }),
  frequencyCapSuggestion: CapSuggestionSchema.nullable().meta({
    description: 'A cap that brings frequency into the effective range, on channels that take caps; else null.',
  }),
}

export const PlanGuidanceFields = {
  warnings: z.array(WarningSchema).meta({ description: 'Every warning: the plan’s and each line’s.' }),
  recommendedBudget: PlanRecommendationSchema.nullable().meta({
    description: "The plan's own reach curve at the threshold; null when no line with a budget has an audience.",
  }),
}
