// Where each imported platform table came from, as every identifier carries it (the full story: audiences/data/platforms/SOURCES.md).
// Not via audiences/index.ts: that would load the data files the build rewrites.
import type { Confidence } from '../../../audiences/taxonomy/taxonomy-schema.js'

// The day the copies were read (SOURCES.md: "Compiled 2026-12-07 (UTC)"): every imported id is confirmed then.
export const IMPORTED = '2026-12-07'

export type PlatformSource = { source: string; confidence: Confidence; copied: string }

const file = (name: string) => `audiences/data/platforms/${name}`

export const SOURCES = {
  googleInterests: {
    source: `Google's category tables, third-party copy huihai-cc/linma-project @b68dff5; ${file('google-user-interests.csv')}`,
    confidence: 'third-party-copy',
    copied: '2026-08-09',
  },
  googleGeo: {
    source: `Google Ads geotargets CSV, third-party copy meghaa13/CampaignAnalysis @9e5cc89; ${file('google-geotargets-nordic.csv')}`,
    confidence: 'third-party-copy',
    copied: 'unknown',
  },
  // Read 2026-12-08 from the same copy and commit, at offsets SOURCES-supplement.md lists; same caveats as googleGeo.
  googleGeoSupplement: {
    source: `Google Ads geotargets CSV, third-party copy meghaa13/CampaignAnalysis @9e5cc89; ${file('google-geotargets-nordic-supplement.csv')}`,
    confidence: 'third-party-copy',
    copied: 'unknown',
  },
  googleCountries: {
    source: `Google Ads geotargets CSV, third-party copy meghaa13/CampaignAnalysis @9e5cc89; ${file('google-geotargets-countries.csv')}`,
    confidence: 'third-party-copy',
    copied: 'unknown',
  },
  linkedinIndustries: {
    source: `LinkedIn V1 industry codes, third-party copy r0hitsharma/linkedin_industries @6c4c9d1; ${file('linkedin-industries.csv')}`,
    confidence: 'third-party-copy',
    copied: 'unknown',
  },
  linkedinFunctions: {
    source: `LinkedIn job functions in public code (FUNCTION_LABELS, three agreeing files); ${file('linkedin-functions.csv')}`,
    confidence: 'public-code',
    copied: 'unknown',
  },
  linkedinSeniorities: {
    source: `LinkedIn seniorities in public code (codeteme/LinkedInDemoResearch @05ab598, agreeing files); ${file('linkedin-seniorities.csv')}`,
    confidence: 'public-code',
    copied: 'unknown',
  },
  linkedinStaffCounts: {
    source: `LinkedIn staff-count ranges in public code (STAFF_COUNT_LABELS, four agreeing files); ${file('linkedin-staff-count-ranges.csv')}`,
    confidence: 'public-code',
    copied: 'unknown',
  },
  linkedinCountries: {
    source: `LinkedIn adTargetingEntities country segments in public code (codeteme/LinkedInDemoResearch @05ab598, cross-checked); ${file('linkedin-geo-nordic.csv')}`,
    confidence: 'public-code',
    copied: 'unknown',
  },
  linkedinPlaces: {
    source: `LinkedIn geo ids agreed by two independent public files; ${file('linkedin-geo-nordic-places.csv')}`,
    confidence: 'public-code',
    copied: 'unknown',
  },
} as const satisfies Record<string, PlatformSource>
