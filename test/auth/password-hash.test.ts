import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from '../../server/auth/password-hash.js'

describe('hashPassword', () => {
  it('when hashing, then writes scrypt with N = 2^15, r = 8, p = 1 and a fresh salt each time', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse'), hashPassword('correct horse')])

    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/)
    expect(a).not.toBe(b)
  })

  it('when verifying, then accepts the password (also in another Unicode normal form) and nothing else', async () => {
    const stored = await hashPassword('Säkerhet')

    expect(await verifyPassword('Säkerhet', stored)).toBe(true)
    expect(await verifyPassword('Sa\u0308kerhet', stored)).toBe(true)
    expect(await verifyPassword('säkerhet', stored)).toBe(false)
    expect(await verifyPassword('Säkerhet', 'plain text')).toBe(false)
  })
})
