import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

// AES-256-GCM with a 96-bit random IV per message (NIST SP 800-38D §8.2); the tag authenticates the ciphertext.
const ALGORITHM = 'aes-256-gcm'
const IV_BYTES = 12
const VERSION = 'v1'

export class SecretKeyError extends Error {
  override readonly name = 'SecretKeyError'
}

export type SecretBox = { seal(plaintext: string): string; open(sealed: string): string }

export function parseSecretKey(base64: string | undefined): Buffer {
  if (!base64) throw new SecretKeyError('KOHDE_SECRET_KEY is not set: it must be 32 random bytes in base64')
  const key = Buffer.from(base64, 'base64')
  if (key.length !== 32 || key.toString('base64') !== base64.trim()) {
    throw new SecretKeyError('KOHDE_SECRET_KEY must be 32 bytes in base64 (e.g. `openssl rand -base64 32`)')
  }
  return key
}

// Sealed form: "v1.<iv>.<tag>.<ciphertext>", each part base64url, so it fits a text column.
export function createSecretBox(key: Buffer, randomIv: (n: number) => Buffer = randomBytes): SecretBox {
  if (key.length !== 32) throw new SecretKeyError('the secret key must be 32 bytes')
  return {
    seal(plaintext) {
      const iv = randomIv(IV_BYTES)
      const cipher = createCipheriv(ALGORITHM, key, iv)
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      return [VERSION, iv, cipher.getAuthTag(), body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.')
    },
    open(sealed) {
      const [version, iv, tag, body, ...rest] = sealed.split('.')
      if (version !== VERSION || !iv || !tag || body === undefined || rest.length > 0) {
        throw new SecretKeyError('not a sealed secret')
      }
      const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      try {
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
      } catch {
        throw new SecretKeyError('the secret does not open with this key (wrong KOHDE_SECRET_KEY, or tampered)')
      }
    },
  }
}
