import { sql, type Kysely } from 'kysely'
import { parentProblem, resolveAudience, resolveAudiences } from './audience-lineage.js'
import {
  findAudience,
  liveAudiences,
  searchableName,
  toAudience,
  type AudienceListQuery,
  type AudienceVersion,
  type AudienceWrite,
  type ParentProblem,
  type StoredAudience,
} from './audience-records.js'
import { plansUsing, type PlanUse } from './audience-uses.js'
import { recordAudit } from './audit-repository.js'
import { isUniqueViolation } from './store-errors.js'
import { newId } from './store-ids.js'
import { mapPage, pageBy } from './store-paging.js'
import type { Actor, PageQuery, Scope, Versioned } from './store-types.js'
import type { Db, Tables } from './tables.js'

export type { AudienceVersion, ParentProblem, StoredAudience } from './audience-records.js'
export type AudienceRemoval = { kind: 'deleted' | 'not_found' | 'has_children' } | { kind: 'in_use'; plans: PlanUse[] }

export function audienceRepository(db: Db) {
  const getIn = findAudience
  const live = liveAudiences

  async function writeVersion(trx: Kysely<Tables>, actor: Actor, id: string, version: number, write: AudienceWrite) {
    const now = new Date().toISOString()
    await trx
      .insertInto('audience_versions')
      .values({
        audience_id: id,
        version,
        parent_id: write.parentId,
        definition: JSON.stringify(write.audience),
        author_id: actor.userId,
        created_at: now,
      })
      .execute()
    await trx.deleteFrom('audience_tags').where('audience_id', '=', id).execute()
    const tags = [...new Set(write.audience.tags)]
    if (tags.length > 0)
      await trx
        .insertInto('audience_tags')
        .values(tags.map((tag) => ({ audience_id: id, tag })))
        .execute()
    await recordAudit(trx, actor, actor.agencyId, {
      action: version === 1 ? 'create' : 'update',
      objectType: 'audience',
      objectId: id,
      version,
    })
  }

  return {
    get: (scope: Scope, id: string) => getIn(db, scope, id),

    async create(actor: Actor, scope: Scope, write: AudienceWrite): Promise<StoredAudience | ParentProblem> {
      const now = new Date()
      const id = newId(now.getTime())
      const problem = await db.transaction().execute(async (trx) => {
        const found = await parentProblem(trx, scope, write, null)
        if (found) return found
        await trx
          .insertInto('audiences')
          .values({
            id,
            agency_id: actor.agencyId,
            client_id: write.clientId,
            parent_id: write.parentId,
            name: write.audience.name,
            search_name: searchableName(write.audience.name),
            version: 1,
            created_by: actor.userId,
            created_at: now.toISOString(),
            updated_by: actor.userId,
            updated_at: now.toISOString(),
            deleted_at: null,
          })
          .execute()
        await writeVersion(trx, actor, id, 1, write)
        return null
      })
      return problem ?? (await getIn(db, scope, id))!
    },

    /** Replaces the definition when `version` is still the current one; the old version stays in the history. */
    async update(
      actor: Actor,
      scope: Scope,
      id: string,
      version: number,
      change: Omit<AudienceWrite, 'clientId'>,
    ): Promise<Versioned<StoredAudience> | { kind: ParentProblem }> {
      try {
        const outcome = await db.transaction().execute(async (trx) => {
          const current = await getIn(trx, scope, id)
          if (!current) return { kind: 'not_found' as const }
          const bumped = await trx
            .updateTable('audiences')
            .set({
              version: version + 1,
              parent_id: change.parentId,
              name: change.audience.name,
              search_name: searchableName(change.audience.name),
              updated_by: actor.userId,
              updated_at: new Date().toISOString(),
            })
            .where('id', '=', id)
            .where('version', '=', version)
            .where('deleted_at', 'is', null)
            .executeTakeFirst()
          if (bumped.numUpdatedRows === 0n) return { kind: 'stale' as const }
          const write = { ...change, clientId: current.clientId }
          const problem = await parentProblem(trx, scope, write, id)
          if (problem) throw new ParentRejected(problem)
          await writeVersion(trx, actor, id, version + 1, write)
          return { kind: 'ok' as const }
        })
        if (outcome.kind === 'not_found') return outcome
        const current = (await getIn(db, scope, id))!
        return outcome.kind === 'ok' ? { kind: 'ok', value: current } : { kind: 'conflict', current }
      } catch (error) {
        if (error instanceof ParentRejected) return { kind: error.problem }
        if (!isUniqueViolation(error)) throw error
        const current = await getIn(db, scope, id)
        return current ? { kind: 'conflict', current } : { kind: 'not_found' }
      }
    },

    async list(scope: Scope, query: AudienceListQuery) {
      let select = live(db, scope)
      if (query.clientId) select = select.where('audiences.client_id', '=', query.clientId)
      if (query.tag) {
        const tag = query.tag
        select = select.where((eb) =>
          eb.exists(
            eb
              .selectFrom('audience_tags')
              .select('audience_tags.tag')
              .whereRef('audience_tags.audience_id', '=', 'audiences.id')
              .where('audience_tags.tag', '=', tag),
          ),
        )
      }
      if (query.q) {
        const pattern = `%${searchableName(query.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`
        select = select.where(sql<boolean>`audiences.search_name like ${pattern} escape ${'\\'}`)
      }
      const order = query.newestFirst ? 'desc' : 'asc'
      return mapPage(await pageBy(select, 'audiences.id', query, (r) => r.id, order), toAudience)
    },

    async versions(scope: Scope, id: string, page: PageQuery) {
      if (!(await getIn(db, scope, id))) return null
      const select = db.selectFrom('audience_versions').selectAll().where('audience_id', '=', id)
      const rows = await pageBy(select, 'version', page, (r) => r.version, 'desc')
      return mapPage(rows, (r): AudienceVersion => ({
        version: r.version,
        parentId: r.parent_id,
        audience: JSON.parse(r.definition) as AudienceVersion['audience'],
        authorId: r.author_id,
        createdAt: r.created_at,
      }))
    },

    /** Soft delete; refused while live sub-segments narrow this audience or live plans use it (ADR 0009). */
    async remove(actor: Actor, scope: Scope, id: string): Promise<AudienceRemoval> {
      return db.transaction().execute(async (trx): Promise<AudienceRemoval> => {
        if (!(await getIn(trx, scope, id))) return { kind: 'not_found' }
        const child = await trx
          .selectFrom('audiences')
          .select('id')
          .where('parent_id', '=', id)
          .where('deleted_at', 'is', null)
          .executeTakeFirst()
        if (child) return { kind: 'has_children' }
        const plans = await plansUsing(trx, actor.agencyId, id)
        if (plans.length > 0) return { kind: 'in_use', plans }
        await trx.updateTable('audiences').set({ deleted_at: new Date().toISOString() }).where('id', '=', id).execute()
        await recordAudit(trx, actor, actor.agencyId, { action: 'delete', objectType: 'audience', objectId: id })
        return { kind: 'deleted' }
      })
    },

    resolved: (scope: Scope, id: string) => resolveAudience(db, scope, id),
    resolvedMany: (scope: Scope, ids: readonly string[], seed: readonly StoredAudience[] = []) =>
      resolveAudiences(db, scope, ids, seed),
  }
}

class ParentRejected extends Error {
  constructor(readonly problem: ParentProblem) {
    super(problem)
  }
}
