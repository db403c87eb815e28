import { AGENCY_ROLES } from '../auth/principal.js'
import { translate } from '../i18n/translate.js'
import type { Locale } from '../i18n/locale.js'
import {
  emptyClientForm,
  emptyReviewForm,
  toClientPlanPage,
  type ClientForm,
  type ReviewForm,
  type ClientViewer,
} from '../presenters/plan-client-presenter.js'
import type { AppDeps } from '../routes/route-table.js'
import type { StoredPlan } from '../store/plan-records.js'
import type { Scope } from '../store/store-types.js'
import { callerOf, found, idOf } from '../routes/stored-objects.js'
import { loadClientPlan } from './plan-client-data.js'
import { noticeOf, parseCommentForm } from './plan-client-form.js'
import { definePage, type PageResult } from './page-table.js'
import { planFileOf } from '../routes/export-routes.js'

type View = {
  viewer: ClientViewer
  scope: Scope
  plan: StoredPlan
  action: string
  form?: ClientForm
  notice?: 'approved' | 'commented' | 'requested' | null
  review?: ReviewForm
}

/** The client's view of a plan as a page (for client users, share-link visitors and agency previews). */
export async function clientPlanPage(deps: AppDeps, locale: Locale, view: View): Promise<PageResult> {
  const data = await loadClientPlan(deps.store, deps.taxonomy, view.scope, view.plan, locale)
  const form = view.form ?? emptyClientForm()
  const review = view.review ?? emptyReviewForm()
  const model = toClientPlanPage(data, {
    locale,
    viewer: view.viewer,
    action: view.action,
    form,
    notice: view.notice ?? null,
    review,
    // The PDF download sits under the page's own path: the signed-in view's or the share link's.
    pdfHref: `${view.action}/${PDF_FILE}`,
  })
  return {
    view: 'plan-client',
    title: translate(locale, 'client.title', { name: data.plan.name }),
    model,
    status: form.problems.length + review.problems.length > 0 ? 422 : 200,
  }
}

export const clientPath = (id: string) => `/plans/${id}/client`
export const PDF_FILE = 'estimate.pdf'

/** The client's PDF in the page's language, as a download from the client page (issue 18). */
export async function clientPdf(deps: AppDeps, scope: Scope, plan: StoredPlan, locale: Locale): Promise<PageResult> {
  return { file: await planFileOf(deps, scope, plan, { format: 'pdf', audience: 'client', locale }) }
}

export const PLAN_CLIENT_PAGES = [
  definePage({
    method: 'get',
    path: '/plans/:id/client',
    // Client users see their client's shared and approved versions; agency roles preview the current version.
    auth: ['admin', 'staff', 'planner', 'client'],
    async handle(input, deps) {
      const { scope, role } = callerOf(input)
      const id = idOf(input.params)
      const plan = found(await deps.store.plans.get(scope, id), 'plan')
      const viewer = AGENCY_ROLES.includes(role) ? 'preview' : 'client'
      return clientPlanPage(deps, input.locale, {
        viewer,
        scope,
        plan,
        action: clientPath(id),
        notice: noticeOf(input.query),
      })
    },
  }),
  definePage({
    method: 'get',
    path: `/plans/:id/client/${PDF_FILE}`,
    auth: ['admin', 'staff', 'planner', 'client'],
    async handle(input, deps) {
      const { scope } = callerOf(input)
      const plan = found(await deps.store.plans.get(scope, idOf(input.params)), 'plan')
      return clientPdf(deps, scope, plan, input.locale)
    },
  }),
  definePage({
    method: 'post',
    path: '/plans/:id/client/comments',
    auth: ['client'],
    async handle(input, deps) {
      const { actor, scope } = callerOf(input)
      const id = idOf(input.params)
      const plan = found(await deps.store.plans.get(scope, id), 'plan')
      const form = parseCommentForm(input.form, false)
      if (form.problems.length > 0)
        return clientPlanPage(deps, input.locale, {
          viewer: 'client',
          scope,
          plan,
          action: clientPath(id),
          form,
        })
      // A client's comment is never an internal note (as POST /api/v1/plans/:id/comments decides for clients).
      found(await deps.store.planReviews.comment(actor, scope, id, form.body, false), 'plan')
      return { redirect: `${clientPath(id)}?done=commented#comments` }
    },
  }),
]
