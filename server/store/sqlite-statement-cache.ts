import type { Database as BetterSqlite, Statement } from 'better-sqlite3'
import type { SqliteDatabase } from 'kysely'

// Kysely prepares every query anew, and preparing costs SQLite more than running a short indexed query (measured by
// bench/: about three quarters of a bearer-token lookup). Each statement is kept and reused; the bound keeps
// queries whose text varies (multi-row inserts) from growing the cache without end.
const CACHE_SIZE = 500

/** better-sqlite3 for Kysely's SqliteDialect, reusing a prepared statement per SQL text. */
export function withStatementCache(sqlite: BetterSqlite): SqliteDatabase {
  const cache = new Map<string, Statement>()
  return {
    close: () => {
      cache.clear()
      sqlite.close()
    },
    prepare(sql: string) {
      const cached = cache.get(sql)
      // A statement still being iterated (a streamed query) cannot run again: that caller gets a fresh one.
      if (cached?.busy) return sqlite.prepare(sql)
      if (cached) {
        cache.delete(sql)
        cache.set(sql, cached)
        return cached
      }
      const statement = sqlite.prepare(sql)
      cache.set(sql, statement)
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
      return statement
    },
  }
}
