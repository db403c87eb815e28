import type { Kysely } from 'kysely'
import type { Audience } from '../../audiences/index.js'
import type { PageQuery, Scope } from './store-types.js'
import type { Tables } from './tables.js'

export type StoredAudience = {
  id: string
  clientId: string
  parentId: string | null
  version: number
  audience: Audience
  createdAt: string
  createdBy: string
  updatedAt: string
  updatedBy: string
}
export type AudienceVersion = {
  version: number
  parentId: string | null
  audience: Audience
  authorId: string
  createdAt: string
}
export type AudienceWrite = { clientId: string; parentId: string | null; audience: Audience }
export type ParentProblem = 'client_unknown' | 'parent_unknown' | 'parent_other_client' | 'parent_cycle'
// newestFirst: the web pages list the latest work first; the API pages oldest first, as it always has.
export type AudienceListQuery = PageQuery & {
  clientId?: string | undefined
  tag?: string | undefined
  // Part of the name, in any case (searchableName on both sides).
  q?: string | undefined
  newestFirst?: boolean | undefined
}

/** A name as search compares it: one Unicode form, lower case (Ö and ö, the composed and decomposed ä, are one). */
export const searchableName = (name: string): string => name.normalize('NFKC').toLowerCase()

// Seed 004 segments five levels deep; a longer chain is a mistake (or a cycle) rather than a plan.
export const MAX_PARENT_DEPTH = 10

export type AudienceRow = Tables['audiences'] & { definition: string }
export const toAudience = (r: AudienceRow): StoredAudience => ({
  id: r.id,
  clientId: r.client_id,
  parentId: r.parent_id,
  version: r.version,
  audience: JSON.parse(r.definition) as Audience,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
})

/** Live audiences of the scope (their client live too), each joined with its current version. */
export function liveAudiences(q: Kysely<Tables>, scope: Scope) {
  let query = q
    .selectFrom('audiences')
    .innerJoin('audience_versions as v', (j) =>
      j.onRef('v.audience_id', '=', 'audiences.id').onRef('v.version', '=', 'audiences.version'),
    )
    .innerJoin('clients', 'clients.id', 'audiences.client_id')
    .selectAll('audiences')
    .select('v.definition')
    .where('audiences.agency_id', '=', scope.agencyId)
    .where('audiences.deleted_at', 'is', null)
    .where('clients.deleted_at', 'is', null)
  if (scope.clientId !== null) query = query.where('audiences.client_id', '=', scope.clientId)
  return query
}

export async function findAudience(q: Kysely<Tables>, scope: Scope, id: string): Promise<StoredAudience | null> {
  const row = await liveAudiences(q, scope).where('audiences.id', '=', id).executeTakeFirst()
  return row ? toAudience(row) : null
}
