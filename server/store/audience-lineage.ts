import type { Kysely } from 'kysely'
import type { Audience } from '../../audiences/index.js'
import {
  findAudience,
  MAX_PARENT_DEPTH,
  type AudienceWrite,
  type ParentProblem,
  type StoredAudience,
} from './audience-records.js'
import type { Scope } from './store-types.js'
import type { Tables } from './tables.js'

// The parent must be a live audience of the same client, and the chain above it must not lead back to `self`.
export async function parentProblem(
  q: Kysely<Tables>,
  scope: Scope,
  write: AudienceWrite,
  self: string | null,
): Promise<ParentProblem | null> {
  const client = await q
    .selectFrom('clients')
    .select('id')
    .where('id', '=', write.clientId)
    .where('agency_id', '=', scope.agencyId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  if (!client || (scope.clientId !== null && scope.clientId !== write.clientId)) return 'client_unknown'
  let next = write.parentId
  for (let depth = 0; next !== null; depth++) {
    if (next === self || depth >= MAX_PARENT_DEPTH) return 'parent_cycle'
    const parent = await findAudience(q, scope, next)
    if (!parent) return 'parent_unknown'
    if (parent.clientId !== write.clientId) return 'parent_other_client'
    next = parent.parentId
  }
  return null
}

/** The stored audience with its parents inlined (`parent`), ready for compileAudience and estimatePlan. */
export async function resolveAudience(q: Kysely<Tables>, scope: Scope, id: string): Promise<Audience | null> {
  const chain: StoredAudience[] = []
  for (let next: string | null = id; next !== null && chain.length <= MAX_PARENT_DEPTH;) {
    const found = await findAudience(q, scope, next)
    if (!found) return null
    chain.push(found)
    next = found.parentId
  }
  return chain.reduceRight<Audience | undefined>(
    (parent, link) => (parent ? { ...link.audience, parent } : link.audience),
    undefined,
  )!
}
