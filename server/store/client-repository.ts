import { recordAudit } from './audit-repository.js'
import { newId } from './store-ids.js'
import { mapPage, pageBy } from './store-paging.js'
import type { Actor, PageQuery, Scope } from './store-types.js'
import type { ClientTable, Db } from './tables.js'

export type StoredClient = { id: string; name: string; createdAt: string; updatedAt: string }

const toClient = (r: ClientTable): StoredClient => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export function clientRepository(db: Db) {
  const live = (scope: Scope) => {
    let query = db
      .selectFrom('clients')
      .selectAll()
      .where('agency_id', '=', scope.agencyId)
      .where('deleted_at', 'is', null)
    if (scope.clientId !== null) query = query.where('id', '=', scope.clientId)
    return query
  }
  const get = async (scope: Scope, id: string) => {
    const row = await live(scope).where('id', '=', id).executeTakeFirst()
    return row ? toClient(row) : null
  }

  return {
    get,
    async create(actor: Actor, name: string): Promise<StoredClient> {
      const now = new Date()
      const row = {
        id: newId(now.getTime()),
        agency_id: actor.agencyId,
        name,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
        deleted_at: null,
      }
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('clients').values(row).execute()
        await recordAudit(trx, actor, actor.agencyId, { action: 'create', objectType: 'client', objectId: row.id })
      })
      return toClient(row)
    },

    async list(scope: Scope, page: PageQuery) {
      return mapPage(await pageBy(live(scope), 'id', page, (r) => r.id), toClient)
    },

    async rename(actor: Actor, id: string, name: string): Promise<StoredClient | null> {
      const changed = await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('clients')
          .set({ name, updated_at: new Date().toISOString() })
          .where('id', '=', id)
          .where('agency_id', '=', actor.agencyId)
          .where('deleted_at', 'is', null)
          .executeTakeFirst()
        if (result.numUpdatedRows === 0n) return false
        await recordAudit(trx, actor, actor.agencyId, { action: 'update', objectType: 'client', objectId: id })
        return true
      })
      return changed ? get({ agencyId: actor.agencyId, clientId: null }, id) : null
    },

    // Soft delete: the client's audiences and plans stay in the database, out of every list and lookup.
    async remove(actor: Actor, id: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('clients')
          .set({ deleted_at: new Date().toISOString() })
          .where('id', '=', id)
          .where('agency_id', '=', actor.agencyId)
          .where('deleted_at', 'is', null)
          .executeTakeFirst()
        if (result.numUpdatedRows === 0n) return false
        await recordAudit(trx, actor, actor.agencyId, { action: 'delete', objectType: 'client', objectId: id })
        return true
      })
    },
  }
}
