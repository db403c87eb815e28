import {
  GeoEntrySchema,
  LanguageEntrySchema,
  TermEntrySchema,
  createTaxonomy,
  withMappings,
  type ChannelMapping,
  type GeoEntry,
  type LanguageEntry,
  type MappingOverride,
  type TaxonomyParts,
  type TermEntry,
} from '../../../audiences/index.js'

type GoogleMapping = NonNullable<TermEntry['channels']['google']>
const labels = (en: string, fi = en, sv = en) => ({ fi, sv, en })
const SOURCED = { source: 'platforms.md §1.12', confirmed: '2026-11-01' } as const

const unconfirmed = (target: string, fallback?: GoogleMapping['fallback']): GoogleMapping => ({
  target,
  id: null,
  source: null,
  confirmed: null,
  ...(fallback ? { fallback } : {}),
})
// Enum names are sourced identifiers (platforms.md §1.3), so they ship with an id.
const enumName = (target: string, id: string): GoogleMapping => ({
  target,
  id,
  source: 'platforms.md §1.3',
  confirmed: '2026-11-01',
})

const term = (
  key: string,
  facet: TermEntry['facet'],
  en: string,
  google?: GoogleMapping,
  extra: object = {},
): TermEntry => TermEntrySchema.parse({ key, facet, labels: labels(en), channels: google ? { google } : {}, ...extra })

const TERMS: TermEntry[] = [
  term(
    'interest.design',
    'interest',
    'Design',
    unconfirmed('custom_audience', {
      kind: 'customAudience',
      keywords: ['sisustussuunnittelu', 'design furniture'],
      urls: ['https://www.designmuseum.fi'],
    }),
  ),
  term(
    'interest.luxury-goods',
    'interest',
    'Luxury goods',
    unconfirmed('user_interest', { kind: 'customAudience', keywords: ['luksustuotteet'], urls: [] }),
  ),
  term(
    'interest.business',
    'interest',
    'Business',
    unconfirmed('user_interest', {
      kind: 'lookup',
      query: 'reachPlans.listPlannableUserInterests name_query "Business"',
    }),
  ),
  term('interest.cats', 'interest', 'Cats', unconfirmed('user_interest')),
  term(
    'interest.religion',
    'interest',
    'Religion',
    unconfirmed('custom_audience', { kind: 'customAudience', keywords: ['church'], urls: [] }),
    { sensitive: 'religion' },
  ),
  term(
    'lifeEvent.recently-moved',
    'lifeEvent',
    'Recently moved',
    unconfirmed('life_event', { kind: 'lookup', query: 'SELECT life_event.id, life_event.name FROM life_event' }),
  ),
  term('parental.parent', 'parentalStatus', 'Parents', enumName('parental_status', 'PARENT')),
  term('parental.not-parent', 'parentalStatus', 'Not parents', enumName('parental_status', 'NOT_A_PARENT')),
  term(
    'parental.young-children',
    'parentalStatus',
    'Parents of young children',
    unconfirmed('parental_status', {
      kind: 'unsupported',
      reason: "Google's parental status has no age bands for children",
    }),
  ),
  term('relationship.in-relationship', 'relationship', 'In a relationship'),
  term('income.top-10', 'income', 'Top 10% income', enumName('income_range', 'INCOME_RANGE_90_UP')),
  term('income.top-20', 'income', 'Top 20% income', enumName('income_range', 'INCOME_RANGE_80_90,INCOME_RANGE_90_UP')),
  term(
    'income.middle-60',
    'income',
    'Middle 60% income',
    enumName('income_range', 'INCOME_RANGE_0_50,INCOME_RANGE_50_60,INCOME_RANGE_60_70,INCOME_RANGE_70_80'),
  ),
  term('education.university', 'education', 'University degree'),
  term('employment.employed', 'employment', 'Employed'),
  term('homeType.detached-house', 'homeType', 'Detached house'),
  term(
    'title.ceo',
    'title',
    'CEO',
    unconfirmed('custom_audience', { kind: 'customAudience', keywords: ['toimitusjohtaja', 'ceo'], urls: [] }),
  ),
  term(
    'title.physician',
    'title',
    'Physician',
    unconfirmed('custom_audience', { kind: 'customAudience', keywords: ['lääkäri'], urls: [] }),
  ),
  term('seniority.cxo', 'seniority', 'CXO'),
  term('jobFunction.finance', 'jobFunction', 'Finance'),
  term(
    'industry.real-estate',
    'industry',
    'Real estate',
    unconfirmed('custom_audience', { kind: 'customAudience', keywords: ['kiinteistönvälitys'], urls: [] }),
  ),
  term('companySize.51-200', 'companySize', '51–200 employees'),
  term(
    'companySize.1',
    'companySize',
    'Sole traders',
    unconfirmed('user_list', {
      kind: 'unsupported',
      reason: 'Google Ads has no targeting by headcount; upload a Customer Match list from a company register',
    }),
  ),
  term('companyRevenue.50m-plus', 'companyRevenue', 'Revenue 50 M€+'),
  term('companyProfit.positive', 'companyProfit', 'Profitable'),
  term('companyTrade.exporter', 'companyTrade', 'Exporter'),
  term('companySites.multiple', 'companySites', 'Several sites'),
  term('skill.erp', 'skill', 'ERP'),
  term('list.current-customers', 'customerList', 'Current customers', unconfirmed('user_list')),
  term(
    'list.former-customers',
    'customerList',
    'Former customers',
    unconfirmed('user_list', {
      kind: 'lookup',
      query: 'SELECT user_list.id FROM user_list WHERE user_list.name = "Former customers"',
    }),
  ),
]

const geo = (
  entry: Partial<GeoEntry> & Pick<GeoEntry, 'key' | 'kind' | 'country' | 'code'>,
  en: string,
  google?: GoogleMapping,
): GeoEntry =>
  GeoEntrySchema.parse({
    parent: null,
    centre: null,
    radiusKm: null,
    labels: labels(en),
    channels: google ? { google } : {},
    ...entry,
  })

const municipality = (code: string, en: string, lat: number, lng: number, km: number, parent = 'geo.fi.uusimaa') =>
  geo(
    {
      key: `geo.fi.${en.toLowerCase()}`,
      kind: 'municipality',
      country: 'FI',
      code,
      parent,
      centre: { lat, lng },
      radiusKm: km,
    },
    en,
  )

const GEO: GeoEntry[] = [
  geo({ key: 'geo.fi', kind: 'country', country: 'FI', code: 'FI' }, 'Finland', {
    target: 'location',
    id: '2246',
    ...SOURCED,
  }),
  geo({ key: 'geo.se', kind: 'country', country: 'SE', code: 'SE' }, 'Sweden', {
    target: 'location',
    id: '2752',
    ...SOURCED,
  }),
  geo({ key: 'geo.us', kind: 'country', country: 'US', code: 'US' }, 'United States'),
  geo({ key: 'geo.ca', kind: 'country', country: 'CA', code: 'CA' }, 'Canada'),
  geo({ key: 'geo.au', kind: 'country', country: 'AU', code: 'AU' }, 'Australia'),
  geo(
    {
      key: 'geo.fi.uusimaa',
      kind: 'region',
      country: 'FI',
      code: 'FI-18',
      parent: 'geo.fi',
      centre: { lat: 60.3, lng: 24.9 },
      radiusKm: 80,
    },
    'Uusimaa',
  ),
  geo(
    {
      key: 'geo.fi.varsinais-suomi',
      kind: 'region',
      country: 'FI',
      code: 'FI-19',
      parent: 'geo.fi',
      centre: { lat: 60.5, lng: 22.3 },
      radiusKm: 90,
    },
    'Southwest Finland',
  ),
  geo({ key: 'geo.fi.pirkanmaa', kind: 'region', country: 'FI', code: 'FI-11', parent: 'geo.fi' }, 'Pirkanmaa'),
  geo({ key: 'geo.se.stockholm', kind: 'region', country: 'SE', code: 'SE-AB', parent: 'geo.se' }, 'Stockholm County'),
  municipality('091', 'Helsinki', 60.1699, 24.9384, 14),
  municipality('049', 'Espoo', 60.2055, 24.6559, 16),
  geo({ key: 'geo.fi.akaa', kind: 'municipality', country: 'FI', code: '020', parent: 'geo.fi.pirkanmaa' }, 'Akaa'),
]

const LANGUAGES: LanguageEntry[] = [
  LanguageEntrySchema.parse({
    key: 'language.en',
    code: 'en',
    labels: labels('English'),
    channels: { google: { target: 'language', id: '1000', ...SOURCED } },
  }),
  LanguageEntrySchema.parse({
    key: 'language.fi',
    code: 'fi',
    labels: labels('Finnish', 'suomi'),
    channels: {
      google: unconfirmed('language', {
        kind: 'lookup',
        query: "SELECT language_constant.id FROM language_constant WHERE language_constant.code = 'fi'",
      }),
    },
  }),
  LanguageEntrySchema.parse({ key: 'language.sv', code: 'sv', labels: labels('Swedish', 'ruotsi'), channels: {} }),
]

export const GOOGLE_TEST_PARTS: TaxonomyParts = {
  terms: TERMS,
  geo: GEO,
  languages: LANGUAGES,
  postalCodes: { '00100': [60.1714, 24.9316, '091', 1.2], '02100': [60.1756, 24.8047, '049', 2] },
}

/** Small taxonomy for the Google compiler tests: sourced ids only (FI, SE, English, enum names). */
export const googleTestTaxonomy = createTaxonomy(GOOGLE_TEST_PARTS)

// Stand-ins for ids a live lookup or a Customer Match upload would store: not real Google identifiers.
const live = (target: string, id: string): ChannelMapping => ({ target, id, source: 'live', confirmed: '2026-11-20' })
export const LIVE_OVERRIDES: MappingOverride[] = [
  { key: 'geo.us', platform: 'google', mapping: live('location', '92840') },
  { key: 'geo.ca', platform: 'google', mapping: live('location', '92124') },
  { key: 'geo.au', platform: 'google', mapping: live('location', '92036') },
  { key: 'interest.cats', platform: 'google', mapping: live('user_interest', '90001') },
  { key: 'list.current-customers', platform: 'google', mapping: live('user_list', '90002') },
  { key: 'lifeEvent.recently-moved', platform: 'google', mapping: live('life_event', '90003') },
  { key: 'education.university', platform: 'google', mapping: live('extended_demographic', '90004') },
]
export const googleLiveTaxonomy = withMappings(GOOGLE_TEST_PARTS, LIVE_OVERRIDES)
