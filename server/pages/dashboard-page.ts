import { scopeOf } from '../auth/principal.js'
import { translate, translatorOf } from '../i18n/translate.js'
import { toDashboard } from '../presenters/dashboard-presenter.js'
import { toDashboardReview } from '../presenters/plan-review-presenter.js'
import { callerOf } from '../routes/stored-objects.js'
import { definePage } from './page-table.js'

const RECENT = 20
const RESPONSES = 10

export const DASHBOARD_PAGE = definePage({
  method: 'get',
  path: '/',
  auth: ['admin', 'staff', 'planner', 'client'],
  async handle(input, { store }) {
    const { principal, role } = callerOf(input)
    const scope = scopeOf(principal)
    const isClient = role === 'client'
    const [clients, audiences, plans, responses] = await Promise.all([
      store.clients.list(scope, { limit: 200 }),
      isClient ? { items: [] } : store.audiences.list(scope, { limit: RECENT, newestFirst: true }),
      store.plans.list(scope, { limit: RECENT, newestFirst: true }),
      // Clients' answers to shared plans (issue 17), for the agency only.
      isClient ? null : store.planEvents.clientResponses(scope, RESPONSES),
    ])
    return {
      view: 'dashboard',
      title: translate(input.locale, 'dashboard.title'),
      model: {
        ...toDashboard(clients.items, audiences.items, plans.items, {
          draft: role === 'admin' || role === 'staff',
          plan: !isClient,
          seeAudiences: !isClient,
          linkClients: role === 'admin' || role === 'staff',
        }),
        review: responses === null ? null : toDashboardReview(translatorOf(input.locale), responses),
      },
    }
  },
})
