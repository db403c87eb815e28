import { z } from 'zod'

// PostgreSQL text cannot hold NUL and UTF-8 cannot hold a lone surrogate: a form field with either is refused.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** A text field as a browser posts it: a string (a repeated field arrives as an array and is refused), trimmed. */
export const formText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !UNSTORABLE.test(text), 'must not contain NUL characters or unpaired surrogates')
    .transform((text) => text.trim())

/** The text of a field for re-display after an error: whatever string came, else empty. */
export const echo = (value: unknown, max = 500): string => (typeof value === 'string' ? value.slice(0, max) : '')

export const CursorQuerySchema = z.object({ cursor: z.string().max(200).optional() })
