import { z } from 'zod'
import { isDomainError } from '../../audiences/index.js'
import { HttpError } from '../http/http-errors.js'
import { translate, translatorOf } from '../i18n/translate.js'
import { toClientChoice, toPlanForm } from '../presenters/plan-form-presenter.js'
import type { AppDeps } from '../routes/route-table.js'
import { CreatePlanSchema, type ScenarioSchema } from '../routes/plan-schemas.js'
import { planWriteOf } from '../routes/plan-write.js'
import { callerOf, found, IdSchema } from '../routes/stored-objects.js'
import type { StoredPlan } from '../store/plan-records.js'
import {
  bodyOf,
  emptyRow,
  fieldOf,
  readPlanForm,
  rowsAfter,
  type FieldProblem,
  type PlanFormInput,
} from './plan-form-input.js'
import { contentOf, planOfPath } from './plan-loading.js'
import { cardRatesOf, withCardRates } from './plan-rates.js'
import { definePage, type PageInput, type PageResult } from './page-table.js'
import { formOfPlan } from './plan-form-rows.js'

// As the API: admins and staff write plans.
export const PLAN_WRITERS = ['admin', 'staff'] as const

type FormState = {
  plan: StoredPlan | null
  clientId: string
  form: PlanFormInput
  problems?: readonly FieldProblem[]
  status?: number
  errorCode?: string | null
  conflictVersion?: number | null
}

async function renderForm(input: PageInput, deps: AppDeps, state: FormState): Promise<PageResult> {
  const { scope, actor } = callerOf(input)
  const client = found(await deps.store.clients.get(scope, state.clientId), 'client')
  const audiences = (await deps.store.audiences.list(scope, { clientId: client.id, limit: 200, newestFirst: true }))
    .items
  const rates = cardRatesOf(deps.taxonomy, await deps.store.rateCards.all(actor.agencyId))
  const formRows = state.form.rows.length > 0 ? state.form.rows : [emptyRow(audiences[0]?.id)]
  // Only the client's audiences listed above (the form's ids are the browser's), their parents read in one go.
  const listed = new Map(audiences.map((a) => [a.id, a]))
  const ids = formRows.map((row) => row.audienceId).filter((id) => listed.has(id))
  const resolved = await deps.store.audiences.resolvedMany(scope, ids, audiences)
  const rows = formRows.map((row) => withCardRates(row, rates, resolved.get(row.audienceId)?.audience, input.locale))
  const model = toPlanForm(translatorOf(input.locale), {
    mode: state.plan ? 'edit' : 'new',
    planId: state.plan?.id ?? null,
    client: { id: client.id, name: client.name },
    audiences: audiences.map((a) => ({ id: a.id, name: a.audience.name })),
    form: { ...state.form, rows },
    problems: state.problems ?? [],
    status: state.plan?.status ?? null,
    conflictVersion: state.conflictVersion ?? null,
    errorCode: state.errorCode ?? null,
  })
  const title = translate(input.locale, model.headingKey)
  return { view: 'plan-form', title, model, status: state.status ?? 200 }
}

type Scenarios = z.output<typeof ScenarioSchema>[]

// The API's checks in the API's order: the body's schema, then the use case (audiences of this client, sizes).
async function writeOf(input: PageInput, deps: AppDeps, clientId: string, form: PlanFormInput, scenarios: Scenarios) {
  const { actor, scope } = callerOf(input)
  const { body, problems } = bodyOf(form, input.locale)
  const parsed = CreatePlanSchema.safeParse({ ...body, clientId, scenarios })
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => fieldOf(issue.path)))
  if (problems.length > 0 || !parsed.success) return { problems, code: 'request_invalid' } as const
  const { clientId: _client, ...plan } = parsed.data
  try {
    return { write: await planWriteOf(deps.store, deps.taxonomy, actor, scope, clientId, plan) } as const
  } catch (error) {
    if (isDomainError(error)) {
      const onLines = error.issues.filter((i) => i.path[0] === 'lines')
      const found = onLines.length > 0 ? onLines.map((i) => fieldOf(i.path)) : [fieldOf(['lines', 0])]
      return { problems: found.map((f) => ({ ...f, key: `plan.error.${error.code}` })), code: error.code } as const
    }
    const line = error instanceof HttpError && error.code === 'not_found' && /lines\[(\d+)\]/.exec(error.message)
    if (!line) throw error
    const field = fieldOf(['lines', Number(line[1]), 'audienceId'])
    return { problems: [{ ...field, key: 'plan.error.audienceGone' }], code: 'audience_invalid' } as const
  }
}

const NewPlanQuerySchema = z.object({
  clientId: IdSchema.optional().catch(undefined),
  audienceId: IdSchema.optional().catch(undefined),
})

const versionOf = (form: PlanFormInput) => {
  const version = Number(form.version)
  if (!Number.isInteger(version) || version < 1) throw new HttpError('request_invalid', 'the form lost its version')
  return version
}

export const PLAN_FORM_PAGES = [
  definePage({
    method: 'get',
    path: '/plans/new',
    auth: PLAN_WRITERS,
    async handle(input, deps) {
      const { scope } = callerOf(input)
      const query = NewPlanQuerySchema.parse(input.query)
      const audience = query.audienceId ? await deps.store.audiences.get(scope, query.audienceId) : null
      const clients = (await deps.store.clients.list(scope, { limit: 200 })).items
      const clientId =
        audience?.clientId ??
        clients.find((c) => c.id === query.clientId)?.id ??
        (clients.length === 1 ? clients[0]!.id : null)
      if (!clientId)
        return {
          view: 'plan-choose-client',
          title: translate(input.locale, 'plan.form.newTitle'),
          model: toClientChoice(clients),
        }
      const form = { ...readPlanForm({ clientId }), rows: audience ? [emptyRow(audience.id)] : [] }
      return renderForm(input, deps, { plan: null, clientId, form })
    },
  }),
  definePage({
    method: 'post',
    path: '/plans/new',
    auth: PLAN_WRITERS,
    async handle(input, deps) {
      const { actor } = callerOf(input)
      const form = readPlanForm(input.form)
      const clientId = IdSchema.safeParse(form.clientId)
      if (!clientId.success) throw new HttpError('request_invalid', 'choose a client for the plan')
      if (form.action !== 'save')
        return renderForm(input, deps, {
          plan: null,
          clientId: clientId.data,
          form: { ...form, rows: rowsAfter(form.action, form.rows) },
        })
      const outcome = await writeOf(input, deps, clientId.data, form, [])
      if ('problems' in outcome)
        return renderForm(input, deps, {
          plan: null,
          clientId: clientId.data,
          form,
          problems: outcome.problems,
          status: 422,
          errorCode: outcome.code,
        })
      const created = found(await deps.store.plans.create(actor, clientId.data, outcome.write), 'client')
      return { redirect: `/plans/${created.id}?saved=1` }
    },
  }),
  definePage({
    method: 'get',
    path: '/plans/:id/edit',
    auth: PLAN_WRITERS,
    async handle(input, deps) {
      const plan = await planOfPath(deps.store, callerOf(input).scope, input.params)
      return renderForm(input, deps, { plan, clientId: plan.clientId, form: formOfPlan(plan, input.locale) })
    },
  }),
  definePage({
    method: 'post',
    path: '/plans/:id/edit',
    auth: PLAN_WRITERS,
    async handle(input, deps) {
      const { actor, scope } = callerOf(input)
      const plan = await planOfPath(deps.store, scope, input.params)
      const form = { ...readPlanForm(input.form), clientId: plan.clientId }
      const version = versionOf(form)
      const state = { plan, clientId: plan.clientId }
      if (form.action !== 'save')
        return renderForm(input, deps, { ...state, form: { ...form, rows: rowsAfter(form.action, form.rows) } })
      const outcome = await writeOf(input, deps, plan.clientId, form, contentOf(plan).scenarios)
      if ('problems' in outcome)
        return renderForm(input, deps, {
          ...state,
          form,
          problems: outcome.problems,
          status: 422,
          errorCode: outcome.code,
        })
      // An approved version stays as it is: the repository stores the change as a new draft version (as PUT does).
      const saved = await deps.store.plans.update(actor, scope, plan.id, version, outcome.write)
      if (saved.kind === 'not_found') throw new HttpError('not_found', 'no such plan')
      if (saved.kind === 'conflict')
        return renderForm(input, deps, {
          ...state,
          form,
          status: 409,
          errorCode: 'conflict',
          conflictVersion: saved.current.version,
        })
      return { redirect: `/plans/${plan.id}?saved=1` }
    },
  }),
]
