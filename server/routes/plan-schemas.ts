import { z } from 'zod'
import { EstimateLineSchema, EstimateResponseSchema, ReachModelSchema } from '../../audiences/index.js'
import { PLAN_STATUSES } from '../store/plan-records.js'
import { IdSchema } from './stored-objects.js'

export const StoredPlanLineSchema = EstimateLineSchema.omit({ audienceSize: true })
  .extend({
    audienceId: IdSchema.meta({ description: 'A stored audience of the same client.' }),
    startDate: z.iso.date().optional(),
    endDate: z.iso.date().optional(),
  })
  .refine((l) => !l.startDate || !l.endDate || l.startDate <= l.endDate, {
    path: ['endDate'],
    message: 'the flight ends before it starts',
  })
  .meta({ id: 'StoredPlanLine' })
export type StoredPlanLine = z.infer<typeof StoredPlanLineSchema>

const LinesSchema = z.array(StoredPlanLineSchema).min(1).max(50)

export const ScenarioSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    lines: LinesSchema,
    reachModel: ReachModelSchema.optional(),
  })
  .meta({ id: 'PlanScenario', description: 'An alternative set of lines, estimated beside the plan.' })

const PlanFields = {
  name: z.string().trim().min(1).max(200),
  lines: LinesSchema,
  reachModel: ReachModelSchema.optional(),
  scenarios: z.array(ScenarioSchema).max(10).default([]),
}

export const CreatePlanSchema = z.strictObject({ clientId: IdSchema, ...PlanFields }).meta({ id: 'CreatePlanRequest' })
export const UpdatePlanSchema = z
  .strictObject({ version: z.int().min(1).meta({ description: 'The version being replaced.' }), ...PlanFields })
  .meta({ id: 'UpdatePlanRequest' })
export type PlanContent = Omit<z.output<typeof UpdatePlanSchema>, 'version' | 'name'>

export const PlanStatusSchema = z.enum(PLAN_STATUSES).meta({
  description: 'draft → shared → approved; an approved version is frozen and a change makes a new draft version.',
})

export const StoredPlanSchema = z
  .strictObject({
    id: z.string(),
    clientId: z.string(),
    name: z.string(),
    version: z.int(),
    status: PlanStatusSchema,
    lines: z.array(StoredPlanLineSchema),
    reachModel: ReachModelSchema.nullable(),
    scenarios: z.array(ScenarioSchema.extend({ estimate: EstimateResponseSchema })),
    estimate: EstimateResponseSchema,
    createdAt: z.string(),
    createdBy: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string(),
    sharedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    approvedBy: z.string().nullable(),
  })
  .meta({ id: 'StoredPlan' })
