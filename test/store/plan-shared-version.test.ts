import { describe, expect, it } from 'vitest'
import type { PlanStatus } from '../../server/store/plan-records.js'
import { databaseAt } from './support/old-database.js'
import { STORE_KINDS } from './support/test-stores.js'

// Issue 16 item 6, migration 0007: the shared-version pointer starts where clients looked until now (the newest
// shared or approved version), so upgrading changes nothing any client sees.
describe.each(STORE_KINDS)('migration 0007 (the shared version) on %s', (kind) => {
  it('when plans made before it are migrated, then each points at its newest shared or approved version, or none', async () => {
    const plans: Record<string, PlanStatus[]> = {
      'plan-draft': ['draft'],
      'plan-shared': ['shared'],
      'plan-shared-twice': ['shared', 'shared'],
      'plan-approved-then-draft': ['approved', 'draft'],
      'plan-shared-approved-draft': ['shared', 'approved', 'draft'],
    }
    const at = '2026-01-01T00:00:00.000Z'
    const before = await databaseAt(kind, '0006-agency-emails', async (db) => {
      await db.insertInto('agencies').values({ id: 'agency-1', name: 'A', created_at: at }).execute()
      const client = {
        id: 'client-1',
        agency_id: 'agency-1',
        name: 'C',
        created_at: at,
        updated_at: at,
        deleted_at: null,
      }
      await db.insertInto('clients').values(client).execute()
      for (const [id, statuses] of Object.entries(plans)) {
        await db
          .insertInto('plans')
          .values({
            id,
            agency_id: 'agency-1',
            client_id: 'client-1',
            name: id,
            version: statuses.length,
            // Not yet a column at 0006: the cast keeps today's type from demanding it.
            ...({} as { shared_version: null }),
            created_by: 'u',
            created_at: at,
            updated_by: 'u',
            updated_at: at,
            deleted_at: null,
          })
          .execute()
        for (const [i, status] of statuses.entries())
          await db
            .insertInto('plan_versions')
            .values({
              plan_id: id,
              version: i + 1,
              status,
              name: id,
              content: '{}',
              estimate: '{}',
              author_id: 'u',
              created_at: at,
              shared_at: null,
              approved_by: null,
              approved_at: null,
            })
            .execute()
      }
    })
    const store = await before.open()
    try {
      const rows = await store.db.selectFrom('plans').select(['id', 'shared_version']).orderBy('id').execute()

      expect(Object.fromEntries(rows.map((r) => [r.id, r.shared_version]))).toEqual({
        'plan-approved-then-draft': 1,
        'plan-draft': null,
        'plan-shared': 1,
        'plan-shared-approved-draft': 2,
        'plan-shared-twice': 2,
      })
    } finally {
      await store.close()
      await before.dispose()
    }
  }, 60_000)
})
