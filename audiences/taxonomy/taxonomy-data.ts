import { z } from 'zod'
import { parseDataFile as parseData } from './data-file.js'
import { GeoEntrySchema, LanguageEntrySchema, PostalCodesSchema, TermEntrySchema } from './taxonomy-schema.js'
import { createTaxonomy, type Taxonomy, type TaxonomyParts } from './taxonomy.js'
import interests from './data/terms-interests.json' with { type: 'json' }
import professions from './data/terms-professions.json' with { type: 'json' }
import demographics from './data/terms-demographics.json' with { type: 'json' }
import b2b from './data/terms-b2b.json' with { type: 'json' }
import customers from './data/terms-customers.json' with { type: 'json' }
import countries from './data/geo-countries.json' with { type: 'json' }
import geoFi from './data/geo-fi.json' with { type: 'json' }
import geoSe from './data/geo-se.json' with { type: 'json' }
import languages from './data/languages.json' with { type: 'json' }
import postalCodes from './data/fi-postal-codes.json' with { type: 'json' }

const Terms = z.array(TermEntrySchema)
const Geo = z.array(GeoEntrySchema)

export const TAXONOMY_PARTS: TaxonomyParts = {
  terms: [
    ...parseData(Terms, interests, 'terms-interests.json'),
    ...parseData(Terms, professions, 'terms-professions.json'),
    ...parseData(Terms, demographics, 'terms-demographics.json'),
    ...parseData(Terms, b2b, 'terms-b2b.json'),
    ...parseData(Terms, customers, 'terms-customers.json'),
  ],
  geo: [
    ...parseData(Geo, countries, 'geo-countries.json'),
    ...parseData(Geo, geoFi, 'geo-fi.json'),
    ...parseData(Geo, geoSe, 'geo-se.json'),
  ],
  languages: parseData(z.array(LanguageEntrySchema), languages, 'languages.json'),
  postalCodes: parseData(PostalCodesSchema, postalCodes, 'fi-postal-codes.json'),
}

/** The taxonomy shipped with kohde: labels, synonyms and sourced platform identifiers. */
export const DEFAULT_TAXONOMY: Taxonomy = createTaxonomy(TAXONOMY_PARTS)
