import { z } from 'zod'
import { actorOf, scopeOf, type Principal } from '../auth/principal.js'
import { HttpError } from '../http/http-errors.js'
import { UUID_PATTERN } from '../store/store-ids.js'
import type { Versioned } from '../store/store-types.js'

/** The caller of a route that is not public (mount-routes.ts has already refused anonymous calls). */
export function callerOf(input: { principal: Principal | null }) {
  const principal = input.principal
  if (!principal) throw new HttpError('unauthorized', 'sign in first')
  return { principal, actor: actorOf(principal), scope: scopeOf(principal), role: principal.user.role }
}

// Ids are UUIDs; anything else names no object, so it is a 404 before it reaches the database.
export function idOf(params: Record<string, string>, name = 'id'): string {
  const id = params[name] ?? ''
  if (!UUID_PATTERN.test(id)) throw new HttpError('not_found', `no such object: ${name}`)
  return id
}

export const IdSchema = z.string().regex(UUID_PATTERN, 'an id as the API returned it').meta({ format: 'uuid' })

export function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new HttpError('not_found', `no such ${what}`)
  return value
}

/** The write's value, or 404 / 409 with the current object when the given version was not the current one. */
export function settled<T extends { version: number }, R>(
  outcome: Versioned<T>,
  what: string,
  present: (t: T) => R,
): R {
  if (outcome.kind === 'ok') return present(outcome.value)
  if (outcome.kind === 'not_found') throw new HttpError('not_found', `no such ${what}`)
  throw new HttpError(
    'conflict',
    `the ${what} has changed: version ${outcome.current.version} is current; re-read it and apply your change there`,
    [{ path: ['version'], message: `the current version is ${outcome.current.version}`, code: 'version_stale' }],
    present(outcome.current),
  )
}

// PostgreSQL text cannot hold NUL, and a lone surrogate cannot be stored as UTF-8: refuse both, on every database.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function textProblem(value: unknown, path: (string | number)[]): (string | number)[] | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null
  if (typeof value !== 'object' || value === null) return null
  for (const [key, child] of Object.entries(value)) {
    const at = textProblem(key, path) ?? textProblem(child, [...path, Array.isArray(value) ? Number(key) : key])
    if (at) return at
  }
  return null
}

/** A query-string text that can be compared with stored text on every database. */
export const StorableTextSchema = z.string().refine((text) => !UNSTORABLE.test(text), {
  message: 'must not contain NUL characters or unpaired surrogates',
})

/** Throws 400 when any text of a body to be stored holds NUL or an unpaired surrogate; else stores it verbatim. */
export function assertStorableText(body: unknown): void {
  const path = textProblem(body, [])
  if (path)
    throw new HttpError('request_invalid', 'text must not contain NUL characters or unpaired surrogates', [
      { path, message: 'NUL or unpaired surrogate', code: 'text_unstorable' },
    ])
}
