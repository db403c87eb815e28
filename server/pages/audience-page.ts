import { z } from 'zod'
import { ChannelIdSchema } from '../../audiences/index.js'
import { HttpError } from '../http/http-errors.js'
import { translate } from '../i18n/translate.js'
import { toAudiencePage } from '../presenters/audience-page-presenter.js'
import { callerOf, found, idOf } from '../routes/stored-objects.js'
import type { AudienceVersion } from '../store/audience-records.js'
import type { Store } from '../store/store.js'
import type { Scope } from '../store/store-types.js'
import { compileOutcome, resolvedOf, sizeOutcome, taxonomyFor } from './audience-page-data.js'
import { definePage } from './page-table.js'

const HISTORY_PAGE = 20

const PageQuerySchema = z.object({
  channel: ChannelIdSchema.default('google'),
  history: z.string().max(200).optional(),
})

async function historyOf(store: Store, scope: Scope, id: string, cursor: string | undefined) {
  const page = found(await store.audiences.versions(scope, id, { limit: HISTORY_PAGE, cursor }), 'audience')
  // The version before the oldest one shown, so that one's changes can be listed too.
  const older = page.nextCursor
    ? found(await store.audiences.versions(scope, id, { limit: 1, cursor: page.nextCursor }), 'audience').items[0]
    : undefined
  return { versions: page.items, olderOne: older ?? null, olderCursor: page.nextCursor }
}

async function namesOf(store: Store, scope: Scope, versions: readonly AudienceVersion[]) {
  const authors = new Map<string, string>()
  for (const authorId of new Set(versions.map((v) => v.authorId))) {
    const user = await store.users.get(scope.agencyId, authorId)
    if (user) authors.set(authorId, user.email)
  }
  const parentNames = new Map<string, string>()
  for (const parentId of new Set(versions.map((v) => v.parentId))) {
    const parent = parentId === null ? null : await store.audiences.get(scope, parentId)
    if (parent) parentNames.set(parent.id, parent.audience.name)
  }
  return { authors, parentNames }
}

export const AUDIENCE_PAGE = definePage({
  method: 'get',
  path: '/audiences/:id',
  // Client users never see targeting internals: they get plans, not audiences.
  auth: ['admin', 'staff', 'planner'],
  async handle(input, deps) {
    const { store } = deps
    const { scope, role } = callerOf(input)
    const id = idOf(input.params)
    const query = PageQuerySchema.safeParse(input.query)
    if (!query.success)
      throw new HttpError('request_invalid', 'unknown channel or history cursor', [
        { path: query.error.issues[0]?.path as (string | number)[], message: 'invalid', code: 'query_invalid' },
      ])
    const stored = found(await store.audiences.get(scope, id), 'audience')
    const resolved = await resolvedOf(store, scope, stored)
    const taxonomy = await taxonomyFor(deps, scope.agencyId)
    const history = await historyOf(store, scope, id, query.data.history)
    const parent = stored.parentId === null ? null : await store.audiences.get(scope, stored.parentId)
    const client = await store.clients.get(scope, stored.clientId)
    const model = toAudiencePage({
      stored,
      resolved,
      clientName: client?.name ?? '',
      parent: parent ? { id: parent.id, name: parent.audience.name } : null,
      channel: query.data.channel,
      compiled: compileOutcome(resolved, taxonomy),
      sizes: await sizeOutcome(store, scope.agencyId, resolved, taxonomy),
      ...history,
      isNewestPage: query.data.history === undefined,
      ...(await namesOf(store, scope, [...history.versions, ...(history.olderOne ? [history.olderOne] : [])])),
      canEdit: role === 'admin' || role === 'staff',
      canLookUp: role === 'admin',
      taxonomy,
      locale: input.locale,
    })
    return { view: 'audience', title: translate(input.locale, 'audience.title', { name: stored.audience.name }), model }
  },
})
