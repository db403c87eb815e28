import { AudienceSchema, type Audience, type AudienceInput } from '../../audiences/model/audience-schema.js'
import { createTaxonomy, type Taxonomy } from '../../audiences/taxonomy/taxonomy.js'
import type { GeoEntry, TermEntry } from '../../audiences/taxonomy/taxonomy-schema.js'
import type { Facet } from '../../audiences/model/facets.js'

const labels = (name: string) => ({ fi: name, sv: name, en: name })
const synonyms = { fi: [], sv: [], en: [] }

const place = (
  key: string,
  kind: GeoEntry['kind'],
  country: string,
  code: string,
  parent: string | null,
  name: string,
): GeoEntry => ({
  key,
  kind,
  country,
  code,
  parent,
  labels: labels(name),
  synonyms,
  centre: null,
  radiusKm: null,
  channels: {},
})

export const aTerm = (key: string, facet: Facet, share?: number): TermEntry => ({
  key,
  facet,
  labels: labels(key),
  synonyms,
  ...(share === undefined ? {} : { share: { value: share, source: `test share of ${key}`, assumption: false } }),
  channels: {},
})

/** A taxonomy of a few places, independent of the shipped data: FI, Uusimaa, Helsinki, Espoo, SE, Stockholm county. */
export function aTaxonomy(terms: TermEntry[] = []): Taxonomy {
  return createTaxonomy({
    terms,
    geo: [
      place('geo.fi', 'country', 'FI', 'FI', null, 'Finland'),
      place('geo.fi.uusimaa', 'region', 'FI', 'FI-18', 'geo.fi', 'Uusimaa'),
      place('geo.fi.helsinki', 'municipality', 'FI', '091', 'geo.fi.uusimaa', 'Helsinki'),
      place('geo.fi.espoo', 'municipality', 'FI', '049', 'geo.fi.uusimaa', 'Espoo'),
      place('geo.se', 'country', 'SE', 'SE', null, 'Sweden'),
      place('geo.se.stockholm', 'region', 'SE', 'SE-AB', 'geo.se', 'Stockholm'),
      place('geo.de', 'country', 'DE', 'DE', null, 'Germany'),
      place('geo.us', 'country', 'US', 'US', null, 'United States'),
    ],
    languages: [],
    postalCodes: { '00100': [60.1714, 24.9316, '091', 1], '02100': [60.1767, 24.8054, '049', 2] },
  })
}

export const anAudience = (input: Partial<AudienceInput> = {}): Audience =>
  AudienceSchema.parse({ name: 'test audience', geo: { include: [{ country: 'FI' }] }, ...input })
