import type { Platform } from '../../audiences/index.js'
import { recordAudit } from './audit-repository.js'
import type { Actor } from './store-types.js'
import type { Db } from './tables.js'

// sealed is ciphertext (server/connectors/secret-box.ts): this repository never sees a credential in clear.
export type StoredPlatformCredential = {
  platform: Platform
  sealed: string
  updatedBy: string | null
  updatedAt: string
}

/** An agency's own platform credentials, sealed; an admin saves or removes them (issue 7). */
export function platformCredentialRepository(db: Db) {
  return {
    async list(agencyId: string): Promise<StoredPlatformCredential[]> {
      const rows = await db
        .selectFrom('platform_credentials')
        .selectAll()
        .where('agency_id', '=', agencyId)
        .orderBy('platform')
        .execute()
      return rows.map((r) => ({
        platform: r.platform as Platform,
        sealed: r.sealed,
        updatedBy: r.updated_by,
        updatedAt: r.updated_at,
      }))
    },

    async save(actor: Actor, platform: Platform, sealed: string): Promise<StoredPlatformCredential> {
      const row = { sealed, updated_by: actor.email, updated_at: new Date().toISOString() }
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('platform_credentials')
          .values({ agency_id: actor.agencyId, platform, ...row })
          .onConflict((oc) => oc.columns(['agency_id', 'platform']).doUpdateSet(row))
          .execute()
        await recordAudit(trx, actor, actor.agencyId, {
          action: 'update',
          objectType: 'platform_credentials',
          objectId: platform,
        })
      })
      return { platform, sealed, updatedBy: row.updated_by, updatedAt: row.updated_at }
    },

    async remove(actor: Actor, platform: Platform): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .deleteFrom('platform_credentials')
          .where('agency_id', '=', actor.agencyId)
          .where('platform', '=', platform)
          .executeTakeFirst()
        if (result.numDeletedRows === 0n) return false
        await recordAudit(trx, actor, actor.agencyId, {
          action: 'delete',
          objectType: 'platform_credentials',
          objectId: platform,
        })
        return true
      })
    },
  }
}
