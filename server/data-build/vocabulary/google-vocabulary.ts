// Every Google affinity, in-market, life-event and extended-demographic category as a neutral taxonomy key.
import type { Facet } from '../../../audiences/model/facets.js'
import type {
  Category,
  ChannelMapping,
  SensitiveCategorySchema,
  TermEntry,
} from '../../../audiences/taxonomy/taxonomy-schema.js'
import type { z } from 'zod'
import { slugOf } from '../entry-names.js'
import { metaLookup, topicOf } from './lookups.js'
import { IMPORTED, SOURCES } from './platform-sources.js'
import type { GoogleCategoryRow, GoogleType } from './platform-tables.js'

type Sensitive = z.infer<typeof SensitiveCategorySchema>

// Google's criterion per table: user interests (affinity, in-market), life events, extended demographics (v24 criteria.proto).
export const GOOGLE_TARGETS: Record<GoogleType, string> = {
  AFFINITY: 'user_interest',
  IN_MARKET: 'user_interest',
  LIFE_EVENT: 'life_event',
  EXTENDED_DEMOGRAPHIC: 'extended_demographic',
}

const TYPE_CATEGORIES: Record<GoogleType, Category> = {
  AFFINITY: {
    id: 'google-affinity',
    labels: { fi: 'Googlen affiniteettisegmentit', sv: 'Googles affinitetssegment', en: 'Google affinity segments' },
    parent: null,
  },
  IN_MARKET: {
    id: 'google-in-market',
    labels: { fi: 'Googlen ostoaikeissa olevat', sv: 'Googles köpintressesegment', en: 'Google in-market segments' },
    parent: null,
  },
  LIFE_EVENT: {
    id: 'google-life-events',
    labels: { fi: 'Googlen elämäntapahtumat', sv: 'Googles livshändelser', en: 'Google life events' },
    parent: null,
  },
  EXTENDED_DEMOGRAPHIC: {
    id: 'google-detailed-demographics',
    labels: {
      fi: 'Googlen tarkemmat demografiset tiedot',
      sv: 'Googles detaljerade demografi',
      en: 'Google detailed demographics',
    },
    parent: null,
  },
}

// Shares of adults per category type: Google publishes no segment sizes for Finland or Sweden, so each is assumed.
const TYPE_SHARES: Record<GoogleType, { value: number; what: string }> = {
  AFFINITY: { value: 0.1, what: 'a Google affinity segment' },
  IN_MARKET: { value: 0.03, what: 'a Google in-market segment' },
  LIFE_EVENT: { value: 0.02, what: 'a Google life event' },
  EXTENDED_DEMOGRAPHIC: { value: 0.1, what: 'a Google detailed demographic' },
}

// Categories that reveal political opinions (GDPR Art. 9): marked, so the policy rules refuse them where platforms do.
const SENSITIVE: Record<string, Sensitive> = {
  '80950': 'politics',
  '80951': 'politics',
  '80952': 'politics',
  '80953': 'politics',
  '80954': 'politics',
  '92702': 'politics',
  '92920': 'politics',
  '92921': 'politics',
  '92922': 'politics',
  '92953': 'politics',
}
const SENSITIVE_META_REASON =
  'In the EU, DSA Art. 26(3) forbids ads based on profiling by political opinions (a GDPR Art. 9 special category), and Meta removed detailed-targeting options on such topics. Target by context instead.'

const DEMOGRAPHIC_FACETS: Record<string, Facet> = {
  Education: 'education',
  'Homeownership Status': 'homeType',
  'Parental Status': 'parentalStatus',
  'Marital Status': 'relationship',
}

export function googleFacetOf(row: GoogleCategoryRow): Facet {
  switch (row.type) {
    case 'AFFINITY':
      return row.topCategory === 'Life Events' || row.name === 'Life Events' ? 'lifeEvent' : 'interest'
    case 'IN_MARKET':
      return 'behavior'
    case 'LIFE_EVENT':
      return 'lifeEvent'
    case 'EXTENDED_DEMOGRAPHIC': {
      const facet = DEMOGRAPHIC_FACETS[row.topCategory]
      if (facet) return facet
      if (row.parentName === 'Industry') return 'industry'
      if (row.parentName === 'Company Size') return 'companySize'
      throw new Error(`no facet for the Google detailed demographic ${row.id} ${row.name}`)
    }
  }
}

/** The generated key rule: `<facet>.google-<Google category id>`. */
export const googleKeyOf = (row: GoogleCategoryRow): string => `${googleFacetOf(row)}.google-${row.id}`

/** Google's own mapping for a category: its criterion, id and name, sourced. */
export function googleMappingOf(row: GoogleCategoryRow): ChannelMapping {
  const { source, confidence, copied } = SOURCES.googleInterests
  return {
    target: GOOGLE_TARGETS[row.type],
    id: row.id,
    name: row.name,
    source,
    confirmed: IMPORTED,
    confidence,
    copied,
  }
}

// Detailed demographics name their groups but have no rows for them: the groups become browse categories.
function demographicCategory(row: GoogleCategoryRow, categories: Map<string, Category>): string {
  const root = TYPE_CATEGORIES.EXTENDED_DEMOGRAPHIC.id
  const top = `${root}-${slugOf(row.topCategory)}`
  if (!categories.has(top))
    categories.set(top, { id: top, labels: englishLabels(row.topCategory), labelsReviewed: false, parent: root })
  if (row.parentName === row.topCategory) return top
  const group = `${top}-${slugOf(row.parentName)}`
  if (!categories.has(group))
    categories.set(group, { id: group, labels: englishLabels(row.parentName), labelsReviewed: false, parent: top })
  return group
}

const englishLabels = (name: string) => ({ fi: name, sv: name, en: name })

export type GoogleVocabulary = { terms: TermEntry[]; categories: Category[] }

/**
 * Entries for every category no concept claims (claims: Google id → the concept's key, which then stands for it),
 * each with its parent in Google's hierarchy (rebuilt from the parent names the copy keeps) and its browse category.
 */
export function googleVocabulary(
  rows: readonly GoogleCategoryRow[],
  claims: ReadonlyMap<string, string>,
): GoogleVocabulary {
  const byName = new Map(rows.map((r) => [`${r.type}|${r.name}`, r]))
  const categories = new Map<string, Category>(Object.values(TYPE_CATEGORIES).map((c) => [c.id, c]))
  const keyOf = (row: GoogleCategoryRow) => claims.get(row.id) ?? googleKeyOf(row)
  const terms: TermEntry[] = []
  for (const row of rows) {
    if (claims.has(row.id)) continue
    const parentRow =
      row.parentName && row.parentName !== row.name ? byName.get(`${row.type}|${row.parentName}`) : undefined
    const category =
      row.type === 'EXTENDED_DEMOGRAPHIC' ? demographicCategory(row, categories) : TYPE_CATEGORIES[row.type].id
    const facet = googleFacetOf(row)
    const sensitive = SENSITIVE[row.id]
    const meta = sensitive
      ? {
          target: 'interests',
          id: null,
          source: 'platforms.md §4',
          confirmed: null,
          fallback: { kind: 'unsupported' as const, reason: SENSITIVE_META_REASON },
        }
      : metaLookup(facet, topicOf(row.name))
    const share = TYPE_SHARES[row.type]
    terms.push({
      key: googleKeyOf(row),
      facet,
      labels: englishLabels(row.name),
      synonyms: { fi: [], sv: [], en: [] },
      labelsReviewed: false,
      category,
      ...(parentRow ? { parent: keyOf(parentRow) } : {}),
      ...(sensitive ? { sensitive } : {}),
      share: {
        value: share.value,
        source: `Assumption: kohde default for ${share.what}; Google publishes no segment sizes for Finland or Sweden`,
        assumption: true,
      },
      channels: { google: googleMappingOf(row), ...(meta ? { meta } : {}) },
    })
  }
  return { terms, categories: [...categories.values()] }
}
