import { sql } from 'kysely'
import type { Store } from '../../../server/store/store.js'

// What any write changes: rows added, versions bumped, soft deletes, revocations, shares, approvals, renames.
const MEASURES: Record<string, string[]> = {
  agencies: ['count(*)'],
  users: ['count(*)', 'max(updated_at)'],
  clients: ['count(*)', 'max(updated_at)', 'count(deleted_at)'],
  audiences: ['count(*)', 'sum(version)', 'count(deleted_at)'],
  audience_versions: ['count(*)'],
  audience_tags: ['count(*)'],
  plans: ['count(*)', 'sum(version)', 'count(deleted_at)'],
  plan_versions: ['count(*)', 'count(shared_at)', 'count(approved_at)'],
  plan_comments: ['count(*)'],
  rate_cards: ['count(*)', 'sum(version)'],
  audit_log: ['count(*)'],
  sessions: ['count(*)'],
  api_tokens: ['count(*)', 'count(revoked_at)'],
  share_links: ['count(*)', 'count(revoked_at)'],
}

/** A fingerprint of every stored object (rate limits aside, which count rejected attempts by design). */
export async function storeDigest(store: Store): Promise<string> {
  const parts: string[] = []
  for (const [table, measures] of Object.entries(MEASURES)) {
    const query = sql<Record<string, unknown>>`select ${sql.raw(measures.join(', '))} from ${sql.table(table)}`
    const { rows } = await query.execute(store.db)
    parts.push(
      `${table}: ${Object.values(rows[0] ?? {})
        .map(String)
        .join(' ')}`,
    )
  }
  return parts.join('; ')
}
