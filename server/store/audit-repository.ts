import type { Kysely } from 'kysely'
import { newId } from './store-ids.js'
import { mapPage, pageBy } from './store-paging.js'
import type { Actor, PageQuery } from './store-types.js'
import type { Db, Tables } from './tables.js'

export type AuditEntry = {
  id: string
  actorId: string | null
  actorEmail: string | null
  action: string
  objectType: string
  objectId: string
  version: number | null
  at: string
}

export type AuditEvent = { action: string; objectType: string; objectId: string; version?: number | null }

/** Records one change inside the caller's transaction, so the log and the change commit together. */
export async function recordAudit(trx: Kysely<Tables>, actor: Actor | null, agencyId: string, event: AuditEvent) {
  const now = new Date()
  await trx
    .insertInto('audit_log')
    .values({
      id: newId(now.getTime()),
      agency_id: agencyId,
      actor_id: actor?.userId ?? null,
      actor_email: actor?.email ?? null,
      action: event.action,
      object_type: event.objectType,
      object_id: event.objectId,
      version: event.version ?? null,
      at: now.toISOString(),
    })
    .execute()
}

export function auditRepository(db: Db) {
  return {
    async list(agencyId: string, query: PageQuery & { objectId?: string | undefined }) {
      let select = db.selectFrom('audit_log').selectAll().where('agency_id', '=', agencyId)
      if (query.objectId) select = select.where('object_id', '=', query.objectId)
      const page = await pageBy(select, 'id', query, (r) => r.id)
      return mapPage(page, (r): AuditEntry => ({
        id: r.id,
        actorId: r.actor_id,
        actorEmail: r.actor_email,
        action: r.action,
        objectType: r.object_type,
        objectId: r.object_id,
        version: r.version,
        at: r.at,
      }))
    },
  }
}
