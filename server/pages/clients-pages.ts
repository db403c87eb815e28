import { z } from 'zod'
import { actorOf, scopeOf } from '../auth/principal.js'
import { HttpError } from '../http/http-errors.js'
import { translate, translatorOf } from '../i18n/translate.js'
import type { FieldProblem } from '../presenters/form-feedback.js'
import { toClientPage, toClientsPage } from '../presenters/clients-presenter.js'
import { callerOf, found, idOf } from '../routes/stored-objects.js'
import type { AppDeps } from '../routes/route-table.js'
import { CursorQuerySchema, echo, formText } from './form-fields.js'
import { definePage, type PageInput } from './page-table.js'

const STAFF = ['admin', 'staff'] as const
const NameFormSchema = z.object({ name: formText(200).pipe(z.string().min(1)) })

function parseQuery(input: PageInput) {
  const query = CursorQuerySchema.safeParse(input.query)
  if (!query.success) throw new HttpError('request_invalid', 'the page address is not valid')
  return query.data
}

async function clientsList(input: PageInput, deps: AppDeps, name: string, problems: FieldProblem[]) {
  const { principal } = callerOf(input)
  const page = await deps.store.clients.list(scopeOf(principal), { limit: 50, cursor: parseQuery(input).cursor })
  return {
    view: 'clients',
    title: translate(input.locale, 'clients.title'),
    status: problems.length > 0 ? 400 : 200,
    model: toClientsPage(translatorOf(input.locale), page.items, page.nextCursor, { name, problems }),
  }
}

async function clientPage(
  input: PageInput,
  deps: AppDeps,
  form: { name?: string; problems: FieldProblem[]; saved: boolean },
) {
  const { principal } = callerOf(input)
  const scope = scopeOf(principal)
  const id = idOf(input.params)
  const client = found(await deps.store.clients.get(scope, id), 'client')
  const [audiences, plans] = await Promise.all([
    deps.store.audiences.list(scope, { limit: 100, clientId: id, newestFirst: true }),
    deps.store.plans.list(scope, { limit: 100, clientId: id, newestFirst: true }),
  ])
  return {
    view: 'client',
    title: client.name,
    status: form.problems.length > 0 ? 400 : 200,
    model: toClientPage(translatorOf(input.locale), client, audiences.items, plans.items, {
      name: form.name ?? client.name,
      problems: form.problems,
      saved: form.saved,
    }),
  }
}

const NAME_PROBLEM: FieldProblem[] = [{ field: 'client-name', messageKey: 'clients.nameError' }]

export const CLIENT_PAGES = [
  definePage({
    method: 'get',
    path: '/clients',
    auth: STAFF,
    handle: (input, deps) => clientsList(input, deps, '', []),
  }),
  definePage({
    method: 'post',
    path: '/clients',
    auth: STAFF,
    async handle(input, deps) {
      const parsed = NameFormSchema.safeParse(input.form)
      if (!parsed.success) return clientsList(input, deps, echo(input.form['name']), NAME_PROBLEM)
      const created = await deps.store.clients.create(actorOf(callerOf(input).principal), parsed.data.name)
      return { redirect: `/clients/${created.id}` }
    },
  }),
  definePage({
    method: 'get',
    path: '/clients/:id',
    auth: STAFF,
    handle: (input, deps) => clientPage(input, deps, { problems: [], saved: input.query['saved'] === '1' }),
  }),
  definePage({
    method: 'post',
    path: '/clients/:id',
    auth: STAFF,
    async handle(input, deps) {
      const id = idOf(input.params)
      const parsed = NameFormSchema.safeParse(input.form)
      if (!parsed.success)
        return clientPage(input, deps, { name: echo(input.form['name']), problems: NAME_PROBLEM, saved: false })
      found(await deps.store.clients.rename(actorOf(callerOf(input).principal), id, parsed.data.name), 'client')
      return { redirect: `/clients/${id}?saved=1` }
    },
  }),
  definePage({
    method: 'post',
    path: '/clients/:id/delete',
    auth: STAFF,
    async handle(input, deps) {
      const removed = await deps.store.clients.remove(actorOf(callerOf(input).principal), idOf(input.params))
      found(removed || null, 'client')
      return { redirect: '/clients' }
    },
  }),
]
