import { describe, expect, it } from 'vitest'
import {
  AudienceSchema,
  compileAudience,
  createTaxonomy,
  DEFAULT_TAXONOMY,
  TAXONOMY_PARTS,
} from '../../audiences/index.js'
import { fidelityLevels, worstOf } from '../../server/pages/fidelity-levels.js'
import type { StoredAudience } from '../../server/store/audience-records.js'

const audienceOf = (geo: unknown[], extra: Record<string, unknown> = {}) =>
  AudienceSchema.parse({ name: 'x', geo: { include: geo }, ...extra })
const resolved = (lineage: string, audience = audienceOf([{ country: 'FI' }])) => ({
  stored: {} as StoredAudience,
  audience,
  lineage,
})

describe('fidelityLevels (the list page’s levels, compiled once per lineage and taxonomy)', () => {
  it('when compiled, then each channel has the level of its own compile (the list shows what the audience page shows)', () => {
    const audience = audienceOf([{ country: 'FI' }, { postalCode: '00100', country: 'FI' }])
    const compiled = compileAudience(audience, DEFAULT_TAXONOMY)

    expect(fidelityLevels(resolved('own-compile@1', audience), DEFAULT_TAXONOMY)).toEqual({
      google: compiled.google!.fidelity.level,
      facebook: compiled.facebook!.fidelity.level,
      instagram: compiled.instagram!.fidelity.level,
      linkedin: compiled.linkedin!.fidelity.level,
    })
  })

  it('when the same lineage comes again, then the first answer is reused: a stored version never changes', () => {
    const first = fidelityLevels(resolved('reused@1'), DEFAULT_TAXONOMY)
    const failing = audienceOf([{ country: 'FI' }], { include: [[{ facet: 'interest', value: 'no.such.key' }]] })

    expect(fidelityLevels(resolved('reused@1', failing), DEFAULT_TAXONOMY)).toBe(first)
    expect(fidelityLevels(resolved('reused@2', failing), DEFAULT_TAXONOMY)).not.toEqual(first)
  })

  it('when the agency’s taxonomy is another object (its mappings moved), then the levels are compiled again', () => {
    const other = createTaxonomy(TAXONOMY_PARTS)
    const failing = audienceOf([{ country: 'FI' }], { include: [[{ facet: 'interest', value: 'no.such.key' }]] })
    fidelityLevels(resolved('per-taxonomy@1'), DEFAULT_TAXONOMY)

    expect(fidelityLevels(resolved('per-taxonomy@1', failing), other)).not.toEqual(
      fidelityLevels(resolved('per-taxonomy@1'), DEFAULT_TAXONOMY),
    )
  })

  it('when the worst over channels is asked, then it is the weakest of them, and an audience that fails is lossy', () => {
    const levels = { google: 'exact', facebook: 'approximate', instagram: 'exact', linkedin: 'lossy' } as const

    expect(worstOf(levels, ['google', 'instagram'])).toBe('exact')
    expect(worstOf(levels, ['google', 'facebook'])).toBe('approximate')
    expect(worstOf(levels, ['facebook', 'linkedin'])).toBe('lossy')
    expect(worstOf(null, ['google'])).toBe('lossy')
  })
})
