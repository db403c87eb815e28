import type { Facet } from '../../model/facets.js'
import { facetUrn } from './linkedin-spec-schema.js'

// Facet names from platforms.md §3.3 (the facet-URNs doc, the deprecated targetingFacets page and public code).
export const LINKEDIN_FACETS = [
  'locations',
  'profileLocations',
  'interfaceLocales',
  'ageRanges',
  'genders',
  'titles',
  'titlesAll',
  'titlesPast',
  'seniorities',
  'jobFunctions',
  'skills',
  'yearsOfExperience',
  'degrees',
  'schools',
  'fieldsOfStudy',
  'industries',
  'staffCountRanges',
  'revenue',
  'growthRate',
  'companyCategory',
  'employers',
  'employersAll',
  'employersPast',
  'followedCompanies',
  'groups',
  'interests',
  'memberBehaviors',
  'audienceMatchingSegments',
  'dynamicSegments',
] as const
export type LinkedInFacet = (typeof LINKEDIN_FACETS)[number]

// Built once: every compile names each facet of every clause by its URN.
const FACET_URNS: ReadonlyMap<LinkedInFacet, string> = new Map(LINKEDIN_FACETS.map((f) => [f, facetUrn(f)]))
export const urnOfFacet = (facet: LinkedInFacet): string => FACET_URNS.get(facet) ?? facetUrn(facet)

export const isLinkedInFacet = (name: string): name is LinkedInFacet =>
  (LINKEDIN_FACETS as readonly string[]).includes(name)

// ageRanges, genders, interfaceLocales are include-only (public code, platforms.md §3.7: unverified).
export const INCLUDE_ONLY_FACETS: ReadonlySet<LinkedInFacet> = new Set(['ageRanges', 'genders', 'interfaceLocales'])

// Closed lists are read whole with the adTargetingFacet finder; the rest are searched by name (platforms.md §3.3).
const FIXED_LIST_FACETS: ReadonlySet<LinkedInFacet> = new Set([
  'interfaceLocales',
  'ageRanges',
  'genders',
  'seniorities',
  'jobFunctions',
  'staffCountRanges',
  'revenue',
])

/** The adTargetingEntities request that finds the URN for a name (or lists a closed facet). */
export function lookupFor(facet: LinkedInFacet, text: string): string {
  if (text.includes('q=')) return text
  const base = `adTargetingEntities?q=${FIXED_LIST_FACETS.has(facet) ? 'adTargetingFacet' : 'typeahead'}&facet=${facetUrn(facet)}`
  return FIXED_LIST_FACETS.has(facet) ? `${base} (pick "${text}")` : `${base}&query=${text}`
}

export type FacetTarget = { facet: LinkedInFacet } | { facet: null; code: string; reason: string }

const COMPANY_LIST =
  'build a company list from a register (Asiakastieto, Vainu…) and upload it as a LinkedIn matched audience (audienceMatchingSegments)'

// Where each kohde facet lands on LinkedIn when no taxonomy mapping says otherwise.
export const FACET_TARGETS: Record<Facet, FacetTarget> = {
  interest: {
    facet: null,
    code: 'interest_unavailable',
    reason: "LinkedIn's interests facet holds professional topics and no LinkedIn interest is mapped for this term",
  },
  behavior: { facet: null, code: 'facet_unsupported', reason: 'no LinkedIn member behaviour is mapped for this term' },
  lifeEvent: {
    facet: null,
    code: 'facet_unsupported',
    reason: 'LinkedIn offers no life-event facet (platforms.md §3.3)',
  },
  parentalStatus: {
    facet: null,
    code: 'facet_unsupported',
    reason: 'LinkedIn offers no parental-status facet (platforms.md §3.3)',
  },
  relationship: {
    facet: null,
    code: 'facet_unsupported',
    reason: 'LinkedIn offers no relationship-status facet (platforms.md §3.3)',
  },
  income: {
    facet: null,
    code: 'income_unsupported',
    reason:
      'LinkedIn has no income targeting (platforms.md §5); use proxies instead: seniorities (Director, VP, CXO, Owner), job titles, company size',
  },
  education: { facet: 'degrees' },
  employment: {
    facet: null,
    code: 'facet_unsupported',
    reason: 'LinkedIn offers no employment-status facet; target job functions or seniorities instead',
  },
  homeType: { facet: null, code: 'facet_unsupported', reason: 'LinkedIn offers no housing facet (platforms.md §3.3)' },
  title: { facet: 'titles' },
  seniority: { facet: 'seniorities' },
  jobFunction: { facet: 'jobFunctions' },
  industry: { facet: 'industries' },
  companySize: { facet: 'staffCountRanges' },
  companyRevenue: { facet: 'revenue' },
  companyProfit: {
    facet: null,
    code: 'facet_unsupported',
    reason: `LinkedIn offers no company-profit facet; ${COMPANY_LIST}`,
  },
  companyTrade: {
    facet: null,
    code: 'facet_unsupported',
    reason: `LinkedIn offers no import/export facet; ${COMPANY_LIST}`,
  },
  companySites: {
    facet: null,
    code: 'facet_unsupported',
    reason: `LinkedIn offers no facet for a company's sites; ${COMPANY_LIST}`,
  },
  skill: { facet: 'skills' },
  employer: { facet: 'employers' },
  keyword: {
    facet: null,
    code: 'keyword_unsupported',
    reason: 'LinkedIn has no keyword or search targeting; use Google Ads for search keywords',
  },
  website: {
    facet: null,
    code: 'website_unsupported',
    reason:
      "LinkedIn cannot target visitors of other sites; visitors of your own site need a retargeting segment (dynamicSegments) built from LinkedIn's Insight Tag in Campaign Manager",
  },
  customerList: { facet: 'audienceMatchingSegments' },
}
