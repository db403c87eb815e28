import { describe, expect, it } from 'vitest'
import { newId, UUID_PATTERN } from '../../server/store/store-ids.js'

describe('newId', () => {
  it('when many ids are made in one millisecond, then they sort in the order they were made', () => {
    const ids = Array.from({ length: 5000 }, () => newId(1_800_000_000_000))
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('when the clock goes back, then ids still sort after the ones made before', () => {
    const before = newId(1_900_000_000_000)
    const after = newId(1_899_999_999_000)
    expect(after > before).toBe(true)
  })

  it('when made, then is a version 7, variant 10 UUID carrying the time in its first 48 bits', () => {
    const id = newId(0x0123_4567_89ab + 1e12)
    expect(id).toMatch(UUID_PATTERN)
    expect(id[14]).toBe('7')
    expect(['8', '9', 'a', 'b']).toContain(id[19])
    expect(parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBeGreaterThanOrEqual(0x0123_4567_89ab + 1e12)
  })
})
