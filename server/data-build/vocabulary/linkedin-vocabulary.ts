// LinkedIn's B2B lists (V1 industries, job functions, seniorities, staff-count ranges) as neutral taxonomy keys.
import type { Facet } from '../../../audiences/model/facets.js'
import type { Category, ChannelMapping, TermEntry } from '../../../audiences/taxonomy/taxonomy-schema.js'
import { googleIndustryOf } from './linkedin-google-industries.js'
import { metaLookup } from './lookups.js'
import { IMPORTED, SOURCES, type PlatformSource } from './platform-sources.js'
import type { GoogleCategoryRow, LinkedInRow } from './platform-tables.js'

export type LinkedInKind = 'industries' | 'functions' | 'seniorities' | 'staffCountRanges'

type KindInfo = { facet: Facet; target: string; source: PlatformSource; category: Category }

const category = (id: string, fi: string, sv: string, en: string): Category => ({
  id,
  labels: { fi, sv, en },
  parent: null,
})

export const LINKEDIN_KINDS: Record<LinkedInKind, KindInfo> = {
  industries: {
    facet: 'industry',
    target: 'industries',
    source: SOURCES.linkedinIndustries,
    category: category('linkedin-industries', 'LinkedInin toimialat', 'LinkedIns branscher', 'LinkedIn industries'),
  },
  functions: {
    facet: 'jobFunction',
    target: 'jobFunctions',
    source: SOURCES.linkedinFunctions,
    category: category(
      'linkedin-job-functions',
      'LinkedInin työtehtävät',
      'LinkedIns yrkesfunktioner',
      'LinkedIn job functions',
    ),
  },
  seniorities: {
    facet: 'seniority',
    target: 'seniorities',
    source: SOURCES.linkedinSeniorities,
    category: category(
      'linkedin-seniorities',
      'LinkedInin asemataso',
      'LinkedIns tjänstenivåer',
      'LinkedIn seniorities',
    ),
  },
  staffCountRanges: {
    facet: 'companySize',
    target: 'staffCountRanges',
    source: SOURCES.linkedinStaffCounts,
    category: category(
      'linkedin-company-sizes',
      'LinkedInin yrityskoot',
      'LinkedIns företagsstorlekar',
      'LinkedIn company sizes',
    ),
  },
}

/** The generated key rule: `<facet>.linkedin-<code>`; a staff-count range's code is its two bounds, "2-10". */
export function linkedinKeyOf(kind: LinkedInKind, row: LinkedInRow): string {
  const code = kind === 'staffCountRanges' ? /\((\d+),(\d+)\)/.exec(row.urn)!.slice(1).join('-') : row.id
  return `${LINKEDIN_KINDS[kind].facet}.linkedin-${code}`
}

export function linkedinMappingOf(kind: LinkedInKind, row: LinkedInRow): ChannelMapping {
  const { source, confidence, copied } = LINKEDIN_KINDS[kind].source
  return {
    target: LINKEDIN_KINDS[kind].target,
    id: row.urn,
    name: row.name,
    source,
    confirmed: IMPORTED,
    confidence,
    copied,
  }
}

export type EmployedShare = { value: number; source: string }

/**
 * Entries for every row no taxonomy entry claims (claims: URN → the key that stands for it). Each is sized as an
 * even part of the employed adults, an assumption: LinkedIn publishes no member counts per industry or function.
 */
export function linkedinVocabulary(
  tables: Record<LinkedInKind, readonly LinkedInRow[]>,
  claimed: ReadonlySet<string>,
  employed: EmployedShare,
  google: ReadonlyMap<string, GoogleCategoryRow>,
): { terms: TermEntry[]; categories: Category[] } {
  const terms: TermEntry[] = []
  for (const kind of Object.keys(LINKEDIN_KINDS) as LinkedInKind[]) {
    const info = LINKEDIN_KINDS[kind]
    const rows = tables[kind]
    const share = {
      value: Math.round((employed.value / rows.length) * 1e4) / 1e4,
      source: `Assumption: the employed share of adults (${employed.source}) split evenly over LinkedIn's ${rows.length} ${info.category.labels.en.replace(/^LinkedIn /, '')}`,
      assumption: true,
    }
    for (const row of rows) {
      if (claimed.has(row.urn)) continue
      const meta = metaLookup(info.facet, row.name)
      const googleIndustry = kind === 'industries' ? googleIndustryOf(row, google) : undefined
      terms.push({
        key: linkedinKeyOf(kind, row),
        facet: info.facet,
        labels: { fi: row.name, sv: row.name, en: row.name },
        synonyms: { fi: [], sv: [], en: [] },
        labelsReviewed: false,
        category: info.category.id,
        share,
        channels: {
          ...(googleIndustry ? { google: googleIndustry } : {}),
          linkedin: linkedinMappingOf(kind, row),
          ...(meta ? { meta } : {}),
        },
      })
    }
  }
  return { terms, categories: Object.values(LINKEDIN_KINDS).map((k) => k.category) }
}
