import { z } from 'zod'
import { translate, translatorOf } from '../i18n/translate.js'
import { toPlanList } from '../presenters/plan-list-presenter.js'
import { callerOf, IdSchema } from '../routes/stored-objects.js'
import { PLAN_STATUSES } from '../store/plan-records.js'
import { definePage } from './page-table.js'

const PAGE_SIZE = 25

// A filter that cannot be read is no filter: a list page never fails on its query string.
const ListQuerySchema = z.object({
  clientId: IdSchema.optional().catch(undefined),
  status: z.enum(PLAN_STATUSES).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
})

export const PLAN_LIST_PAGE = definePage({
  method: 'get',
  path: '/plans',
  auth: ['admin', 'staff', 'planner', 'client'],
  async handle(input, { store }) {
    const { scope, role } = callerOf(input)
    const query = ListQuerySchema.parse(input.query)
    const [page, clients] = await Promise.all([
      store.plans.list(scope, {
        limit: PAGE_SIZE,
        cursor: query.cursor,
        clientId: query.clientId,
        status: query.status,
        newestFirst: true,
      }),
      store.clients.list(scope, { limit: 200 }),
    ])
    return {
      view: 'plan-list',
      title: translate(input.locale, 'plan.list.title'),
      model: toPlanList(translatorOf(input.locale), {
        plans: page.items,
        clients: clients.items,
        filter: { clientId: query.clientId ?? null, status: query.status ?? null },
        nextCursor: page.nextCursor,
        isFirstPage: query.cursor === undefined,
        isClient: role === 'client',
        canCreate: role === 'admin' || role === 'staff',
      }),
    }
  },
})
