import { z } from 'zod'
import { hashPassword } from '../auth/password-hash.js'
import { HttpError } from '../http/http-errors.js'
import { pageQueryShape, pageSchemaOf } from '../http/list-paging.js'
import { RoleSchema } from '../store/store-types.js'
import type { StoredUser, UserWrite } from '../store/user-repository.js'
import { defineRoute } from './route-table.js'
import { callerOf, found, idOf, IdSchema } from './stored-objects.js'

const PasswordSchema = z.string().min(12, 'at least 12 characters').max(200)

const CreateUserSchema = z
  .strictObject({
    email: z.email().max(320),
    password: PasswordSchema,
    role: RoleSchema,
    clientId: IdSchema.optional().meta({ description: 'Required for a client user: the one client they see.' }),
  })
  .refine((u) => u.role !== 'client' || u.clientId !== undefined, {
    path: ['clientId'],
    message: 'a client user needs clientId',
  })
  .meta({ id: 'CreateUserRequest' })

const PatchUserSchema = z
  .strictObject({ role: RoleSchema.optional(), password: PasswordSchema.optional(), clientId: IdSchema.optional() })
  .meta({ id: 'PatchUserRequest' })

export const UserSchema = z
  .strictObject({
    id: z.string(),
    email: z.string(),
    role: RoleSchema,
    clientId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' })

const present = ({ id, email, role, clientId, createdAt, updatedAt }: StoredUser) => ({
  id,
  email,
  role,
  clientId,
  createdAt,
  updatedAt,
})

/** 409: an agency must keep an admin (there would be no way back: only an admin can make one). */
export const lastAdmin = (path: string[]) =>
  new HttpError('conflict', 'the agency needs an admin: make another user admin first', [
    { path, message: 'the last admin of the agency', code: 'last_admin' },
  ])

function written(outcome: UserWrite<StoredUser>): ReturnType<typeof present> {
  if (outcome.kind === 'ok') return present(outcome.value)
  if (outcome.kind === 'last_admin') throw lastAdmin(['role'])
  if (outcome.kind === 'email_taken') throw new HttpError('conflict', 'a user with this email exists')
  throw new HttpError('not_found', outcome.kind === 'client_unknown' ? 'no such client' : 'no such user')
}

const ADMIN = ['admin'] as const

export const usersRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/users',
    summary: 'Create a user of your agency (an email is unique within the agency; 409 when it is taken there)',
    tags: ['users'],
    auth: ADMIN,
    request: CreateUserSchema,
    responses: { 201: { description: 'The user.', schema: UserSchema } },
    errors: ['conflict', 'not_found'],
    handle: async (input, { store }) => {
      const { actor } = callerOf(input)
      const { email, password, role, clientId } = input.body
      const user = { email, passwordHash: await hashPassword(password), role, clientId: clientId ?? null }
      return { status: 201, body: written(await store.users.create(actor, actor.agencyId, user)) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/users',
    summary: 'The users of your agency',
    tags: ['users'],
    auth: ADMIN,
    query: z.strictObject({ ...pageQueryShape }),
    responses: { 200: { description: 'One page of users.', schema: pageSchemaOf(UserSchema) } },
    handle: async (input, { store }) => {
      const page = await store.users.list(callerOf(input).actor.agencyId, input.query)
      return { status: 200, body: { items: page.items.map(present), nextCursor: page.nextCursor } }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/users/:id',
    summary: 'One user',
    tags: ['users'],
    auth: ADMIN,
    responses: { 200: { description: 'The user.', schema: UserSchema } },
    errors: ['not_found'],
    handle: async (input, { store }) => ({
      status: 200,
      body: present(found(await store.users.get(callerOf(input).actor.agencyId, idOf(input.params)), 'user')),
    }),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/v1/users/:id',
    summary:
      "Change a user's role, client or password (a real change ends their sessions and tokens; the agency's last " +
      'admin stays admin: 409)',
    tags: ['users'],
    auth: ADMIN,
    request: PatchUserSchema,
    responses: { 200: { description: 'The user.', schema: UserSchema } },
    errors: ['not_found', 'conflict'],
    handle: async (input, { store }) => {
      const { role, clientId, password } = input.body
      const patch = { role, clientId, ...(password ? { passwordHash: await hashPassword(password) } : {}) }
      const outcome = await store.users.update(callerOf(input).actor, idOf(input.params), patch)
      return { status: 200, body: written(outcome) }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/v1/users/:id',
    summary: 'Delete a user (their sessions and tokens end with them)',
    tags: ['users'],
    auth: ADMIN,
    responses: { 204: { description: 'Deleted.', schema: z.undefined() } },
    errors: ['not_found', 'conflict'],
    handle: async (input, { store }) => {
      const { actor } = callerOf(input)
      const id = idOf(input.params)
      if (id === actor.userId) throw new HttpError('conflict', 'you cannot delete yourself')
      const outcome = await store.users.remove(actor, id)
      if (outcome === 'last_admin') throw lastAdmin([])
      found(outcome === 'deleted' || null, 'user')
      return { status: 204, body: undefined }
    },
  }),
]
