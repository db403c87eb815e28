import { randomBytes } from 'node:crypto'

// Ids made in one millisecond still sort in the order they were made (RFC 9562 §6.2, method 1: a counter in the
// 12 rand_a bits), so "newest first" lists hold within a process even for objects created together.
let last = { ms: 0, seq: 0 }

/** A UUID version 7: time-ordered, so ids sort by creation and serve as the paging key. */
export function newId(now = Date.now()): string {
  let ms = now
  let seq = Math.floor(Math.random() * 0x400)
  if (ms <= last.ms) {
    ms = last.ms
    seq = last.seq + 1
    if (seq > 0xfff) {
      ms += 1
      seq = 0
    }
  }
  last = { ms, seq }
  const bytes = randomBytes(16)
  bytes.writeUIntBE(ms, 0, 6)
  bytes[6] = 0x70 | (seq >> 8)
  bytes[7] = seq & 0xff
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
