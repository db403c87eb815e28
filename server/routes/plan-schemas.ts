import { z } from 'zod'
import {
  AssumptionSchema,
  ChannelIdSchema,
  EstimateLineSchema,
  PlanEstimateSchema,
  LineResultSchema,
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
    scenarios: z.array(ScenarioSchema.extend({ estimate: PlanEstimateSchema })),
    estimate: PlanEstimateSchema,
    createdAt: z.string(),
    createdBy: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string(),
    sharedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    approvedBy: z.string().nullable(),
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
}).meta({ id: 'ClientEstimateLine' })

export const ClientEstimateSchema = z
  .strictObject({
    lines: z.array(ClientLineResultSchema),
    total: PlanTotalSchema,
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
  })
  .meta({ id: 'ClientPlan', description: 'A plan as its client sees it: no rates, margins or targeting internals.' })
export type ClientPlan = z.infer<typeof ClientPlanSchema>

export const PlanForCallerSchema = z
  .union([StoredPlanSchema, ClientPlanSchema])
  .meta({ description: 'StoredPlan for agency roles; ClientPlan for client users.' })
