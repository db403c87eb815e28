import type { ChannelMapping, GeoEntry, LanguageEntry, TaxonomyParts, TermEntry } from '../../../audiences/index.js'

const labels = (en: string, fi = en, sv = en) => ({ fi, sv, en })
const none = { fi: [], sv: [], en: [] }
const lookup = (target: string, query: string): ChannelMapping => ({
  target,
  id: null,
  source: null,
  confirmed: null,
  fallback: { kind: 'lookup', query },
})
export const sourced = (target: string, id: string, source = 'platforms.md §2.7'): ChannelMapping => ({
  target,
  id,
  source,
  confirmed: '2026-11-01',
})

const term = (key: string, facet: TermEntry['facet'], en: string, channels: TermEntry['channels']): TermEntry => ({
  key,
  facet,
  labels: labels(en),
  synonyms: none,
  channels,
})

export const DESIGN = term('interest.design', 'interest', 'Design', {
  meta: lookup('interests', 'search?type=adinterest&q=Design'),
  linkedin: lookup('interests', 'adTargetingEntities?q=typeahead&facet=urn:li:adTargetingFacet:interests&query=Design'),
})
export const CEO = term('title.ceo', 'title', 'Chief Executive Officer', {
  meta: lookup('work_positions', 'search?type=adworkposition&q=Chief Executive Officer'),
})
export const INTERIOR = term('interest.interior-design', 'interest', 'Interior design', {
  meta: sourced('interests', '6002920953955'),
})
export const CUSTOMERS = term('list.current-customers', 'customerList', 'Current customers', {
  meta: lookup(
    'custom_audiences',
    'upload the current-customer list as a Custom Audience (customer list), then use its id',
  ),
})

const FI: GeoEntry = {
  key: 'geo.fi',
  kind: 'country',
  country: 'FI',
  code: 'FI',
  parent: null,
  labels: labels('Finland', 'Suomi', 'Finland'),
  synonyms: none,
  centre: null,
  radiusKm: null,
  channels: {
    google: sourced('location', '2246'),
    meta: sourced('countries', 'FI'),
    linkedin: sourced('locations', 'urn:li:geo:100456013'),
  },
}
export const HELSINKI: GeoEntry = {
  ...FI,
  key: 'geo.fi.helsinki',
  kind: 'municipality',
  code: '091',
  parent: 'geo.fi',
  labels: labels('Helsinki', 'Helsinki', 'Helsingfors'),
  centre: { lat: 60.19, lng: 24.94 },
  radiusKm: 14,
  channels: { google: lookup('location', 'Helsinki'), meta: lookup('cities', 'Helsinki') },
}
const FINNISH: LanguageEntry = {
  key: 'language.fi',
  code: 'fi',
  labels: labels('Finnish', 'suomi', 'finska'),
  synonyms: none,
  channels: {
    google: lookup(
      'language',
      "SELECT language_constant.id FROM language_constant WHERE language_constant.code = 'fi'",
    ),
  },
}

export const RESOLVE_PARTS: TaxonomyParts = {
  terms: [DESIGN, CEO, INTERIOR, CUSTOMERS],
  geo: [FI, HELSINKI],
  languages: [FINNISH],
  postalCodes: {},
}
