import { z } from 'zod'
import { ObjectiveSchema, REACH_LEVELS } from '../../audiences/index.js'
import { HttpError } from '../http/http-errors.js'
import type { Locale } from '../i18n/locale.js'
import { translate } from '../i18n/translate.js'
import { sharePlan } from '../routes/plan-review-routes.js'
import { planWriteOf } from '../routes/plan-write.js'
import { callerOf, found, idOf, settled } from '../routes/stored-objects.js'
import { definePage, type PageInput } from './page-table.js'
import { numberOf } from './plan-form-input.js'
import { PLAN_WRITERS } from './plan-form-page.js'
import { contentOf, estimatesOf, planOfPath } from './plan-loading.js'
import { budgetForReachOf, optimizeOf, PLANNER_MAX_LINES, strategiesOf } from './plan-planning.js'
import { PLAN_READERS, renderPlan } from './plan-view-page.js'
import type { AppDeps } from '../routes/route-table.js'

const KSchema = z.coerce.number().int().min(1).max(REACH_LEVELS).catch(1)
const ObjectiveFormSchema = z.object({ objective: ObjectiveSchema.catch('reach'), effectiveFrequency: KSchema })
const ApplyFormSchema = z.object({
  objective: ObjectiveSchema.catch('reach'),
  effectiveFrequency: KSchema,
  version: z.coerce.number().int().min(1),
})
const ShareFormSchema = z.object({ expiresInDays: z.coerce.number().int().min(1).max(365).catch(30) })

async function loaded(input: PageInput, deps: AppDeps) {
  const { scope, actor } = callerOf(input)
  const plan = await planOfPath(deps.store, scope, input.params)
  const settings = { taxonomy: deps.taxonomy, rateCards: await deps.store.rateCards.all(actor.agencyId) }
  const lines = contentOf(plan).lines
  return { plan, settings, plannable: lines.length <= PLANNER_MAX_LINES && estimatesOf(plan).plan.total.budget > 0 }
}

/** The target reach as typed in the page's language ("10 000"), or null unless it is a count above 0 (≤ 10¹⁰). */
function validTarget(typed: string, locale: Locale): number | null {
  const target = numberOf(typed, locale)
  return target === null || !Number.isFinite(target) || target <= 0 || target > 1e10 ? null : target
}

const notPlannable = () =>
  new HttpError('request_invalid', `the optimiser takes at most ${PLANNER_MAX_LINES} lines and a budget above 0`)

/** The address of a tool's result: its inputs in the query, the fragment scrolls the page to the result. */
const resultHref = (planId: string, tool: string, query: Record<string, string>, anchor: string) =>
  `/plans/${planId}/${tool}?${new URLSearchParams(query).toString()}#${anchor}`

const MAX_TARGET_TEXT = 40
const typedTargetOf = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, MAX_TARGET_TEXT) : '')

// Each tool is a GET page whose address holds its inputs (reload or share it: the same result); its form POSTs,
// and the POST answers 303 to that address (post/redirect/get), so a reload never resubmits or shows a raw error.
export const PLAN_TOOL_PAGES = [
  definePage({
    method: 'post',
    path: '/plans/:id/optimize',
    auth: PLAN_READERS,
    handle(input) {
      const { objective, effectiveFrequency: k } = ObjectiveFormSchema.parse(input.form)
      const query = { objective, effectiveFrequency: String(k) }
      return { redirect: resultHref(idOf(input.params), 'optimize', query, 'optimize-result') }
    },
  }),
  definePage({
    method: 'get',
    path: '/plans/:id/optimize',
    auth: PLAN_READERS,
    async handle(input, deps) {
      const { plan, settings, plannable } = await loaded(input, deps)
      const { objective, effectiveFrequency: k } = ObjectiveFormSchema.parse(input.query)
      // A plan that changed since the address was made (too many lines, no budget) shows its page without a result.
      const optimize = plannable ? optimizeOf(plan, objective, k, settings) : null
      return renderPlan(input, deps, plan, { objective, effectiveFrequency: k, optimize })
    },
  }),
  definePage({
    method: 'post',
    path: '/plans/:id/optimize/apply',
    auth: PLAN_WRITERS,
    async handle(input, deps) {
      const { actor, scope } = callerOf(input)
      const { plan, settings, plannable } = await loaded(input, deps)
      if (!plannable) throw notPlannable()
      const form = ApplyFormSchema.safeParse(input.form)
      if (!form.success) throw new HttpError('request_invalid', 'the form lost its version')
      // The split is computed again here from the stored plan, never taken from the form.
      const best = optimizeOf(plan, form.data.objective, form.data.effectiveFrequency, settings)
      const content = contentOf(plan)
      const lines = content.lines.map((line, i) => ({ ...line, budget: best.lines[i]!.budget }))
      const body = { name: plan.name, lines, reachModel: content.reachModel, scenarios: content.scenarios }
      const write = await planWriteOf(deps.store, deps.taxonomy, actor, scope, plan.clientId, body)
      settled(await deps.store.plans.update(actor, scope, plan.id, form.data.version, write), 'plan', (p) => p)
      return { redirect: `/plans/${plan.id}?applied=1` }
    },
  }),
  definePage({
    method: 'post',
    path: '/plans/:id/budget-for-reach',
    auth: PLAN_READERS,
    handle(input) {
      const targetReach = typedTargetOf(input.form['targetReach'])
      const effectiveFrequency = KSchema.parse(input.form['effectiveFrequency'])
      const query = { targetReach, effectiveFrequency: String(effectiveFrequency) }
      const anchor = validTarget(targetReach, input.locale) === null ? 'targetReach' : 'bfr-result'
      return { redirect: resultHref(idOf(input.params), 'budget-for-reach', query, anchor) }
    },
  }),
  definePage({
    method: 'get',
    path: '/plans/:id/budget-for-reach',
    auth: PLAN_READERS,
    async handle(input, deps) {
      const { plan, settings, plannable } = await loaded(input, deps)
      // The bare address (no target asked yet) is the plan page with the empty form, not an error.
      if (input.query['targetReach'] === undefined) return renderPlan(input, deps, plan)
      const typed = typedTargetOf(input.query['targetReach'])
      const k = KSchema.parse(input.query['effectiveFrequency'])
      const target = validTarget(typed, input.locale)
      if (target === null)
        return renderPlan(input, deps, plan, {
          targetReach: typed,
          effectiveFrequency: k,
          targetError: translate(input.locale, 'plan.error.targetReach'),
          status: 422,
          errorCode: 'request_invalid',
        })
      return renderPlan(input, deps, plan, {
        targetReach: typed,
        effectiveFrequency: k,
        budgetForReach: plannable ? budgetForReachOf(plan, target, k, settings) : null,
      })
    },
  }),
  definePage({
    method: 'post',
    path: '/plans/:id/strategies',
    auth: PLAN_READERS,
    handle: (input) => ({ redirect: `/plans/${idOf(input.params)}/strategies#strategy-table` }),
  }),
  definePage({
    method: 'get',
    path: '/plans/:id/strategies',
    auth: PLAN_READERS,
    async handle(input, deps) {
      const { plan, settings } = await loaded(input, deps)
      const strategies = await strategiesOf(deps.store, callerOf(input).scope, plan, settings)
      return renderPlan(input, deps, plan, { strategies })
    },
  }),
  definePage({
    method: 'post',
    path: '/plans/:id/share',
    auth: PLAN_WRITERS,
    async handle(input, deps) {
      const { actor, scope } = callerOf(input)
      const plan = await planOfPath(deps.store, scope, input.params)
      const { expiresInDays } = ShareFormSchema.parse(input.form)
      const share = await sharePlan(deps.store, actor, scope, plan.id, input.origin, expiresInDays)
      // The link is shown once (kohde keeps only its hash), so this answer is the page itself, not a redirect.
      return renderPlan(input, deps, found(await deps.store.plans.get(scope, plan.id), 'plan'), { share })
    },
  }),
  definePage({
    method: 'post',
    path: '/plans/:id/share/revoke',
    auth: PLAN_WRITERS,
    async handle(input, deps) {
      const { actor, scope } = callerOf(input)
      const plan = await planOfPath(deps.store, scope, input.params)
      found((await deps.store.planReviews.revokeShares(actor, scope, plan.id)) || null, 'plan')
      return { redirect: `/plans/${plan.id}?revoked=1` }
    },
  }),
]
