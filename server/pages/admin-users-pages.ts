import { z } from 'zod'
import { hashPassword } from '../auth/password-hash.js'
import { actorOf } from '../auth/principal.js'
import { HttpError } from '../http/http-errors.js'
import { translate, translatorOf } from '../i18n/translate.js'
import { toAdminUsers, type NewUserForm } from '../presenters/admin-users-presenter.js'
import type { FieldProblem } from '../presenters/form-feedback.js'
import { callerOf, found, idOf } from '../routes/stored-objects.js'
import { lastAdmin } from '../routes/users-routes.js'
import type { AppDeps } from '../routes/route-table.js'
import { RoleSchema } from '../store/store-types.js'
import type { UserWrite } from '../store/user-repository.js'
import { CursorQuerySchema, echo, formText } from './form-fields.js'
import { definePage, type PageInput } from './page-table.js'

const ADMIN = ['admin'] as const
const ClientIdField = z.union([z.literal('').transform(() => null), z.uuid()])
const NewUserSchema = z.object({
  email: formText(320).pipe(z.email()),
  password: z.string().min(12).max(200),
  role: RoleSchema,
  clientId: ClientIdField,
})
const UpdateUserSchema = z.object({
  role: RoleSchema,
  clientId: ClientIdField,
  password: z.union([z.literal(''), z.string().min(12).max(200)]),
})

const FIELD_OF: Record<string, FieldProblem> = {
  email: { field: 'user-email', messageKey: 'users.error.email' },
  password: { field: 'user-password', messageKey: 'users.error.password' },
  role: { field: 'user-role', messageKey: 'error.request_invalid' },
  clientId: { field: 'user-client', messageKey: 'users.error.client' },
}

async function usersPage(input: PageInput, deps: AppDeps, form: NewUserForm, problems: FieldProblem[]) {
  const { principal } = callerOf(input)
  const query = CursorQuerySchema.safeParse(input.query)
  if (!query.success) throw new HttpError('request_invalid', 'the page address is not valid')
  const agencyId = principal.user.agencyId
  const [users, clients] = await Promise.all([
    deps.store.users.list(agencyId, { limit: 100, cursor: query.data.cursor }),
    deps.store.clients.list({ agencyId, clientId: null }, { limit: 200 }),
  ])
  const errorCode =
    problems.length === 0
      ? null
      : problems.some((p) => p.messageKey === 'users.error.emailTaken')
        ? 'conflict'
        : 'request_invalid'
  return {
    view: 'admin-users',
    title: translate(input.locale, 'admin.users'),
    status: errorCode === 'conflict' ? 409 : errorCode ? 400 : 200,
    model: toAdminUsers(
      translatorOf(input.locale),
      users.items,
      clients.items,
      principal.user.id,
      users.nextCursor,
      form,
      problems,
      errorCode,
    ),
  }
}

// A write's outcome as a form problem; 'ok' is none.
function problemOf(outcome: UserWrite<unknown>): FieldProblem | null {
  if (outcome.kind === 'ok') return null
  if (outcome.kind === 'email_taken') return { field: 'user-email', messageKey: 'users.error.emailTaken' }
  if (outcome.kind === 'client_unknown') return FIELD_OF['clientId']!
  if (outcome.kind === 'last_admin') throw lastAdmin(['role'])
  throw new HttpError('not_found', 'no such user')
}

const EMPTY: NewUserForm = { email: '', role: 'staff', clientId: '' }

export const ADMIN_USER_PAGES = [
  definePage({
    method: 'get',
    path: '/admin/users',
    auth: ADMIN,
    handle: (input, deps) => usersPage(input, deps, EMPTY, []),
  }),
  definePage({
    method: 'post',
    path: '/admin/users',
    auth: ADMIN,
    async handle(input, deps) {
      const form = {
        email: echo(input.form['email'], 320),
        role: echo(input.form['role']),
        clientId: echo(input.form['clientId']),
      }
      const parsed = NewUserSchema.safeParse(input.form)
      const problems: FieldProblem[] = parsed.success
        ? []
        : [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].map(
            (key) => FIELD_OF[key] ?? FIELD_OF['email']!,
          )
      if (parsed.success && parsed.data.role === 'client' && parsed.data.clientId === null)
        problems.push(FIELD_OF['clientId']!)
      if (!parsed.success || problems.length > 0) return usersPage(input, deps, form, problems)
      const { email, password, role, clientId } = parsed.data
      const actor = actorOf(callerOf(input).principal)
      const outcome = await deps.store.users.create(actor, actor.agencyId, {
        email,
        passwordHash: await hashPassword(password),
        role,
        clientId,
      })
      const problem = problemOf(outcome)
      return problem ? usersPage(input, deps, form, [problem]) : { redirect: '/admin/users' }
    },
  }),
  definePage({
    method: 'post',
    path: '/admin/users/:id',
    auth: ADMIN,
    async handle(input, deps) {
      const id = idOf(input.params)
      const parsed = UpdateUserSchema.safeParse(input.form)
      if (!parsed.success)
        throw new HttpError(
          'request_invalid',
          'the role, client or password is not valid (a password has 12–200 characters)',
        )
      const { role, clientId, password } = parsed.data
      const patch = { role, clientId, ...(password ? { passwordHash: await hashPassword(password) } : {}) }
      const outcome = await deps.store.users.update(actorOf(callerOf(input).principal), id, patch)
      if (outcome.kind === 'client_unknown') throw new HttpError('request_invalid', 'a client user needs a client')
      if (outcome.kind === 'last_admin') throw lastAdmin(['role'])
      found(outcome.kind === 'ok' ? outcome.value : null, 'user')
      return { redirect: '/admin/users' }
    },
  }),
  definePage({
    method: 'post',
    path: '/admin/users/:id/delete',
    auth: ADMIN,
    async handle(input, deps) {
      const actor = actorOf(callerOf(input).principal)
      const id = idOf(input.params)
      if (id === actor.userId) throw new HttpError('conflict', 'you cannot delete yourself')
      const outcome = await deps.store.users.remove(actor, id)
      if (outcome === 'last_admin') throw lastAdmin([])
      found(outcome === 'deleted' || null, 'user')
      return { redirect: '/admin/users' }
    },
  }),
]
