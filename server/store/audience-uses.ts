import type { Kysely } from 'kysely'
import type { PlanStatus } from './plan-records.js'
import type { Tables } from './tables.js'

export type PlanUse = { type: 'plan'; id: string; name: string; status: PlanStatus }
type Lines = { lines?: { audienceId?: unknown }[] }
type Content = Lines & { scenarios?: Lines[] }

const usesAudience = (content: string, audienceId: string): boolean => {
  const parsed = JSON.parse(content) as Content
  const lines = [...(parsed.lines ?? []), ...(parsed.scenarios ?? []).flatMap((s) => s.lines ?? [])]
  return lines.some((line) => line.audienceId === audienceId)
}

/**
 * The live plans whose current version, or the version their client sees, has a line or a scenario line on the
 * audience: deleting it would leave them unable to be edited or exported (docs/adr/0009). Named by their current
 * name and status, oldest first.
 */
export async function plansUsing(q: Kysely<Tables>, agencyId: string, audienceId: string): Promise<PlanUse[]> {
  const rows = await q
    .selectFrom('plans')
    .innerJoin('plan_versions as v', 'v.plan_id', 'plans.id')
    .innerJoin('plan_versions as cur', (join) =>
      join.onRef('cur.plan_id', '=', 'plans.id').onRef('cur.version', '=', 'plans.version'),
    )
    .select(['plans.id', 'cur.name', 'cur.status', 'v.content'])
    .where('plans.agency_id', '=', agencyId)
    .where('plans.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([eb('v.version', '=', eb.ref('plans.version')), eb('v.version', '=', eb.ref('plans.shared_version'))]),
    )
    // Ids are UUIDs (no LIKE wildcards): a cheap filter before each candidate's lines are read.
    .where('v.content', 'like', `%${audienceId}%`)
    .orderBy('plans.id')
    .execute()
  const uses = new Map<string, PlanUse>()
  for (const row of rows)
    if (!uses.has(row.id) && usesAudience(row.content, audienceId))
      uses.set(row.id, { type: 'plan', id: row.id, name: row.name, status: row.status as PlanStatus })
  return [...uses.values()]
}
