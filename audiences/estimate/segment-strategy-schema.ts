import { z } from 'zod'
import { AudienceSchema } from '../model/audience-schema.js'
import { AssumptionSchema } from './assumption-log.js'
import { PlanLineSchema } from './estimate-schema.js'
import { ReachModelSchema } from './reach-model.js'

// Seed 002: undifferentiated (one treatment for all), differentiated (one per segment), concentrated (one segment only).
export const SegmentStrategySchema = z.enum(['undifferentiated', 'differentiated', 'concentrated'])
export type SegmentStrategy = z.infer<typeof SegmentStrategySchema>

export const SegmentSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  audience: AudienceSchema.optional(),
  audienceSize: z
    .number()
    .positive()
    .optional()
    .meta({ description: 'People in the segment; used on every channel when there is no audience.' }),
})

export const SegmentComparisonRequestSchema = z
  .strictObject({
    segments: z.array(SegmentSchema).min(1).max(20),
    lines: z
      .array(PlanLineSchema.omit({ audienceSize: true, min: true, max: true }))
      .min(1)
      .max(20),
    totalBudget: z.number().positive().max(1e9),
    reachModel: ReachModelSchema.optional(),
    focus: z
      .int()
      .min(0)
      .optional()
      .meta({ description: 'Index of the segment a concentrated strategy serves; default the largest.' }),
    tailoredCtrLift: z.number().min(0.1).max(10).default(1).meta({
      description: 'CTR multiplier for messages tailored to one segment (differentiated, concentrated); 1 = no lift.',
    }),
  })
  .meta({ id: 'SegmentComparisonRequest' })
export type SegmentComparisonRequest = z.infer<typeof SegmentComparisonRequestSchema>

const SegmentOutcomeSchema = z.strictObject({
  name: z.string(),
  budget: z.number().nonnegative(),
  reach: z.number().nonnegative(),
  frequency: z.number().nonnegative(),
  clicks: z.number().nonnegative(),
})

export const StrategyOutcomeSchema = z.strictObject({
  strategy: SegmentStrategySchema,
  budget: z.number().nonnegative(),
  reach: z
    .number()
    .nonnegative()
    .meta({ description: 'People reached across all segments (segments assumed disjoint).' }),
  frequency: z.number().nonnegative(),
  clicks: z.number().nonnegative(),
  segmentsReached: z.int().nonnegative(),
  segments: z.array(SegmentOutcomeSchema),
})
export type StrategyOutcome = z.infer<typeof StrategyOutcomeSchema>

export const SegmentComparisonSchema = z
  .strictObject({ strategies: z.array(StrategyOutcomeSchema).length(3), assumptions: z.array(AssumptionSchema) })
  .meta({ id: 'SegmentComparison' })
export type SegmentComparison = z.infer<typeof SegmentComparisonSchema>
