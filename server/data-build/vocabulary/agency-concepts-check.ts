// Cross-reference checks of agency-concepts.json against the platform tables (concepts-format.md rules).
// A developer aid for the concept writer; the vocabulary build owns the official validator.
import { FACETS } from '../../../audiences/model/facets.js'
import { SensitiveCategorySchema } from '../../../audiences/taxonomy/taxonomy-schema.js'

export interface PlatformIds {
  google: ReadonlySet<string>
  linkedinIndustries: ReadonlySet<string>
  linkedinFunctions: ReadonlySet<string>
  linkedinSeniorities: ReadonlySet<string>
  linkedinStaffCountRanges: ReadonlySet<string>
}

interface Labels {
  fi: string
  sv: string
  en: string
}
interface Concept {
  key: string
  facet: string
  labels: Labels
  synonyms: Record<keyof Labels, string[]>
  labelsReviewed: boolean
  category: string
  google: { userInterests: string[]; keywords: string[] }
  meta: { query: string | null }
  linkedin: {
    industries: string[]
    functions: string[]
    seniorities: string[]
    staffCountRanges: string[]
    combine: string
    query: string | null
  }
  share?: { value: number; source: string; assumption: boolean }
  sensitive?: string
}
export interface ConceptFile {
  categories: { id: string; labels: Labels; parent: string | null }[]
  concepts: Concept[]
}

const KEY = /^[a-z][a-zA-Z]*(\.[a-z0-9-]+)+$/
const LOCALES = ['fi', 'sv', 'en'] as const
const SENSITIVE: ReadonlySet<string> = new Set(SensitiveCategorySchema.options)
const FACET_SET: ReadonlySet<string> = new Set(FACETS)

// Kind-prefixed, since industry, function and seniority codes share small numbers.
function linkedinIds(c: Concept): string[] {
  const l = c.linkedin
  return [
    ...l.industries.map((v) => `industry ${v}`),
    ...l.functions.map((v) => `function ${v}`),
    ...l.seniorities.map((v) => `seniority ${v}`),
    ...l.staffCountRanges.map((v) => `staffCountRange ${v}`),
  ]
}

/** Every problem found, one readable line each; an empty list means the file passes. */
export function checkConcepts(file: ConceptFile, ids: PlatformIds, existing: ReadonlyMap<string, string>): string[] {
  const errors: string[] = []
  const categoryIds = new Set(file.categories.map((c) => c.id))
  if (categoryIds.size !== file.categories.length) errors.push('categories: duplicate id')
  for (const cat of file.categories) {
    if (cat.parent !== null && !categoryIds.has(cat.parent))
      errors.push(`category ${cat.id}: unknown parent ${cat.parent}`)
    for (const l of LOCALES) if (!cat.labels[l]?.trim()) errors.push(`category ${cat.id}: empty ${l} label`)
  }
  const keys = new Set<string>()
  const googleClaims = new Map<string, string>()
  const linkedinClaims = new Map<string, string>()
  let previous = ''
  for (const c of file.concepts) {
    const at = `concept ${c.key}`
    if (!KEY.test(c.key)) errors.push(`${at}: key does not match ${KEY}`)
    if (keys.has(c.key)) errors.push(`${at}: duplicate key`)
    keys.add(c.key)
    if (c.key <= previous) errors.push(`${at}: not sorted by key (after ${previous})`)
    previous = c.key
    if (!FACET_SET.has(c.facet)) errors.push(`${at}: unknown facet ${c.facet}`)
    const existingFacet = existing.get(c.key)
    if (existingFacet !== undefined && existingFacet !== c.facet)
      errors.push(`${at}: extends an existing ${existingFacet} term with facet ${c.facet}`)
    if (!categoryIds.has(c.category)) errors.push(`${at}: unknown category ${c.category}`)
    for (const l of LOCALES) {
      if (!c.labels[l]?.trim()) errors.push(`${at}: empty ${l} label`)
      const synonyms = c.synonyms[l] ?? []
      if (c.labelsReviewed && synonyms.length === 0) errors.push(`${at}: reviewed but no ${l} synonyms`)
      const lower = synonyms.map((s) => s.toLowerCase())
      if (new Set(lower).size !== lower.length) errors.push(`${at}: duplicate ${l} synonym`)
      if (synonyms.some((s) => s.trim() !== s || s === '')) errors.push(`${at}: blank or untrimmed ${l} synonym`)
    }
    const interests = c.google.userInterests
    if (new Set(interests).size !== interests.length) errors.push(`${at}: duplicate Google id`)
    for (const id of interests)
      if (!ids.google.has(id)) errors.push(`${at}: Google user interest ${id} not in the table`)
    const first = interests[0]
    if (first !== undefined) {
      const owner = googleClaims.get(first)
      if (owner !== undefined) errors.push(`${at}: Google ${first} is already claimed by ${owner}`)
      googleClaims.set(first, c.key)
    }
    if (interests.length > 0 && c.google.keywords.length > 0) errors.push(`${at}: keywords beside user interests`)
    const li = c.linkedin
    if (li.combine !== 'all' && li.combine !== 'any') errors.push(`${at}: combine must be all or any`)
    const unknown = [
      ...li.industries.filter((v) => !ids.linkedinIndustries.has(v)),
      ...li.functions.filter((v) => !ids.linkedinFunctions.has(v)),
      ...li.seniorities.filter((v) => !ids.linkedinSeniorities.has(v)),
      ...li.staffCountRanges.filter((v) => !ids.linkedinStaffCountRanges.has(v)),
    ]
    for (const v of unknown) errors.push(`${at}: LinkedIn value ${v} not in the tables`)
    const single = linkedinIds(c)
    if (single.length === 1 && li.combine === 'any') {
      const owner = linkedinClaims.get(single[0] ?? '')
      if (owner !== undefined) errors.push(`${at}: LinkedIn ${single[0]} is already claimed by ${owner}`)
      linkedinClaims.set(single[0] ?? '', c.key)
    }
    if (c.share && !(c.share.value >= 0 && c.share.value <= 1 && c.share.source.trim()))
      errors.push(`${at}: share needs a value in [0, 1] and a source`)
    if (c.sensitive !== undefined) {
      if (!SENSITIVE.has(c.sensitive)) errors.push(`${at}: unknown sensitive category ${c.sensitive}`)
      if (interests.length + c.google.keywords.length + single.length > 0 || c.meta.query || li.query)
        errors.push(`${at}: a sensitive concept must not map to any platform`)
    }
  }
  return errors
}

/** The same text in the same language on two concepts: ambiguous for an exact-match parser. */
export function sharedSynonyms(file: ConceptFile): string[] {
  const owners = new Map<string, string[]>()
  for (const c of file.concepts)
    for (const l of LOCALES)
      for (const text of [c.labels[l], ...(c.synonyms[l] ?? [])]) {
        const k = `${l}:${text.toLowerCase()}`
        const list = owners.get(k) ?? []
        if (!list.includes(c.key)) list.push(c.key)
        owners.set(k, list)
      }
  return [...owners].filter(([, keys]) => keys.length > 1).map(([text, keys]) => `${text} → ${keys.join(', ')}`)
}

export function summary(file: ConceptFile, existing: ReadonlyMap<string, string>): Record<string, number> {
  const cs = file.concepts
  const byFacet = Object.fromEntries(
    [...new Set(cs.map((c) => c.facet))].map((f) => [`facet ${f}`, cs.filter((c) => c.facet === f).length]),
  )
  return {
    concepts: cs.length,
    'new keys': cs.filter((c) => !existing.has(c.key)).length,
    'extended existing keys': cs.filter((c) => existing.has(c.key)).length,
    ...byFacet,
    'with Google user interests': cs.filter((c) => c.google.userInterests.length > 0).length,
    'Google keywords only': cs.filter((c) => c.google.userInterests.length === 0 && c.google.keywords.length > 0)
      .length,
    'no Google mapping': cs.filter((c) => c.google.userInterests.length + c.google.keywords.length === 0).length,
    'with LinkedIn ids': cs.filter((c) => linkedinIds(c).length > 0).length,
    'LinkedIn query only': cs.filter((c) => linkedinIds(c).length === 0 && c.linkedin.query).length,
    'with Meta query': cs.filter((c) => c.meta.query).length,
    'with share': cs.filter((c) => c.share).length,
    'share sourced (not an assumption)': cs.filter((c) => c.share && !c.share.assumption).length,
    sensitive: cs.filter((c) => c.sensitive).length,
  }
}
