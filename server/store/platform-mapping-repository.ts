import { sql } from 'kysely'
import { FallbackSchema, type MappingOverride, type Platform } from '../../audiences/index.js'
import { recordAudit } from './audit-repository.js'
import { bind, standIn } from './compiled-once.js'
import type { PlatformMappingTable } from './platform-tables.js'
import { isUniqueViolation } from './store-errors.js'
import type { Actor } from './store-types.js'
import type { Db } from './tables.js'

export type StoredMapping = MappingOverride & { account: string; createdBy: string | null; createdAt: string }
export type MappingWrite = { override: MappingOverride; account: string }
export type ResolveRun = {
  platform: Platform
  at: string
  actorEmail: string | null
  outcome: 'stored' | 'nothing_stored' | 'aborted'
  stored: number
  message: string | null
}

const toMapping = (r: PlatformMappingTable): StoredMapping => ({
  key: r.taxonomy_key,
  platform: r.platform as Platform,
  mapping: {
    target: r.target,
    id: r.platform_id,
    ...(r.name === null ? {} : { name: r.name }),
    source: r.source,
    confirmed: r.confirmed,
    // Only live lookups store mappings (resolve-identifiers.ts): the day of the lookup is the copy's date.
    confidence: 'live',
    copied: r.confirmed,
    ...(r.fallback === null ? {} : { fallback: FallbackSchema.parse(JSON.parse(r.fallback)) }),
  },
  account: r.account,
  createdBy: r.created_by,
  createdAt: r.created_at,
})

const AGENCY_ID = standIn('agency_id')

/** Identifiers an agency's live lookups found (issue 7): they replace the taxonomy's for that agency's compiles. */
export function platformMappingRepository(db: Db) {
  // Read on every compile and estimate.
  const versionQuery = db
    .selectFrom('platform_mapping_versions')
    .select('version')
    .where('agency_id', '=', AGENCY_ID)
    .compile()

  return {
    /** The agency's mappings version: 0 until its first write; one primary-key read, cheap on every request. */
    async version(agencyId: string): Promise<number> {
      const row = (await db.executeQuery(bind(versionQuery, { [AGENCY_ID]: agencyId }))).rows[0]
      return row?.version ?? 0
    },

    async list(agencyId: string): Promise<StoredMapping[]> {
      const rows = await db
        .selectFrom('platform_mappings')
        .selectAll()
        .where('agency_id', '=', agencyId)
        .orderBy('taxonomy_key')
        .orderBy('platform')
        .execute()
      return rows.map(toMapping)
    },

    /**
     * Stores every mapping or none, in one transaction that also bumps the agency's version. A row is never
     * overwritten: when one of the keys is already stored (another resolve got there first) nothing is written.
     */
    async saveAll(actor: Actor | null, agencyId: string, writes: readonly MappingWrite[]): Promise<'ok' | 'taken'> {
      if (writes.length === 0) return 'ok'
      const now = new Date().toISOString()
      const rows: PlatformMappingTable[] = writes.map(({ override: { key, platform, mapping }, account }) => {
        if (mapping.id === null || mapping.source === null || mapping.confirmed === null)
          throw new Error(`a stored mapping needs an id, a source and a date (${key} ${platform})`)
        return {
          agency_id: agencyId,
          taxonomy_key: key,
          platform,
          target: mapping.target,
          platform_id: mapping.id,
          name: mapping.name ?? null,
          source: mapping.source,
          confirmed: mapping.confirmed,
          fallback: mapping.fallback ? JSON.stringify(mapping.fallback) : null,
          account,
          created_by: actor?.email ?? null,
          created_at: now,
        }
      })
      try {
        await db.transaction().execute(async (trx) => {
          await trx.insertInto('platform_mappings').values(rows).execute()
          const { version } = await trx
            .insertInto('platform_mapping_versions')
            .values({ agency_id: agencyId, version: 1, updated_at: now })
            .onConflict((oc) =>
              oc.column('agency_id').doUpdateSet({
                version: sql<number>`platform_mapping_versions.version + 1`,
                updated_at: now,
              }),
            )
            .returning('version')
            .executeTakeFirstOrThrow()
          for (const platform of [...new Set(rows.map((r) => r.platform))])
            await recordAudit(trx, actor, agencyId, {
              action: 'resolve',
              objectType: 'platform_mappings',
              objectId: platform,
              version,
            })
        })
      } catch (error) {
        if (isUniqueViolation(error)) return 'taken'
        throw error
      }
      return 'ok'
    },

    /** Remembers the last resolve per platform (replacing the one before), for the connectors' status. */
    async recordRun(agencyId: string, run: ResolveRun): Promise<void> {
      const row = {
        at: run.at,
        actor_email: run.actorEmail,
        outcome: run.outcome,
        stored: run.stored,
        message: run.message,
      }
      await db
        .insertInto('platform_resolve_runs')
        .values({ agency_id: agencyId, platform: run.platform, ...row })
        .onConflict((oc) => oc.columns(['agency_id', 'platform']).doUpdateSet(row))
        .execute()
    },

    async runs(agencyId: string): Promise<ResolveRun[]> {
      const rows = await db
        .selectFrom('platform_resolve_runs')
        .selectAll()
        .where('agency_id', '=', agencyId)
        .orderBy('platform')
        .execute()
      return rows.map((r) => ({
        platform: r.platform as Platform,
        at: r.at,
        actorEmail: r.actor_email,
        outcome: r.outcome as ResolveRun['outcome'],
        stored: r.stored,
        message: r.message,
      }))
    },
  }
}
