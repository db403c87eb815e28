import { withMappings, type MappingOverride, type Taxonomy, type TaxonomyParts } from '../../audiences/index.js'

export type MappingSource = {
  version(agencyId: string): Promise<number>
  list(agencyId: string): Promise<readonly MappingOverride[]>
}

export type AgencyTaxonomies = { forAgency(agencyId: string): Promise<Taxonomy> }

// Rebuilding a taxonomy costs milliseconds and megabytes: keep the most recently used agencies' only.
const MAX_AGENCIES = 32

/**
 * Each agency's taxonomy with its resolved identifiers laid over the shipped ones. Every call reads the agency's
 * mappings version (one primary-key row) and rebuilds only when it moved: several processes share one PostgreSQL,
 * and a version read is cheap and never stale, where a TTL would be cheaper still but serve another process's
 * stale taxonomy for its whole length. An agency that never resolved (version 0) gets the base taxonomy as it is.
 */
export function createAgencyTaxonomies(base: Taxonomy, parts: TaxonomyParts, source: MappingSource): AgencyTaxonomies {
  const cache = new Map<string, { version: number; taxonomy: Promise<Taxonomy> }>()
  return {
    async forAgency(agencyId) {
      const version = await source.version(agencyId)
      if (version === 0) return base
      const cached = cache.get(agencyId)
      if (cached && cached.version >= version) {
        cache.delete(agencyId)
        cache.set(agencyId, cached)
        return cached.taxonomy
      }
      // The version is read before the rows: a write in between makes the next call rebuild, never go stale.
      const taxonomy = source.list(agencyId).then((overrides) => withMappings(parts, overrides))
      cache.set(agencyId, { version, taxonomy })
      taxonomy.catch(() => cache.delete(agencyId))
      if (cache.size > MAX_AGENCIES) cache.delete(cache.keys().next().value!)
      return taxonomy
    },
  }
}
