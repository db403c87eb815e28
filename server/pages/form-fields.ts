import { z } from 'zod'
import { StorableTextSchema } from '../routes/stored-objects.js'

/** A text field as a browser posts it: a string (a repeated field arrives as an array and is refused), trimmed. */
export const formText = (max: number) =>
  z
    .string()
    .max(max)
    .pipe(StorableTextSchema)
    .transform((text) => text.trim())

/** The text of a field for re-display after an error: whatever string came, else empty. */
export const echo = (value: unknown, max = 500): string => (typeof value === 'string' ? value.slice(0, max) : '')

export const CursorQuerySchema = z.object({ cursor: z.string().max(200).optional() })
