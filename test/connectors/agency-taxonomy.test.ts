import { describe, expect, it } from 'vitest'
import { createTaxonomy, type MappingOverride } from '../../audiences/index.js'
import { createAgencyTaxonomies, type MappingSource } from '../../server/connectors/agency-taxonomy.js'
import { RESOLVE_PARTS, sourced } from './support/resolve-taxonomy.js'

const BASE = createTaxonomy(RESOLVE_PARTS)
const design = (id: string): MappingOverride => ({
  key: 'interest.design',
  platform: 'meta',
  mapping: sourced('interests', id, 'live meta act_1'),
})

// A mappings table in memory that counts the reads the cache makes.
function aSource(rows: Record<string, { version: number; overrides: MappingOverride[] }>) {
  const reads = { version: 0, list: 0 }
  const source: MappingSource = {
    version: async (agencyId) => {
      reads.version += 1
      return rows[agencyId]?.version ?? 0
    },
    list: async (agencyId) => {
      reads.list += 1
      return rows[agencyId]?.overrides ?? []
    },
  }
  return { source, reads, rows }
}

describe('createAgencyTaxonomies', () => {
  it('when an agency never resolved, then it gets the base taxonomy after one version read and no row read', async () => {
    const { source, reads } = aSource({})
    const taxonomies = createAgencyTaxonomies(BASE, RESOLVE_PARTS, source)

    const taxonomy = await taxonomies.forAgency('a')

    expect(taxonomy).toBe(BASE)
    expect(reads).toEqual({ version: 1, list: 0 })
  })

  it('when the version stays, then the agency taxonomy is built once and served from memory', async () => {
    const { source, reads } = aSource({ a: { version: 1, overrides: [design('6003020834693')] } })
    const taxonomies = createAgencyTaxonomies(BASE, RESOLVE_PARTS, source)

    const first = await taxonomies.forAgency('a')
    const second = await taxonomies.forAgency('a')

    expect(second).toBe(first)
    expect(first.term('interest.design')?.channels.meta?.id).toBe('6003020834693')
    expect(BASE.term('interest.design')?.channels.meta?.id).toBeNull()
    expect(reads).toEqual({ version: 2, list: 1 })
  })

  it('when the version moves (another process wrote), then the next call rebuilds with the new rows', async () => {
    const { source, reads, rows } = aSource({ a: { version: 1, overrides: [design('6000000000001')] } })
    const taxonomies = createAgencyTaxonomies(BASE, RESOLVE_PARTS, source)
    await taxonomies.forAgency('a')

    rows.a = { version: 2, overrides: [design('6003020834693')] }
    const after = await taxonomies.forAgency('a')

    expect(after.term('interest.design')?.channels.meta?.id).toBe('6003020834693')
    expect(reads.list).toBe(2)
  })

  it('when two agencies have different mappings, then each gets its own', async () => {
    const { source } = aSource({
      a: { version: 1, overrides: [design('6000000000001')] },
      b: { version: 3, overrides: [design('6000000000002')] },
    })
    const taxonomies = createAgencyTaxonomies(BASE, RESOLVE_PARTS, source)

    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((id) => taxonomies.forAgency(id)))

    expect([a, b, c].map((t) => t?.term('interest.design')?.channels.meta?.id)).toEqual([
      '6000000000001',
      '6000000000002',
      null,
    ])
  })
})
