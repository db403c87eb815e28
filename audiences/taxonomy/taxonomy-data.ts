import { z } from 'zod'
import { shippedData } from './data-file.js'
import {
  CategorySchema,
  GeoEntrySchema,
  LanguageEntrySchema,
  PostalCodesSchema,
  TermEntrySchema,
} from './taxonomy-schema.js'
import { createTaxonomy, type Taxonomy, type TaxonomyParts } from './taxonomy.js'
import interests from './data/terms-interests.json' with { type: 'json' }
import professions from './data/terms-professions.json' with { type: 'json' }
import demographics from './data/terms-demographics.json' with { type: 'json' }
import b2b from './data/terms-b2b.json' with { type: 'json' }
import customers from './data/terms-customers.json' with { type: 'json' }
import concepts from './data/terms-concepts.json' with { type: 'json' }
import googleTerms from './data/terms-google.json' with { type: 'json' }
import linkedinTerms from './data/terms-linkedin.json' with { type: 'json' }
import categories from './data/categories.json' with { type: 'json' }
import countries from './data/geo-countries.json' with { type: 'json' }
import geoFi from './data/geo-fi.json' with { type: 'json' }
import geoSe from './data/geo-se.json' with { type: 'json' }
import languages from './data/languages.json' with { type: 'json' }
import postalCodes from './data/fi-postal-codes.json' with { type: 'json' }

const Terms = z.array(TermEntrySchema)
const Geo = z.array(GeoEntrySchema)

const handWritten = [
  ...shippedData(Terms, interests, 'terms-interests.json'),
  ...shippedData(Terms, professions, 'terms-professions.json'),
  ...shippedData(Terms, demographics, 'terms-demographics.json'),
  ...shippedData(Terms, b2b, 'terms-b2b.json'),
  ...shippedData(Terms, customers, 'terms-customers.json'),
]
// Built by server/data-build/build-vocabulary.ts: an agency concept with a hand-written entry's key extends it.
const conceptTerms = shippedData(Terms, concepts, 'terms-concepts.json')
const extended = new Set(conceptTerms.map((t) => t.key))

export const TAXONOMY_PARTS: TaxonomyParts = {
  terms: [
    ...handWritten.filter((t) => !extended.has(t.key)),
    ...conceptTerms,
    ...shippedData(Terms, googleTerms, 'terms-google.json'),
    ...shippedData(Terms, linkedinTerms, 'terms-linkedin.json'),
  ],
  categories: shippedData(z.array(CategorySchema), categories, 'categories.json'),
  geo: [
    ...shippedData(Geo, countries, 'geo-countries.json'),
    ...shippedData(Geo, geoFi, 'geo-fi.json'),
    ...shippedData(Geo, geoSe, 'geo-se.json'),
  ],
  languages: shippedData(z.array(LanguageEntrySchema), languages, 'languages.json'),
  postalCodes: shippedData(PostalCodesSchema, postalCodes, 'fi-postal-codes.json'),
}

/** The taxonomy shipped with kohde: labels, synonyms and sourced platform identifiers. */
export const DEFAULT_TAXONOMY: Taxonomy = createTaxonomy(TAXONOMY_PARTS)
