import { z } from 'zod'
import { pageQueryShape, pageSchemaOf } from '../http/list-paging.js'
import { HttpError } from '../http/http-errors.js'
import { PLAN_EVENT_KINDS } from '../store/plan-event-repository.js'
import { CLIENT_ANSWERABLE } from '../store/plan-review-repository.js'
import type { PlanStatus } from '../store/plan-records.js'
import { presentClientPlan, presentPlanFor } from './plan-client-view.js'
import { PlanForCallerSchema } from './plan-schemas.js'
import { reviewerOf, type Reviewer } from './plan-reviewer.js'
import { defineRoute, type AppDeps } from './route-table.js'
import { assertStorableText, callerOf, found, idOf, settled } from './stored-objects.js'

const LineSchema = z
  .int()
  .min(0)
  .max(49)
  .meta({ description: 'The plan line (0-based, as in `lines`) the comment points at.' })
const NameSchema = z.string().trim().min(1).max(100)
const EmailSchema = z.email().max(254)

const ApproveRequestSchema = z
  .strictObject({
    version: z.int().min(1).optional().meta({ description: 'The version approved; default the one you see.' }),
    name: NameSchema.optional().meta({ description: 'Required through a share link: who approves.' }),
    email: EmailSchema.optional().meta({ description: 'Required through a share link: the approver’s email.' }),
  })
  .meta({ id: 'ApproveRequest' })
const RequestChangesSchema = z
  .strictObject({
    comment: z.string().trim().min(1).max(5000).meta({ description: 'What the client wants changed.' }),
    line: LineSchema.optional(),
    name: NameSchema.optional().meta({ description: 'Through a share link: who asks (default “share link”).' }),
    email: EmailSchema.optional(),
  })
  .meta({ id: 'RequestChangesRequest' })
const PlanEventSchema = z
  .strictObject({
    id: z.string(),
    planId: z.string(),
    planName: z.string(),
    version: z.int(),
    kind: z.enum(PLAN_EVENT_KINDS),
    actorName: z.string().nullable(),
    actorEmail: z.string().nullable(),
    fromClient: z.boolean(),
    comment: z.string().nullable(),
    line: z.int().nullable(),
    at: z.string(),
  })
  .meta({ id: 'PlanEvent', description: 'One step of a plan’s review (the activity list; webhooks carry the same).' })

const SHARE_AUTH_NOTE =
  ' Through a share link, send its token (the last part of the link) as `X-Share-Token` or as the bearer token.'

// A line the plan does not have is a 400 with the path, like any other bad field.
async function assertLine(deps: AppDeps, reviewer: Pick<Reviewer, 'scope'>, id: string, line: number | undefined) {
  if (line === undefined) return
  const plan = found(await deps.store.plans.get(reviewer.scope, id), 'plan')
  const count = (plan.content as { lines: unknown[] }).lines.length
  if (line >= count)
    throw new HttpError('request_invalid', `the plan has ${count} lines`, [
      { path: ['line'], message: `must be below ${count}`, code: 'line_unknown' },
    ])
}

// A reviewer's answer: the client's view for client users and share links, the full plan for admins.
const presenterOf = (reviewer: Reviewer) => (reviewer.via === 'share' ? presentClientPlan : presentPlanFor('admin'))

export const planDecisionRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/plans/:id/approve',
    summary:
      'Approve the shared version (client users, share links) or any current version (admins); it is frozen from then on',
    tags: ['plans'],
    auth: ['admin', 'client'],
    shareLink: true,
    request: ApproveRequestSchema,
    responses: {
      200: {
        description: 'The approved plan (ClientPlan for client users and share links).' + SHARE_AUTH_NOTE,
        schema: PlanForCallerSchema,
      },
    },
    errors: ['not_found', 'conflict', 'rate_limited'],
    handle: async (input, deps) => {
      const reviewer = await reviewerOf(input, deps, input.body, true)
      const from: PlanStatus[] = reviewer.role === 'admin' ? ['draft', ...CLIENT_ANSWERABLE] : CLIENT_ANSWERABLE
      const { actor, scope, who } = reviewer
      const outcome = await deps.store.planReviews.approve(actor, scope, reviewer.planId, input.body.version, from, who)
      return { status: 200, body: settled(outcome, 'plan', presenterOf(reviewer)) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/v1/plans/:id/request-changes',
    summary: 'Ask for changes to the shared version with a comment (client users, share links, admins)',
    tags: ['plans'],
    auth: ['admin', 'client'],
    shareLink: true,
    request: RequestChangesSchema,
    responses: {
      200: {
        description:
          'The plan, its shared version now changes_requested (ClientPlan for client users and share links).' +
          SHARE_AUTH_NOTE,
        schema: PlanForCallerSchema,
      },
    },
    errors: ['not_found', 'conflict', 'rate_limited'],
    handle: async (input, deps) => {
      assertStorableText(input.body)
      const reviewer = await reviewerOf(input, deps, input.body, false)
      await assertLine(deps, reviewer, reviewer.planId, input.body.line)
      const request = { comment: input.body.comment, line: input.body.line ?? null, who: reviewer.who }
      const { actor, scope } = reviewer
      const outcome = await deps.store.planReviews.requestChanges(actor, scope, reviewer.planId, request)
      return { status: 200, body: settled(outcome, 'plan', presenterOf(reviewer)) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/plans/:id/events',
    summary: 'The plan’s review activity, newest first: shared, changes requested, approved, commented, edited',
    tags: ['plans'],
    query: z.strictObject({ ...pageQueryShape }),
    responses: { 200: { description: 'One page of events.', schema: pageSchemaOf(PlanEventSchema) } },
    errors: ['not_found'],
    handle: async (input, { store }) => {
      const { scope } = callerOf(input)
      const id = idOf(input.params)
      found(await store.plans.get(scope, id), 'plan')
      return { status: 200, body: await store.planEvents.forPlan(scope, id, input.query) }
    },
  }),
]

export { assertLine, LineSchema }
