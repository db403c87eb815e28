import { recordAudit } from './audit-repository.js'
import { isUniqueViolation } from './store-errors.js'
import { newId } from './store-ids.js'
import { mapPage, pageBy } from './store-paging.js'
import type { Actor, PageQuery, Role } from './store-types.js'
import { sql, type Kysely } from 'kysely'
import type { Db, Tables, UserTable } from './tables.js'

export type StoredUser = {
  id: string
  agencyId: string
  email: string
  role: Role
  clientId: string | null
  // The web pages' language the user chose (fi, sv, en), or null.
  locale: string | null
  createdAt: string
  updatedAt: string
}
export type NewUser = { email: string; passwordHash: string; role: Role; clientId: string | null }
export type UserPatch = { role?: Role; clientId?: string | null; passwordHash?: string }
export type UserWrite<T> =
  { kind: 'ok'; value: T } | { kind: 'not_found' | 'email_taken' | 'client_unknown' | 'last_admin' }

export const toUser = (r: UserTable): StoredUser => ({
  id: r.id,
  agencyId: r.agency_id,
  email: r.email,
  role: r.role as Role,
  clientId: r.client_id,
  locale: r.locale,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

// Email addresses are compared without case: one person, one login.
export const normalizeEmail = (email: string) => email.trim().toLowerCase()

// Admin changes in one agency run one at a time: this write takes the agency row's lock (PostgreSQL; SQLite has one
// writer), so two admins demoting each other at once cannot both see the other still an admin.
const lockAgency = (trx: Kysely<Tables>, agencyId: string) =>
  trx
    .updateTable('agencies')
    .set({ name: sql<string>`name` })
    .where('id', '=', agencyId)
    .execute()

async function otherAdmins(q: Kysely<Tables>, agencyId: string, id: string): Promise<number> {
  const row = await q
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agency_id', '=', agencyId)
    .where('role', '=', 'admin')
    .where('id', '<>', id)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

const clientExists = async (q: Kysely<Tables>, agencyId: string, clientId: string | null) =>
  clientId === null ||
  (await q
    .selectFrom('clients')
    .select('id')
    .where('id', '=', clientId)
    .where('agency_id', '=', agencyId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()) !== undefined

async function getIn(q: Kysely<Tables>, agencyId: string, id: string) {
  const row = await q
    .selectFrom('users')
    .selectAll()
    .where('id', '=', id)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst()
  return row ? toUser(row) : null
}

export function userRepository(db: Db) {
  const get = (agencyId: string, id: string) => getIn(db, agencyId, id)

  return {
    get,
    count: async () =>
      (
        await db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,

    /** Every account with this email, oldest first: an email is unique within an agency, not across agencies. */
    findForLogin: (email: string) =>
      db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).orderBy('id').execute(),

    async create(actor: Actor | null, agencyId: string, user: NewUser): Promise<UserWrite<StoredUser>> {
      if (!(await clientExists(db, agencyId, user.clientId))) return { kind: 'client_unknown' }
      const now = new Date()
      const row: UserTable = {
        id: newId(now.getTime()),
        agency_id: agencyId,
        email: normalizeEmail(user.email),
        password_hash: user.passwordHash,
        role: user.role,
        client_id: user.role === 'client' ? user.clientId : null,
        locale: null,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      }
      try {
        await db.transaction().execute(async (trx) => {
          await trx.insertInto('users').values(row).execute()
          await recordAudit(trx, actor, agencyId, { action: 'create', objectType: 'user', objectId: row.id })
        })
      } catch (error) {
        if (isUniqueViolation(error)) return { kind: 'email_taken' }
        throw error
      }
      return { kind: 'ok', value: toUser(row) }
    },

    async list(agencyId: string, page: PageQuery) {
      const select = db.selectFrom('users').selectAll().where('agency_id', '=', agencyId)
      return mapPage(await pageBy(select, 'id', page, (r) => r.id), toUser)
    },

    /**
     * Changes role, client or password. Only a real change ends the user's sessions and tokens (an empty patch, or
     * the role the user has, changes nothing); the agency's last admin cannot stop being one.
     */
    async update(actor: Actor, id: string, patch: UserPatch): Promise<UserWrite<StoredUser>> {
      const outcome = await db.transaction().execute(async (trx): Promise<UserWrite<null>> => {
        await lockAgency(trx, actor.agencyId)
        const current = await getIn(trx, actor.agencyId, id)
        if (!current) return { kind: 'not_found' }
        const role = patch.role ?? current.role
        const clientId = role === 'client' ? (patch.clientId ?? current.clientId) : null
        const changed = role !== current.role || clientId !== current.clientId || patch.passwordHash !== undefined
        if (!changed) return { kind: 'ok', value: null }
        if (role === 'client' && (clientId === null || !(await clientExists(trx, actor.agencyId, clientId))))
          return { kind: 'client_unknown' }
        if (current.role === 'admin' && role !== 'admin' && (await otherAdmins(trx, actor.agencyId, id)) === 0)
          return { kind: 'last_admin' }
        const set = { role, client_id: clientId, updated_at: new Date().toISOString() }
        await trx
          .updateTable('users')
          .set(patch.passwordHash ? { ...set, password_hash: patch.passwordHash } : set)
          .where('id', '=', id)
          .execute()
        // A changed role, client or password ends every session and token the user had.
        await trx.deleteFrom('sessions').where('user_id', '=', id).execute()
        await trx
          .updateTable('api_tokens')
          .set({ revoked_at: set.updated_at })
          .where('user_id', '=', id)
          .where('revoked_at', 'is', null)
          .execute()
        await recordAudit(trx, actor, actor.agencyId, { action: 'update', objectType: 'user', objectId: id })
        return { kind: 'ok', value: null }
      })
      return outcome.kind === 'ok' ? { kind: 'ok', value: (await get(actor.agencyId, id))! } : outcome
    },

    // A preference, not an account change: no audit entry, sessions stay.
    async setLocale(userId: string, locale: string) {
      await db.updateTable('users').set({ locale }).where('id', '=', userId).execute()
    },

    async remove(actor: Actor, id: string): Promise<'deleted' | 'not_found' | 'last_admin'> {
      return db.transaction().execute(async (trx) => {
        await lockAgency(trx, actor.agencyId)
        const found = await getIn(trx, actor.agencyId, id)
        if (!found) return 'not_found'
        if (found.role === 'admin' && (await otherAdmins(trx, actor.agencyId, id)) === 0) return 'last_admin'
        await trx.deleteFrom('sessions').where('user_id', '=', id).execute()
        await trx.deleteFrom('api_tokens').where('user_id', '=', id).execute()
        await trx.deleteFrom('users').where('id', '=', id).execute()
        await recordAudit(trx, actor, actor.agencyId, { action: 'delete', objectType: 'user', objectId: id })
        return 'deleted'
      })
    },
  }
}
