import type { z } from 'zod'
import { HttpError } from './http-errors.js'
import { issuesFromZod } from './zod-issues.js'

// Far deeper than any real audience (sub-segments nest 5 levels); keeps recursive parsing off the stack limit.
export const MAX_JSON_DEPTH = 64

function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (typeof node !== 'object' || node === null) continue
    if (depth > limit) return true
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return false
}

/** Parses untrusted input once, at the edge; throws request_invalid (400) with zod's issues. */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  if (depthExceeds(input, MAX_JSON_DEPTH))
    throw new HttpError('request_invalid', 'the request is nested too deeply', [
      { path: [], message: `nested more than ${MAX_JSON_DEPTH} levels`, code: 'too_deep' },
    ])
  const result = schema.safeParse(input)
  if (result.success) return result.data
  throw new HttpError(
    'request_invalid',
    'the request does not match the schema',
    issuesFromZod(result.error.issues, { schema, input }),
  )
}
