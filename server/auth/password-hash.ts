import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// scrypt is memory-hard: N = 2^15, r = 8 needs 128 · N · r = 32 MiB per hash (RFC 7914; OWASP password storage).
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const
const MAXMEM = 64 * 1024 * 1024
const KEY_LENGTH = 32

const derive = (password: string, salt: Buffer, options: ScryptOptions, length: number) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  )

/** `scrypt$N$r$p$salt$hash` (base64url), so the parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, { ...PARAMS, maxmem: MAXMEM }, KEY_LENGTH)
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const options = { N: Number(n), r: Number(r), p: Number(p), maxmem: MAXMEM }
  const key = await derive(password, Buffer.from(salt, 'base64url'), options, expected.length)
  return timingSafeEqual(key, expected)
}

// Verifying against this when the email is unknown makes a miss cost as much as a wrong password.
let decoy: Promise<string> | undefined
export const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString('hex')))
