import { scopeOf } from '../auth/principal.js'
import { HttpError } from '../http/http-errors.js'
import { translate } from '../i18n/translate.js'
import { toExportsPage } from '../presenters/exports-presenter.js'
import { callerOf } from '../routes/stored-objects.js'
import { CursorQuerySchema } from './form-fields.js'
import { definePage } from './page-table.js'

export const EXPORTS_PAGE = definePage({
  method: 'get',
  path: '/exports',
  auth: ['admin', 'staff', 'planner'],
  async handle(input, { store }) {
    const query = CursorQuerySchema.safeParse(input.query)
    if (!query.success) throw new HttpError('request_invalid', 'the page address is not valid')
    const scope = scopeOf(callerOf(input).principal)
    const [clients, plans, audiences] = await Promise.all([
      store.clients.list(scope, { limit: 200 }),
      store.plans.list(scope, { limit: 50, cursor: query.data.cursor, newestFirst: true }),
      store.audiences.list(scope, { limit: 50, newestFirst: true }),
    ])
    return {
      view: 'exports',
      title: translate(input.locale, 'exports.title'),
      model: toExportsPage(clients.items, plans.items, audiences.items, plans.nextCursor, input.locale),
    }
  },
})
