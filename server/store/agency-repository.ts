import { newId } from './store-ids.js'
import type { Db } from './tables.js'

export type LogoMediaType = 'image/png' | 'image/jpeg'
export type AgencyLogo = { mediaType: LogoMediaType; bytes: Buffer; updatedAt: string }

export function agencyRepository(db: Db) {
  return {
    async create(name: string): Promise<{ id: string; name: string }> {
      const now = new Date()
      const id = newId(now.getTime())
      await db.insertInto('agencies').values({ id, name, created_at: now.toISOString() }).execute()
      return { id, name }
    },

    async get(agencyId: string): Promise<{ id: string; name: string } | null> {
      const row = await db.selectFrom('agencies').select(['id', 'name']).where('id', '=', agencyId).executeTakeFirst()
      return row ?? null
    },

    /** The agency's logo, or null without one. The bytes were checked on upload (agency-logo.ts). */
    async logo(agencyId: string): Promise<AgencyLogo | null> {
      const row = await db
        .selectFrom('agency_logos')
        .select(['media_type', 'data', 'updated_at'])
        .where('agency_id', '=', agencyId)
        .executeTakeFirst()
      if (!row) return null
      const mediaType: LogoMediaType = row.media_type === 'image/png' ? 'image/png' : 'image/jpeg'
      return { mediaType, bytes: Buffer.from(row.data, 'base64'), updatedAt: row.updated_at }
    },

    /** Replaces the agency's logo (one per agency). */
    async setLogo(agencyId: string, mediaType: LogoMediaType, bytes: Buffer): Promise<void> {
      const values = {
        agency_id: agencyId,
        media_type: mediaType,
        data: bytes.toString('base64'),
        updated_at: new Date().toISOString(),
      }
      await db
        .insertInto('agency_logos')
        .values(values)
        .onConflict((c) =>
          c
            .column('agency_id')
            .doUpdateSet({ media_type: values.media_type, data: values.data, updated_at: values.updated_at }),
        )
        .execute()
    },

    async removeLogo(agencyId: string): Promise<void> {
      await db.deleteFrom('agency_logos').where('agency_id', '=', agencyId).execute()
    },
  }
}
