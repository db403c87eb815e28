import { readFileSync } from 'node:fs'
import { createTaxonomy, TAXONOMY_PARTS, type Taxonomy } from '../../../audiences/index.js'
import { ConceptFileSchema } from '../../../server/data-build/vocabulary/concept-schema.js'
import { buildVocabulary, readHandWritten } from '../../../server/data-build/vocabulary/vocabulary-build.js'

let built: Taxonomy | undefined

/**
 * The shipped places and platform vocabulary with the four-concept sample overlay (golf, sailing, dogs, HR manager)
 * in place of the agency concept file: search and compile tests do not depend on that file's content.
 */
export function sampleTaxonomy(): Taxonomy {
  if (built) return built
  const path = new URL('../../fixtures/vocabulary/agency-concepts-sample.json', import.meta.url)
  const sample = ConceptFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  const handWritten = readHandWritten()
  const files = buildVocabulary(sample, handWritten)
  const extended = new Set(files['terms-concepts.json'].map((t) => t.key))
  built = createTaxonomy({
    ...TAXONOMY_PARTS,
    terms: [
      ...handWritten.filter((t) => !extended.has(t.key)),
      ...files['terms-concepts.json'],
      ...files['terms-google.json'],
      ...files['terms-linkedin.json'],
    ],
    categories: files['categories.json'],
  })
  return built
}
