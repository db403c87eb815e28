import { describe, expect, it } from 'vitest'
import { createSecretBox, parseSecretKey, SecretKeyError } from '../../server/connectors/secret-box.js'

const KEY = Buffer.alloc(32, 7).toString('base64')

describe('secretBox', () => {
  it('when sealing and opening, then the plaintext comes back and the sealed text does not contain it', () => {
    const box = createSecretBox(parseSecretKey(KEY))

    const sealed = box.seal('EAAB-meta-secret-token')

    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(sealed).not.toContain('EAAB')
    expect(box.open(sealed)).toBe('EAAB-meta-secret-token')
  })

  it('when sealing the same secret twice, then the IVs differ', () => {
    const box = createSecretBox(parseSecretKey(KEY))

    expect(box.seal('same')).not.toBe(box.seal('same'))
  })

  it('when the ciphertext is tampered with or another key is used, then opening fails', () => {
    const sealed = createSecretBox(parseSecretKey(KEY)).seal('token')
    const [v, iv, tag, body = ''] = sealed.split('.')
    const flipped = `${body.startsWith('A') ? 'B' : 'A'}${body.slice(1)}`
    const other = createSecretBox(Buffer.alloc(32, 9))

    expect(() => createSecretBox(parseSecretKey(KEY)).open([v, iv, tag, flipped].join('.'))).toThrow(SecretKeyError)
    expect(() => other.open(sealed)).toThrow(SecretKeyError)
  })

  it('when KOHDE_SECRET_KEY is missing or not 32 bytes of base64, then it is refused', () => {
    expect(() => parseSecretKey(undefined)).toThrow(SecretKeyError)
    expect(() => parseSecretKey(Buffer.alloc(16).toString('base64'))).toThrow(SecretKeyError)
    expect(() => parseSecretKey('not base64!')).toThrow(SecretKeyError)
  })
})
