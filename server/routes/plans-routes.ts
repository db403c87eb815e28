import { z } from 'zod'
import { pageQueryShape, pageSchemaOf } from '../http/list-paging.js'
import { ROLES } from '../store/store-types.js'
import { presentPlanFor } from './plan-client-view.js'
import {
  CreatePlanSchema,
  PlanForCallerSchema,
  PlanStatusSchema,
  StoredPlanSchema,
  UpdatePlanSchema,
} from './plan-schemas.js'
import { planWriteOf, presentPlan } from './plan-write.js'
import { defineRoute } from './route-table.js'
import { callerOf, found, idOf, IdSchema, settled } from './stored-objects.js'

const WRITERS = ['admin', 'staff'] as const
const PLAN_ERRORS = [
  'not_found',
  'audience_invalid',
  'audience_size_unknown',
  'universe_too_small',
  'reach_model_invalid',
] as const

const ListPlansSchema = z.strictObject({
  clientId: IdSchema.optional(),
  status: PlanStatusSchema.optional(),
  ...pageQueryShape,
})

export const plansRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/plans',
    summary: 'Store a plan for a client: lines of stored audiences × channels, estimated with your rate cards',
    tags: ['plans'],
    auth: WRITERS,
    request: CreatePlanSchema,
    responses: {
      201: { description: 'The plan, version 1, status draft, with its estimate.', schema: StoredPlanSchema },
    },
    errors: [...PLAN_ERRORS],
    handle: async (input, { store, taxonomy }) => {
      const { actor, scope } = callerOf(input)
      const { clientId, ...body } = input.body
      const write = await planWriteOf(store, taxonomy, actor, scope, clientId, body)
      return { status: 201, body: presentPlan(found(await store.plans.create(actor, clientId, write), 'client')) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/plans',
    summary: 'Plans: the agency’s, or for a client user the shared and approved plans of their client',
    tags: ['plans'],
    auth: ROLES,
    query: ListPlansSchema,
    responses: {
      200: {
        description: 'One page of plans (ClientPlan for client users).',
        schema: pageSchemaOf(PlanForCallerSchema),
      },
    },
    handle: async (input, { store }) => {
      const { scope, role } = callerOf(input)
      const page = await store.plans.list(scope, input.query)
      return { status: 200, body: { items: page.items.map(presentPlanFor(role)), nextCursor: page.nextCursor } }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/plans/:id',
    summary: 'One plan (a client user sees its newest shared or approved version)',
    tags: ['plans'],
    auth: ROLES,
    responses: { 200: { description: 'The plan (ClientPlan for client users).', schema: PlanForCallerSchema } },
    errors: ['not_found'],
    handle: async (input, { store }) => {
      const { scope, role } = callerOf(input)
      return {
        status: 200,
        body: presentPlanFor(role)(found(await store.plans.get(scope, idOf(input.params)), 'plan')),
      }
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/v1/plans/:id',
    summary: 'Change a plan, making a new version (a change to an approved plan starts a new draft)',
    tags: ['plans'],
    auth: WRITERS,
    request: UpdatePlanSchema,
    responses: { 200: { description: 'The plan at its new version.', schema: StoredPlanSchema } },
    errors: [...PLAN_ERRORS, 'conflict'],
    handle: async (input, { store, taxonomy }) => {
      const { actor, scope } = callerOf(input)
      const id = idOf(input.params)
      const plan = found(await store.plans.get(scope, id), 'plan')
      const { version, ...body } = input.body
      const write = await planWriteOf(store, taxonomy, actor, scope, plan.clientId, body)
      return {
        status: 200,
        body: settled(await store.plans.update(actor, scope, id, version, write), 'plan', presentPlan),
      }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/plans/:id/versions',
    summary: 'Every version of a plan, newest first (client users: the shared and approved ones)',
    tags: ['plans'],
    auth: ROLES,
    query: z.strictObject({ ...pageQueryShape }),
    responses: {
      200: {
        description: 'One page of versions (ClientPlan for client users).',
        schema: pageSchemaOf(PlanForCallerSchema),
      },
    },
    errors: ['not_found'],
    handle: async (input, { store }) => {
      const { scope, role } = callerOf(input)
      const page = found(await store.plans.versions(scope, idOf(input.params), input.query), 'plan')
      return { status: 200, body: { items: page.items.map(presentPlanFor(role)), nextCursor: page.nextCursor } }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/v1/plans/:id',
    summary: 'Delete a plan (kept in the database and the audit log); its share links stop working',
    tags: ['plans'],
    auth: WRITERS,
    responses: { 204: { description: 'Deleted.', schema: z.undefined() } },
    errors: ['not_found'],
    handle: async (input, { store }) => {
      const { actor, scope } = callerOf(input)
      found((await store.plans.remove(actor, scope, idOf(input.params))) || null, 'plan')
      return { status: 204, body: undefined }
    },
  }),
]
