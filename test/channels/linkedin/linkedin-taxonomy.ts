import {
  createTaxonomy,
  withMappings,
  type ChannelMapping,
  type GeoEntry,
  type LanguageEntry,
  type MappingOverride,
  type Taxonomy,
  type TaxonomyParts,
  type TermEntry,
} from '../../../audiences/index.js'

const none = { fi: [], sv: [], en: [] }
const labels = (en: string) => ({ fi: en, sv: en, en })
const CDR = 'codeteme/LinkedInDemoResearch scripts/variables_dictionaries.py (platforms.md §3.6)'
const INDUSTRY_CODES =
  'learn.microsoft.com/en-us/linkedin/shared/references/reference-tables/industry-codes (platforms.md §3.6)'
const FACET_URNS_DOC =
  'learn.microsoft.com/en-us/linkedin/shared/references/v2/ads/targeting-criteria-facet-urns (example value)'

const sourced = (target: string, id: string, source: string): ChannelMapping => ({
  target,
  id,
  source,
  confirmed: '2026-01-15',
})
const lookup = (target: string, query?: string): ChannelMapping => ({
  target,
  id: null,
  source: null,
  confirmed: null,
  ...(query ? { fallback: { kind: 'lookup' as const, query } } : {}),
})

const term = (
  key: string,
  facet: TermEntry['facet'],
  en: string,
  linkedin?: ChannelMapping,
  extra: Partial<TermEntry> = {},
): TermEntry => ({
  key,
  facet,
  labels: labels(en),
  synonyms: none,
  channels: linkedin ? { linkedin } : {},
  ...extra,
})

const geo = (entry: Partial<GeoEntry> & Pick<GeoEntry, 'key' | 'kind' | 'country' | 'code'>, en: string): GeoEntry => ({
  parent: null,
  labels: labels(en),
  synonyms: none,
  centre: null,
  radiusKm: null,
  channels: {},
  ...entry,
})

const language = (code: string, en: string, linkedin?: ChannelMapping): LanguageEntry => ({
  key: `language.${code}`,
  code,
  labels: labels(en),
  synonyms: none,
  channels: linkedin ? { linkedin } : {},
})

const TERMS: TermEntry[] = [
  term('title.ceo', 'title', 'CEO', lookup('titles', 'Chief Executive Officer')),
  term('title.physician', 'title', 'Physician'),
  term('seniority.cxo', 'seniority', 'CXO', sourced('seniorities', 'urn:li:seniority:8', CDR)),
  term('seniority.partner', 'seniority', 'Partner', sourced('seniorities', 'urn:li:seniority:9', CDR)),
  term('seniority.director', 'seniority', 'Director', sourced('seniorities', 'urn:li:seniority:6', CDR)),
  term('jobFunction.finance', 'jobFunction', 'Finance', lookup('jobFunctions')),
  term(
    'industry.software',
    'industry',
    'Software Development',
    sourced('industries', 'urn:li:industry:4', INDUSTRY_CODES),
  ),
  term('industry.banking', 'industry', 'Banking', sourced('industries', 'urn:li:industry:41', INDUSTRY_CODES)),
  term('industry.construction', 'industry', 'Construction', lookup('industries', 'Construction')),
  term('industry.agency-excluded', 'industry', 'Agency-excluded industry', {
    ...lookup('industries'),
    fallback: { kind: 'unsupported', reason: 'the agency keeps this industry out of LinkedIn campaigns' },
  }),
  term(
    'companySize.2-10',
    'companySize',
    '2–10 employees',
    sourced('staffCountRanges', 'urn:li:staffCountRange:(2,10)', CDR),
  ),
  term(
    'companySize.10001-plus',
    'companySize',
    '10,001+ employees',
    sourced('staffCountRanges', 'urn:li:staffCountRange:(10001,2147483647)', CDR),
  ),
  term('companyRevenue.50m-plus', 'companyRevenue', 'Revenue over 50 M€', lookup('revenue')),
  term('companyProfit.positive', 'companyProfit', 'Profitable'),
  term('companyTrade.exporter', 'companyTrade', 'Exporter'),
  term('companySites.multiple', 'companySites', 'Several sites'),
  term('skill.erp', 'skill', 'ERP', lookup('skills', 'ERP')),
  term(
    'employer.doc-example',
    'employer',
    'Doc example employer',
    sourced('employers', 'urn:li:organization:1035', FACET_URNS_DOC),
  ),
  term('education.university', 'education', 'University degree'),
  term('interest.design', 'interest', 'Design', lookup('interests', 'Design')),
  term('interest.cats', 'interest', 'Cats'),
  term('interest.luxury-goods', 'interest', 'Luxury goods', {
    ...lookup('interests'),
    fallback: { kind: 'unsupported', reason: "LinkedIn's interests are professional topics; none covers luxury goods" },
  }),
  term('interest.religion', 'interest', 'Religion', lookup('interests', 'Religion'), { sensitive: 'religion' }),
  term('interest.professional-group', 'interest', 'A professional group', lookup('groups', 'Villa architects')),
  term('lifeEvent.recently-moved', 'lifeEvent', 'Recently moved'),
  term('parental.parent', 'parentalStatus', 'Parent'),
  term('relationship.in-relationship', 'relationship', 'In a relationship'),
  term('income.top-10', 'income', 'Top 10 % income'),
  term('income.top-20', 'income', 'Top 20 % income', {
    ...lookup('audienceMatchingSegments'),
    fallback: { kind: 'unsupported', reason: 'LinkedIn has no income targeting; seniority is the usual proxy.' },
  }),
  term('employment.employed', 'employment', 'Employed'),
  term('homeType.detached-house', 'homeType', 'Detached house'),
  term('list.current-customers', 'customerList', 'Current customers', lookup('audienceMatchingSegments')),
  term('list.former-customers', 'customerList', 'Former customers'),
  term('list.site-visitors', 'customerList', 'Site visitors', lookup('dynamicSegments')),
]

const GEO: GeoEntry[] = [
  geo(
    {
      key: 'geo.fi',
      kind: 'country',
      country: 'FI',
      code: 'FI',
      channels: { linkedin: sourced('locations', 'urn:li:geo:100456013', CDR) },
    },
    'Finland',
  ),
  geo(
    {
      key: 'geo.se',
      kind: 'country',
      country: 'SE',
      code: 'SE',
      channels: { linkedin: sourced('locations', 'urn:li:geo:105117694', CDR) },
    },
    'Sweden',
  ),
  geo({ key: 'geo.us', kind: 'country', country: 'US', code: 'US' }, 'United States'),
  geo({ key: 'geo.de', kind: 'country', country: 'DE', code: 'DE' }, 'Germany'),
  geo(
    {
      key: 'geo.fi.uusimaa',
      kind: 'region',
      country: 'FI',
      code: 'FI-18',
      parent: 'geo.fi',
      channels: { linkedin: lookup('locations', 'Uusimaa') },
    },
    'Uusimaa',
  ),
  geo({ key: 'geo.se.stockholm', kind: 'region', country: 'SE', code: 'SE-AB', parent: 'geo.se' }, 'Stockholm County'),
  geo(
    {
      key: 'geo.fi.helsinki',
      kind: 'municipality',
      country: 'FI',
      code: '091',
      parent: 'geo.fi.uusimaa',
      centre: { lat: 60.19, lng: 24.94 },
      radiusKm: 14,
      labels: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' },
      channels: { linkedin: lookup('locations') },
    },
    'Helsinki',
  ),
]

export const LINKEDIN_TEST_PARTS: TaxonomyParts = {
  terms: TERMS,
  geo: GEO,
  languages: [language('fi', 'Finnish', lookup('interfaceLocales')), language('sv', 'Swedish')],
  postalCodes: { '00100': [60.1714, 24.9316, '091', 1] },
}

/** A hand-made taxonomy whose LinkedIn ids are the ones platforms.md sources; the rest need lookups. */
export const linkedinTaxonomy = (): Taxonomy => createTaxonomy(LINKEDIN_TEST_PARTS)

// Stand-ins for URNs a live lookup would store (withMappings). They are test data, not real LinkedIn ids:
// platforms.md sources no title, group, retargeting-segment or locale URN.
export const STAND_IN = {
  title: 'urn:li:title:stand-in-ceo',
  group: 'urn:li:group:stand-in',
  segment: 'urn:li:adSegment:stand-in',
  locale: 'urn:li:locale:stand-in-fi',
  interest: 'urn:li:interest:stand-in-design',
} as const

const live = (key: string, target: string, id: string): MappingOverride => ({
  key,
  platform: 'linkedin',
  mapping: { target, id, source: 'live (test stand-in)', confirmed: '2026-01-15' },
})

/** The test taxonomy after live lookups stored the stand-in URNs. */
export const linkedinTaxonomyAfterLookups = (): Taxonomy =>
  withMappings(LINKEDIN_TEST_PARTS, [
    live('title.ceo', 'titles', STAND_IN.title),
    live('interest.professional-group', 'groups', STAND_IN.group),
    live('list.site-visitors', 'dynamicSegments', STAND_IN.segment),
    live('language.fi', 'interfaceLocales', STAND_IN.locale),
    live('interest.design', 'interests', STAND_IN.interest),
  ])
