import { describe, expect, it } from 'vitest'
import { TAXONOMY_PARTS, withMappings, type ChannelMapping } from '../../audiences/index.js'

const LIVE: ChannelMapping = {
  target: 'interests',
  id: '6003000000000',
  name: 'Design (live)',
  source: 'live',
  confirmed: '2026-12-01',
}

describe('withMappings', () => {
  const taxonomy = withMappings(TAXONOMY_PARTS, [{ key: 'interest.design', platform: 'meta', mapping: LIVE }])

  it('when a term has an override, then its copy carries it and the shipped entry is unchanged', () => {
    expect(taxonomy.term('interest.design')?.channels.meta).toEqual(LIVE)
    const shipped = TAXONOMY_PARTS.terms.find((t) => t.key === 'interest.design')
    expect(shipped?.channels.meta?.id).not.toBe('6003000000000')
    expect(taxonomy.term('interest.design')).not.toBe(shipped)
  })

  it('when a term or place has no override, then the agency taxonomy shares the shipped object', () => {
    const shipped = TAXONOMY_PARTS.terms.find((t) => t.key !== 'interest.design')!
    expect(taxonomy.term(shipped.key)).toBe(shipped)
    const place = TAXONOMY_PARTS.geo[0]!
    expect(taxonomy.geo.get(place.key)).toBe(place)
  })
})
