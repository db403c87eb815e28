import { createTaxonomy, type GeoEntry, type TermEntry, type Taxonomy } from '../../audiences/index.js'

const labels = (en: string) => ({ fi: en, sv: en, en })
const none = { fi: [], sv: [], en: [] }

export const aTerm = (key: string, facet: TermEntry['facet'], extra: Partial<TermEntry> = {}): TermEntry => ({
  key,
  facet,
  labels: labels(key),
  synonyms: none,
  channels: {},
  ...extra,
})

export const aCountry = (code: string): GeoEntry => ({
  key: `geo.${code.toLowerCase()}`,
  kind: 'country',
  country: code,
  code,
  parent: null,
  labels: labels(code),
  synonyms: none,
  centre: null,
  radiusKm: null,
  channels: {},
})

/** A hand-made taxonomy: two countries, Uusimaa, Helsinki, one postal code and a few terms. */
export function tinyTaxonomy(terms: TermEntry[] = []): Taxonomy {
  return createTaxonomy({
    terms: [
      aTerm('title.ceo', 'title'),
      aTerm('interest.design', 'interest'),
      aTerm('interest.religion', 'interest', { sensitive: 'religion' }),
      ...terms,
    ],
    geo: [
      aCountry('FI'),
      aCountry('SE'),
      aCountry('US'),
      {
        ...aCountry('FI'),
        key: 'geo.fi.uusimaa',
        kind: 'region',
        code: 'FI-18',
        parent: 'geo.fi',
        labels: labels('Uusimaa'),
      },
      {
        ...aCountry('FI'),
        key: 'geo.fi.helsinki',
        kind: 'municipality',
        code: '091',
        parent: 'geo.fi.uusimaa',
        labels: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' },
        centre: { lat: 60.19, lng: 24.94 },
        radiusKm: 14,
      },
    ],
    languages: [],
    postalCodes: { '00100': [60.1714, 24.9316, '091', 1] },
  })
}
