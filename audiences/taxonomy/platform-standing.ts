// Which taxonomy key stands for a platform category id: the entry whose own mapping is that id, not an approximation.
// Built once per taxonomy (a WeakMap, so a test taxonomy is collected with it).
import type { Term } from '../model/audience-schema.js'
import type { Platform } from './taxonomy-schema.js'
import type { Taxonomy } from './taxonomy.js'

const indexes = new WeakMap<Taxonomy, Map<string, Term>>()

function indexOf(taxonomy: Taxonomy): Map<string, Term> {
  const known = indexes.get(taxonomy)
  if (known) return known
  const index = new Map<string, Term>()
  for (const entry of taxonomy.terms.values())
    for (const [platform, mapping] of Object.entries(entry.channels)) {
      if (!mapping?.id || mapping.approximation) continue
      const id = `${platform}:${mapping.id}`
      // The first key wins, as the vocabulary build's claims do (a second claim fails the build).
      if (!index.has(id)) index.set(id, { facet: entry.facet, value: entry.key })
    }
  indexes.set(taxonomy, index)
  return index
}

/** The term that stands for a platform id, e.g. Google 30023 → industry.ict; undefined when none does. */
export const standingTerm = (taxonomy: Taxonomy, platform: Platform, id: string): Term | undefined =>
  indexOf(taxonomy).get(`${platform}:${id}`)
