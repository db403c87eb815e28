// Not via audiences/index.ts: that would load the data files this script rewrites.
import type { ChannelMapping } from '../../audiences/taxonomy/taxonomy-schema.js'

// The date the identifiers below were checked against shared/reference/platforms.md.
export const CONFIRMED = '2026-11-22'

export const sourced = (target: string, id: string, source: string): ChannelMapping => ({
  target,
  id,
  source,
  confirmed: CONFIRMED,
})

export const lookup = (target: string, query: string): ChannelMapping => ({
  target,
  id: null,
  source: null,
  confirmed: null,
  fallback: { kind: 'lookup', query },
})
