import type { Kysely } from 'kysely'
import type { Audience } from '../../audiences/index.js'
import {
  findAudience,
  liveAudiences,
  MAX_PARENT_DEPTH,
  toAudience,
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
  return (await resolveAudiences(q, scope, [id])).get(id)?.audience ?? null
}

/**
 * A stored audience (its own row: client, parent, version) and the audience with its parents inlined. `lineage`
 * names exactly what was inlined (each link's id and version): versions never change, so equal lineages are equal
 * audiences.
 */
export type ResolvedAudience = { stored: StoredAudience; audience: Audience; lineage: string }

/**
 * Several audiences with their parents inlined, in one query per level of the deepest chain rather than one per
 * audience and parent (a page of 25 sub-segments cost 75 queries). `seed`: rows the caller has already read. An id
 * not found (deleted, another agency's, a broken chain) is missing from the map.
 */
export async function resolveAudiences(
  q: Kysely<Tables>,
  scope: Scope,
  ids: readonly string[],
  seed: readonly StoredAudience[] = [],
): Promise<Map<string, ResolvedAudience>> {
  const known = new Map(seed.map((s) => [s.id, s]))
  let missing = [...new Set(ids)].filter((id) => !known.has(id))
  const wanted = (rows: Iterable<StoredAudience>) =>
    [...new Set([...rows].map((r) => r.parentId))].filter((p): p is string => p !== null && !known.has(p))
  missing = [...new Set([...missing, ...wanted(known.values())])]
  for (let level = 0; missing.length > 0 && level <= MAX_PARENT_DEPTH; level++) {
    const rows = (await liveAudiences(q, scope).where('audiences.id', 'in', missing).execute()).map(toAudience)
    for (const row of rows) known.set(row.id, row)
    missing = wanted(rows)
  }
  const resolved = new Map<string, ResolvedAudience>()
  for (const id of ids) {
    const chain = chainOf(known, id)
    if (chain) resolved.set(id, { stored: known.get(id)!, audience: inlined(chain), lineage: lineageOf(chain) })
  }
  return resolved
}

// The chain from `id` up, at most MAX_PARENT_DEPTH + 1 links; null when a link is gone.
function chainOf(known: ReadonlyMap<string, StoredAudience>, id: string): StoredAudience[] | null {
  const chain: StoredAudience[] = []
  for (let next: string | null = id; next !== null && chain.length <= MAX_PARENT_DEPTH;) {
    const found = known.get(next)
    if (!found) return null
    chain.push(found)
    next = found.parentId
  }
  return chain
}

const lineageOf = (chain: readonly StoredAudience[]) => chain.map((link) => `${link.id}@${link.version}`).join('/')

// The chain folded into nested `parent`s, the audience itself outermost.
function inlined(chain: readonly StoredAudience[]): Audience {
  return chain.reduceRight<Audience | undefined>(
    (parent, link) => (parent ? { ...link.audience, parent } : link.audience),
    undefined,
  )!
}
