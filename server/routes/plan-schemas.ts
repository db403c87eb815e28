import { z } from 'zod'
import {
  AssumptionSchema,
  ChannelIdSchema,
  EstimateLineSchema,
  EstimatedLineSchema,
  GuidedPlanEstimateSchema,
  FeeSchema,
  GuidanceSettingsSchema,
  LineResultSchema,
  PlanRecommendationSchema,
  WarningSchema,
  PlanTotalSchema,
  ReachModelSchema,
} from '../../audiences/index.js'
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
  guidance: GuidanceSettingsSchema.optional(),
  fee: FeeSchema.optional().meta({ description: "The agency's fee for this plan; default: the rate card's fees." }),
  scenarios: z.array(ScenarioSchema).max(10).default([]),
}

export const CreatePlanSchema = z.strictObject({ clientId: IdSchema, ...PlanFields }).meta({ id: 'CreatePlanRequest' })
export const UpdatePlanSchema = z
  .strictObject({ version: z.int().min(1).meta({ description: 'The version being replaced.' }), ...PlanFields })
  .meta({ id: 'UpdatePlanRequest' })
export type PlanContent = Omit<z.output<typeof UpdatePlanSchema>, 'version' | 'name'>

export const PlanStatusSchema = z.enum(PLAN_STATUSES).meta({
  description:
    'draft → shared → changes_requested (the client asked for changes) → shared again → approved; an approved version ' +
    'is frozen and a change makes a new draft version.',
})

export const ApproverSchema = z
  .strictObject({ name: z.string().nullable(), email: z.string().nullable() })
  .nullable()
  .meta({
    id: 'PlanApprover',
    description: 'Who approved: the name and email a share-link approver gave, or the signed-in user’s email.',
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
    guidance: GuidanceSettingsSchema.nullable(),
    fee: FeeSchema.nullable().meta({ description: "The plan's own fee; null: the rate card's fees." }),
    scenarios: z.array(ScenarioSchema.extend({ estimate: GuidedPlanEstimateSchema })),
    estimate: GuidedPlanEstimateSchema,
    createdAt: z.string(),
    createdBy: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string(),
    sharedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    approvedBy: z.string().nullable(),
    approver: ApproverSchema,
    sharedVersion: z
      .int()
      .nullable()
      .meta({
        description:
          'The version the client and share links see (null until first shared): an edit after sharing is a new ' +
          'draft they do not see until it is shared.',
      }),
    sharedStatus: PlanStatusSchema.nullable().meta({ description: 'The status of the shared version.' }),
  })
  .meta({ id: 'StoredPlan' })

// What a client (a client user or a share link) is shown: no rates (CPM, CPC, CTR are the agency's margins), no
// targeting internals (criteria shares, reach model, scenarios) and no agency user ids.
const ClientLineSchema = z
  .strictObject({
    audienceId: z.string(),
    channel: ChannelIdSchema,
    budget: z.number(),
    startDate: z.iso.date().optional(),
    endDate: z.iso.date().optional(),
    frequencyCap: z.int().optional(),
  })
  .meta({ id: 'ClientPlanLine' })

const ClientLineResultSchema = LineResultSchema.pick({
  channel: true,
  budget: true,
  spend: true,
  impressions: true,
  clicks: true,
  reach: true,
  frequency: true,
  reachAtLeast: true,
  audienceSize: true,
  frequencyCap: true,
})
  .extend({ warnings: z.array(WarningSchema), recommendedBudget: EstimatedLineSchema.shape.recommendedBudget })
  .meta({ id: 'ClientEstimateLine' })

export const ClientEstimateSchema = z
  .strictObject({
    lines: z.array(ClientLineResultSchema),
    total: PlanTotalSchema,
    warnings: z.array(WarningSchema),
    recommendedBudget: PlanRecommendationSchema.nullable(),
    assumptions: z
      .array(AssumptionSchema)
      .meta({ description: 'The sources and models behind the numbers (rates and criteria shares left out).' }),
  })
  .meta({ id: 'ClientEstimate' })

export const ClientPlanSchema = z
  .strictObject({
    id: z.string(),
    clientId: z.string(),
    name: z.string(),
    version: z.int(),
    status: PlanStatusSchema,
    lines: z.array(ClientLineSchema),
    estimate: ClientEstimateSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    sharedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    approvedBy: z
      .string()
      .nullable()
      .meta({ description: 'The approving user’s id, or share-link:<id> when approved through a share link.' }),
    approver: ApproverSchema,
  })
  .meta({ id: 'ClientPlan', description: 'A plan as its client sees it: no rates, margins or targeting internals.' })
export type ClientPlan = z.infer<typeof ClientPlanSchema>

export const PlanForCallerSchema = z
  .union([StoredPlanSchema, ClientPlanSchema])
  .meta({ description: 'StoredPlan for agency roles; ClientPlan for client users.' })
