// Builds the generated vocabulary files from the imported platform tables, the hand-written terms and the agency
// concept overlay; returns file name → text so a test can compare with what is committed.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import {
  CategorySchema,
  TermEntrySchema,
  type Category,
  type TermEntry,
} from '../../../audiences/taxonomy/taxonomy-schema.js'
import type { PlatformTables } from './concept-mappings.js'
import { applyConcepts } from './concept-rules.js'
import { ConceptFileSchema, type ConceptFile } from './concept-schema.js'
import { googleVocabulary } from './google-vocabulary.js'
import { linkedinVocabulary } from './linkedin-vocabulary.js'
import * as tables from './platform-tables.js'

const ROOT = join(import.meta.dirname, '..', '..', '..')
export const TAXONOMY_DATA = join(ROOT, 'audiences/taxonomy/data')
export const CONCEPT_FILE = join(import.meta.dirname, 'agency-concepts.json')
export const HAND_WRITTEN_FILES = ['interests', 'professions', 'demographics', 'b2b', 'customers'].map(
  (f) => `terms-${f}.json`,
)

// Terms kohde had before the vocabulary was generated, and any a person adds later, stay in these files.
const OTHER: Category = { id: 'other', labels: { fi: 'Muut', sv: 'Övriga', en: 'Other' }, parent: null }

export class VocabularyError extends Error {
  override readonly name = 'VocabularyError'
}

export function readConceptFile(path = CONCEPT_FILE): ConceptFile {
  if (!existsSync(path)) return { categories: [], concepts: [] }
  const result = ConceptFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (result.success) return result.data
  throw new VocabularyError(`${path} is not a valid concept file:\n${z.prettifyError(result.error)}`)
}

export function readHandWritten(): TermEntry[] {
  return HAND_WRITTEN_FILES.flatMap((file) =>
    z.array(TermEntrySchema).parse(JSON.parse(readFileSync(join(TAXONOMY_DATA, file), 'utf8'))),
  )
}

export function readPlatformTables() {
  const linkedin = {
    industries: tables.linkedinIndustries(),
    functions: tables.linkedinFunctions(),
    seniorities: tables.linkedinSeniorities(),
    staffCountRanges: tables.linkedinStaffCounts(),
  }
  const google = tables.googleCategories()
  const byId = <R extends { id: string }>(rows: readonly R[]) => new Map(rows.map((r) => [r.id, r]))
  const indexed: PlatformTables = {
    google: byId(google),
    linkedin: {
      industries: byId(linkedin.industries),
      functions: byId(linkedin.functions),
      seniorities: byId(linkedin.seniorities),
      staffCountRanges: byId(linkedin.staffCountRanges),
    },
  }
  return { google, linkedin, indexed }
}

export type VocabularyFiles = {
  'terms-concepts.json': TermEntry[]
  'terms-google.json': TermEntry[]
  'terms-linkedin.json': TermEntry[]
  'categories.json': Category[]
}

/** The generated vocabulary; throws a VocabularyError listing every problem in the concept file. */
export function buildVocabulary(
  concepts: ConceptFile,
  handWritten: readonly TermEntry[],
  platform = readPlatformTables(),
): VocabularyFiles {
  const outcome = applyConcepts(concepts, handWritten, platform.indexed)
  if (outcome.problems.length > 0)
    throw new VocabularyError(`the agency concepts break the vocabulary rules:\n- ${outcome.problems.join('\n- ')}`)
  const google = googleVocabulary(platform.google, outcome.googleClaims)
  const employed = handWritten.find((t) => t.key === 'employment.employed')?.share
  if (!employed) throw new VocabularyError('employment.employed has no share to size LinkedIn entries by')
  const linkedin = linkedinVocabulary(
    platform.linkedin,
    new Set(outcome.linkedinClaims.keys()),
    employed,
    platform.indexed.google,
  )
  const files: VocabularyFiles = {
    'terms-concepts.json': outcome.terms,
    'terms-google.json': google.terms,
    'terms-linkedin.json': linkedin.terms,
    'categories.json': [...outcome.categories, ...google.categories, ...linkedin.categories, OTHER],
  }
  checkShape(files)
  return files
}

// The loader validates the same way at start-up; failing here names the build, not the server, as the culprit.
function checkShape(files: VocabularyFiles): void {
  const keys = new Set<string>()
  for (const [file, terms] of Object.entries(files)) {
    if (file === 'categories.json') continue
    for (const entry of z.array(TermEntrySchema).parse(terms)) {
      if (keys.has(entry.key)) throw new VocabularyError(`${file}: ${entry.key} is generated twice`)
      keys.add(entry.key)
    }
  }
  z.array(CategorySchema).parse(files['categories.json'])
}

export const jsonText = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`
