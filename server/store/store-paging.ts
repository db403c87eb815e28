import type { SelectQueryBuilder } from 'kysely'
import { HttpError } from '../http/http-errors.js'
import { UUID_PATTERN } from './store-ids.js'
import type { Page, PageQuery } from './store-types.js'

// The last key seen is the whole cursor (ids are time-ordered UUIDs); clients treat it as opaque.
const encodeCursor = (key: string | number) => Buffer.from(`k:${key}`).toString('base64url')

const KEY_PATTERN = /^(?:[0-9]{1,9}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/

function decodeCursor(cursor: string): string | number {
  const key = Buffer.from(cursor, 'base64url').toString('utf8').slice(2)
  if (!KEY_PATTERN.test(key))
    throw new HttpError('request_invalid', 'the cursor is not one this endpoint issued', [
      { path: ['cursor'], message: 'unknown cursor', code: 'cursor_invalid' },
    ])
  return UUID_PATTERN.test(key) ? key : Number(key)
}

/** One page of a keyset query on `column` (a time-ordered id, or a version number with order 'desc'). */
export async function pageBy<DB, TB extends keyof DB, O extends Record<string, unknown>>(
  query: SelectQueryBuilder<DB, TB, O>,
  column: string,
  page: PageQuery,
  keyOf: (row: O) => string | number,
  order: 'asc' | 'desc' = 'asc',
): Promise<Page<O>> {
  const ref = column as never
  const after =
    page.cursor === undefined
      ? query
      : query.where(ref, order === 'asc' ? '>' : '<', decodeCursor(page.cursor) as never)
  const rows = await after
    .orderBy(ref, order)
    .limit(page.limit + 1)
    .execute()
  const items = rows.slice(0, page.limit)
  const last = items.at(-1)
  return { items, nextCursor: rows.length > page.limit && last ? encodeCursor(keyOf(last)) : null }
}

export const mapPage = <A, B>(page: Page<A>, map: (a: A) => B): Page<B> => ({
  items: page.items.map(map),
  nextCursor: page.nextCursor,
})
