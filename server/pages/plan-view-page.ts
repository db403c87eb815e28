import { isDomainError, type Objective } from '../../audiences/index.js'
import { reachRangeOf } from '../exports/export-estimate.js'
import { translatorOf } from '../i18n/translate.js'
import { toPlanCalendar } from '../presenters/plan-calendar-presenter.js'
import { toPlanGuidance } from '../presenters/plan-guidance-presenter.js'
import { toPlanTools, type PlanToolsSource } from '../presenters/plan-tools-presenter.js'
import { lineLabelsOf, toPlanView } from '../presenters/plan-view-presenter.js'
import type { AppDeps } from '../routes/route-table.js'
import { callerOf, idOf } from '../routes/stored-objects.js'
import type { StoredPlan } from '../store/plan-records.js'
import { definePage, type PageInput, type PageResult } from './page-table.js'
import { audienceNamesOf, audiencesOf, contentOf, estimatesOf, planOfPath } from './plan-loading.js'
import { planReviewOf } from './plan-review-data.js'
import { CURVE_MAX_MULTIPLIER, CURVE_POINTS, curvesOf, PLANNER_MAX_LINES, segmentIdsOf } from './plan-planning.js'

export const PLAN_READERS = ['admin', 'staff', 'planner'] as const

/** What a tool adds to the plan page when it has run (defaults: nothing ran). */
export type PlanExtras = Partial<
  Pick<
    PlanToolsSource,
    'objective' | 'effectiveFrequency' | 'optimize' | 'targetReach' | 'targetError' | 'budgetForReach' | 'strategies'
  >
> & {
  status?: number
  errorCode?: string | null
  share?: { url: string; expiresAt: string } | null
  notice?: 'saved' | 'applied' | 'revoked' | null
}

// The plan's own budget is the curve's middle point: multiplier 1 of 0…2 in CURVE_POINTS steps.
const CURVE_MARK = Math.round(((CURVE_POINTS - 1) * 1) / CURVE_MAX_MULTIPLIER)

/** The plan page with whatever a tool produced; every tool page renders through here. */
export async function renderPlan(
  input: PageInput,
  deps: AppDeps,
  plan: StoredPlan,
  extras: PlanExtras = {},
): Promise<PageResult> {
  const { scope, actor, role } = callerOf(input)
  const t = translatorOf(input.locale)
  const content = contentOf(plan)
  const estimates = estimatesOf(plan)
  const estimate = estimates.plan
  const client = await deps.store.clients.get(scope, plan.clientId)
  const names = await audienceNamesOf(
    deps.store,
    scope,
    content.lines.map((l) => l.audienceId),
  )
  const settings = { taxonomy: deps.taxonomy, rateCards: await deps.store.rateCards.all(actor.agencyId) }
  const ranges = estimate.lines.map((line) => reachRangeOf(line, deps.taxonomy, { reachModel: content.reachModel }))
  let curves = null
  try {
    curves = estimate.total.budget > 0 ? curvesOf(plan, settings) : null
  } catch (error) {
    // A stored estimate the curve cannot redo (data changed since) leaves the chart out, never the page.
    if (!isDomainError(error)) throw error
  }
  const canWrite = role === 'admin' || role === 'staff'
  const labels = lineLabelsOf(t, content.lines, names)
  const guidance = toPlanGuidance(t, input.locale, {
    planId: plan.id,
    version: plan.version,
    canWrite,
    labels,
    estimate,
  })
  const calendar = toPlanCalendar(t, input.locale, {
    lines: content.lines,
    estimate,
    labels,
    reachModel: content.reachModel,
  })
  const tools = toPlanTools(t, {
    planId: plan.id,
    version: plan.version,
    canWrite,
    labels,
    current: estimate,
    scenarios: content.scenarios.map((s, i) => ({ name: s.name, estimate: estimates.scenarios[i]! })),
    plannable: content.lines.length <= PLANNER_MAX_LINES && estimate.total.budget > 0,
    segmentCount: segmentIdsOf(plan).length,
    objective: extras.objective ?? ('reach' satisfies Objective),
    effectiveFrequency: extras.effectiveFrequency ?? 1,
    optimize: extras.optimize ?? null,
    targetReach: extras.targetReach ?? '',
    targetError: extras.targetError ?? null,
    budgetForReach: extras.budgetForReach ?? null,
    strategies: extras.strategies ?? null,
  })
  const model = toPlanView(t, input.locale, {
    plan,
    lines: content.lines,
    clientName: client?.name ?? '',
    audienceNames: names,
    estimate,
    ranges,
    curves,
    curveMark: CURVE_MARK,
    audiences: await audiencesOf(
      deps.store,
      scope,
      content.lines.map((l) => l.audienceId),
    ),
    taxonomy: deps.taxonomy,
    role,
    notice: extras.notice ?? null,
    share: extras.share ?? null,
    tools,
    guidance,
    calendar,
  })
  const review = await planReviewOf(deps.store, scope, plan, t, input.locale, labels)
  return {
    view: 'plan-view',
    title: plan.name,
    model: { ...model, errorCode: extras.errorCode ?? null, review },
    status: extras.status ?? 200,
  }
}

const NOTICES = ['saved', 'applied', 'revoked'] as const
const noticeOf = (query: Record<string, unknown>) => NOTICES.find((n) => query[n] === '1') ?? null

export const PLAN_VIEW_PAGE = definePage({
  method: 'get',
  path: '/plans/:id',
  auth: [...PLAN_READERS, 'client'],
  async handle(input, deps) {
    const { scope, role } = callerOf(input)
    // Client users read plans in the client view (its own page), never the agency's workbench.
    if (role === 'client') return { redirect: `/plans/${idOf(input.params)}/client` }
    const plan = await planOfPath(deps.store, scope, input.params)
    return renderPlan(input, deps, plan, { notice: noticeOf(input.query) })
  },
})
