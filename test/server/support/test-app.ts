import { pino } from 'pino'
import {
  createTaxonomy,
  type GeoEntry,
  type LanguageEntry,
  type Taxonomy,
  type TermEntry,
} from '../../../audiences/index.js'
import { createApp, type AppDeps } from '../../../server/app.js'

const labels = (fi: string, sv: string, en: string) => ({ fi, sv, en })
const synonyms = (fi: string[] = [], sv: string[] = [], en: string[] = []) => ({ fi, sv, en })

const term = (
  key: string,
  facet: TermEntry['facet'],
  names: [string, string, string],
  fiSynonyms: string[] = [],
): TermEntry => ({
  key,
  facet,
  labels: labels(...names),
  synonyms: synonyms(fiSynonyms),
  channels: {},
})

const place = (entry: Partial<GeoEntry> & Pick<GeoEntry, 'key' | 'kind' | 'code' | 'labels'>): GeoEntry => ({
  country: 'FI',
  parent: null,
  synonyms: synonyms(),
  centre: null,
  radiusKm: null,
  channels: {},
  ...entry,
})

const language = (code: string, names: [string, string, string]): LanguageEntry => ({
  key: `language.${code}`,
  code,
  labels: labels(...names),
  synonyms: synonyms(),
  channels: {},
})

/** A hand-made taxonomy: Finland and Sweden, Uusimaa, Helsinki, one postal code, a few terms, two languages. */
export const testTaxonomy: Taxonomy = createTaxonomy({
  terms: [
    term('title.ceo', 'title', ['toimitusjohtaja', 'verkställande direktör', 'Chief executive officer'], ['TJ']),
    term('title.physician', 'title', ['lääkäri', 'läkare', 'Physician']),
    term('interest.interior-design', 'interest', ['sisustussuunnittelu', 'inredningsdesign', 'Interior design']),
    term('interest.design', 'interest', ['design', 'design', 'Design']),
    term('income.top-20', 'income', ['ylin 20 %', 'översta 20 %', 'Top 20%']),
  ],
  geo: [
    place({ key: 'geo.fi', kind: 'country', code: 'FI', labels: labels('Suomi', 'Finland', 'Finland') }),
    place({ key: 'geo.se', kind: 'country', country: 'SE', code: 'SE', labels: labels('Ruotsi', 'Sverige', 'Sweden') }),
    place({
      key: 'geo.fi.uusimaa',
      kind: 'region',
      code: 'FI-18',
      parent: 'geo.fi',
      labels: labels('Uusimaa', 'Nyland', 'Uusimaa'),
    }),
    place({
      key: 'geo.fi.helsinki',
      kind: 'municipality',
      code: '091',
      parent: 'geo.fi.uusimaa',
      labels: labels('Helsinki', 'Helsingfors', 'Helsinki'),
      centre: { lat: 60.2085, lng: 24.9749 },
      radiusKm: 16,
    }),
  ],
  languages: [language('fi', ['suomi', 'finska', 'Finnish']), language('sv', ['ruotsi', 'svenska', 'Swedish'])],
  postalCodes: { '00100': [60.1714, 24.9316, '091', 1] },
})

export const testDeps = (overrides: Partial<AppDeps> = {}): AppDeps => ({
  taxonomy: testTaxonomy,
  logger: pino({ level: 'silent' }),
  bodyLimit: '1mb',
  ...overrides,
})

export const testApp = (overrides: Partial<AppDeps> = {}) => createApp(testDeps(overrides))

/** A valid compile request body (Finland, 30–60, CEOs) as a client would send it, with audience overrides. */
export const aCompileBody = (audience: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) => ({
  audience: {
    name: 'Luxury villa buyers',
    geo: { include: [{ country: 'FI' }] },
    age: { min: 30, max: 60 },
    include: [[{ facet: 'title', value: 'title.ceo' }]],
    ...audience,
  },
  ...rest,
})
