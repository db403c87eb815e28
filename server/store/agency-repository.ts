import { newId } from './store-ids.js'
import type { Db } from './tables.js'

export function agencyRepository(db: Db) {
  return {
    async create(name: string): Promise<{ id: string; name: string }> {
      const now = new Date()
      const id = newId(now.getTime())
      await db.insertInto('agencies').values({ id, name, created_at: now.toISOString() }).execute()
      return { id, name }
    },
  }
}
