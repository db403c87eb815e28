import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkLogo, LOGO_MAX_BYTES } from '../../server/pages/agency-logo.js'
import { openTestStore, STORE_KINDS, type OpenedStore } from './support/test-stores.js'

describe.each(STORE_KINDS)('the agency logo on %s (migration 0013)', (kind) => {
  let opened: OpenedStore
  beforeAll(async () => {
    opened = await openTestStore(kind)
  })
  afterAll(() => opened.dispose())

  it('when a logo is set twice and removed, then the second replaces the first byte for byte, per agency', async () => {
    const { store } = opened
    const [a, b] = [await store.agencies.create('A Oy'), await store.agencies.create('B Oy')]
    const first = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0xff, 0xd9])
    const second = Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0x01, 0x02, 0xff, 0xd9])

    await store.agencies.setLogo(a.id, 'image/jpeg', first)
    await store.agencies.setLogo(a.id, 'image/jpeg', second)

    expect((await store.agencies.logo(a.id))?.bytes.equals(second)).toBe(true)
    expect(await store.agencies.logo(b.id)).toBeNull()
    await store.agencies.removeLogo(a.id)
    expect(await store.agencies.logo(a.id)).toBeNull()
  })
})

describe('checkLogo', () => {
  it('when the bytes are a JPEG by their magic, then the type is JPEG whatever the upload claimed', () => {
    expect(checkLogo(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xd9]))).toEqual({ ok: true, mediaType: 'image/jpeg' })
  })

  it('when a JPEG has no end marker, or an SVG or HTML is sent, then it is refused', () => {
    expect(checkLogo(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toEqual({ ok: false, problem: 'logo_damaged' })
    expect(checkLogo(Buffer.from('<svg onload="alert(1)"/>'))).toEqual({ ok: false, problem: 'logo_type' })
    expect(checkLogo(Buffer.alloc(LOGO_MAX_BYTES + 1, 0xff))).toEqual({ ok: false, problem: 'logo_too_large' })
  })
})
