import { createHash, randomBytes } from 'node:crypto'

/** A random secret (256 bits) for a token, session or share link; only its hash is stored. */
export const newSecret = (prefix = ''): string => `${prefix}${randomBytes(32).toString('base64url')}`

// The secrets are random and long, so a fast hash is enough: nothing to brute-force (unlike passwords).
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex')
