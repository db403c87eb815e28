import { z } from 'zod'
import { HttpError } from './http-errors.js'

export const DEFAULT_PAGE_SIZE = 50
export const MAX_PAGE_SIZE = 200

// Every list endpoint pages (api.md): spread these into its query schema.
export const pageQueryShape = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().max(200).optional().meta({ description: 'nextCursor of the previous page.' }),
}

export const pageSchemaOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    items: z.array(item),
    nextCursor: z.string().nullable().meta({ description: 'Pass as cursor for the next page; null on the last page.' }),
  })

// Cursors are opaque to clients; for static lists an offset is enough.
const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url')

function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
  if (!match?.[1])
    throw new HttpError('request_invalid', 'the cursor is not one this endpoint issued', [
      { path: ['cursor'], message: 'unknown cursor', code: 'cursor_invalid' },
    ])
  return Number(match[1])
}

/** One page of an in-memory list, with the cursor for the next one. */
export function pageOf<T>(items: readonly T[], query: { limit: number; cursor?: string | undefined }) {
  const offset = decodeCursor(query.cursor)
  const end = offset + query.limit
  return { items: items.slice(offset, end), nextCursor: end < items.length ? encodeCursor(end) : null }
}
