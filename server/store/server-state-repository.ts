import { randomBytes } from 'node:crypto'
import type { Db } from './tables.js'

/** Keys and one-time claims every server process shares through the database. */
export function serverStateRepository(db: Db) {
  const keys = new Map<string, Promise<Buffer>>()
  const insert = (name: string, value: string, at: Date) =>
    db
      .insertInto('server_state')
      .values({ name, value, created_at: at.toISOString() })
      .onConflict((oc) => oc.column('name').doNothing())
      .returning('name')
      .executeTakeFirst()

  async function load(name: string): Promise<Buffer> {
    await insert(name, randomBytes(32).toString('base64url'), new Date())
    const row = await db.selectFrom('server_state').select('value').where('name', '=', name).executeTakeFirstOrThrow()
    return Buffer.from(row.value, 'base64url')
  }

  return {
    /** A random 256-bit key made on first use (the first writer wins, the others read it); cached in memory. */
    key(name: string): Promise<Buffer> {
      let key = keys.get(name)
      if (!key) {
        key = load(name)
        keys.set(name, key)
        key.catch(() => keys.delete(name))
      }
      return key
    },

    /**
     * True for exactly one caller of `name`: the one whose insert lands. A claim older than `staleMs` (its holder
     * died before finishing) is taken over once.
     */
    async claim(name: string, staleMs: number, now = new Date()): Promise<boolean> {
      if (await insert(name, 'claimed', now)) return true
      const stale = new Date(now.getTime() - staleMs).toISOString()
      const dropped = await db
        .deleteFrom('server_state')
        .where('name', '=', name)
        .where('created_at', '<=', stale)
        .executeTakeFirst()
      return dropped.numDeletedRows > 0n && (await insert(name, 'claimed', now)) !== undefined
    },
  }
}
