import { z } from 'zod'
import {
  AudienceSchema,
  ChannelIdSchema,
  GuidedPlanEstimateSchema,
  FidelitySchema,
  LocaleSchema,
  PolicyFindingSchema,
  PricingSchema,
} from '../../audiences/index.js'

export const CompiledChannelSchema = z.strictObject({
  spec: z.unknown().meta({ description: "The platform's targeting spec, as compileAudience wrote it." }),
  fidelity: FidelitySchema,
  policy: z.array(PolicyFindingSchema),
})
export type CompiledChannel = z.infer<typeof CompiledChannelSchema>

export const ExportAudienceSchema = z.strictObject({
  name: z.string().min(1),
  definition: AudienceSchema,
  places: z.array(z.string()).meta({ description: "The places the audience includes, named in the export's locale." }),
  compiled: z.partialRecord(ChannelIdSchema, CompiledChannelSchema),
})
export type ExportAudience = z.infer<typeof ExportAudienceSchema>

export const ExportLineSchema = z.strictObject({
  audienceName: z.string().min(1),
  channel: ChannelIdSchema,
  budget: z.number().nonnegative(),
  pricing: PricingSchema,
  cpm: z.number().positive().optional(),
  cpc: z.number().positive().optional(),
  ctr: z.number().positive().max(1).optional(),
  startDate: z.iso.date().optional(),
  endDate: z.iso.date().optional(),
  flightDays: z.int().min(1).optional().meta({ description: 'Days from startDate to endDate, both included.' }),
  dailyBudget: z
    .number()
    .nonnegative()
    .optional()
    .meta({ description: "budget / flightDays: the line's daily budget on its platform." }),
  frequencyCap: z.int().min(1).optional(),
})
export type ExportLine = z.infer<typeof ExportLineSchema>

const ReachRangeSchema = z.strictObject({ low: z.number().nonnegative(), high: z.number().nonnegative() })

export const PlanExportInputSchema = z
  .strictObject({
    planName: z.string().min(1),
    clientName: z.string().min(1),
    locale: LocaleSchema,
    currency: z.literal('EUR'),
    lines: z.array(ExportLineSchema).min(1),
    audiences: z.array(ExportAudienceSchema).min(1),
    estimate: GuidedPlanEstimateSchema,
    reachRanges: z
      .array(ReachRangeSchema)
      .meta({ description: 'Per line: reach if the audience is at the low or high end of its size band.' }),
    sizeNotes: z
      .array(z.string().nullable())
      .optional()
      .meta({ description: "Per line: why its channel targets other people than described, in the export's locale." }),
  })
  .refine((p) => p.lines.length === p.estimate.lines.length && p.lines.length === p.reachRanges.length, {
    message: 'one estimate line and one reach range per plan line',
  })
  .meta({ id: 'PlanExportInput' })
export type PlanExportInput = z.infer<typeof PlanExportInputSchema>

export const AudienceExportInputSchema = z
  .strictObject({ locale: LocaleSchema, audience: ExportAudienceSchema })
  .meta({ id: 'AudienceExportInput' })
export type AudienceExportInput = z.infer<typeof AudienceExportInputSchema>
