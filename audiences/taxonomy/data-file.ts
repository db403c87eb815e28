import type { z } from 'zod'
import { DomainError } from '../errors.js'

/** Validates a shipped data file at import time; a broken file is our bug, reported with the file and path. */
export function parseDataFile<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const issues = result.error.issues.map((i) => ({
    path: [file, ...i.path.map(String)],
    code: i.code,
    message: i.message,
  }))
  throw new DomainError('taxonomy_invalid', `data file ${file} is invalid`, issues)
}
