import { randomBytes } from 'node:crypto'
import type { Db } from './tables.js'

/**
 * Random keys made on first use and shared by every server process through the database (the first writer wins,
 * the others read its key); each process keeps the key in memory after the first read.
 */
export function serverSecretRepository(db: Db) {
  const cache = new Map<string, Promise<Buffer>>()
  async function load(name: string): Promise<Buffer> {
    const made = randomBytes(32).toString('base64url')
    await db
      .insertInto('server_secrets')
      .values({ name, value: made, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute()
    const row = await db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow()
    return Buffer.from(row.value, 'base64url')
  }
  return {
    key(name: string): Promise<Buffer> {
      let key = cache.get(name)
      if (!key) {
        key = load(name)
        cache.set(name, key)
        key.catch(() => cache.delete(name))
      }
      return key
    },
  }
}
