// Checks agency-concepts.json against ../shared/data/platforms and the shipped taxonomy; prints counts.
// Run: npx tsx server/data-build/vocabulary/check-agency-concepts.ts [--shared-synonyms]
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readCsvRecords } from '../csv-reader.js'
import { checkConcepts, sharedSynonyms, summary, type ConceptFile, type PlatformIds } from './agency-concepts-check.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '../../..')
const platforms = process.env.KOHDE_SHARED_PLATFORMS ?? join(root, '../shared/data/platforms')

function column(file: string, name: string): Set<string> {
  return new Set(readCsvRecords(join(platforms, file), ',').map((row) => row[name] ?? ''))
}

const ids: PlatformIds = {
  google: column('google-user-interests.csv', 'id'),
  linkedinIndustries: column('linkedin-industries.csv', 'code'),
  linkedinFunctions: column('linkedin-functions.csv', 'id'),
  linkedinSeniorities: column('linkedin-seniorities.csv', 'id'),
  linkedinStaffCountRanges: column('linkedin-staff-count-ranges.csv', 'urn'),
}

// Existing taxonomy keys → facet: a concept with the same key extends that term.
const termsDir = join(root, 'audiences/taxonomy/data')
const existing = new Map<string, string>()
for (const name of readdirSync(termsDir).filter((n) => n.startsWith('terms-') && n.endsWith('.json'))) {
  const terms = JSON.parse(readFileSync(join(termsDir, name), 'utf8')) as { key: string; facet: string }[]
  for (const t of terms) existing.set(t.key, t.facet)
}

const file = JSON.parse(readFileSync(join(here, 'agency-concepts.json'), 'utf8')) as ConceptFile
const errors = checkConcepts(file, ids, existing)
for (const [name, count] of Object.entries(summary(file, existing))) console.log(`${name.padEnd(36)} ${count}`)
if (process.argv.includes('--shared-synonyms')) for (const line of sharedSynonyms(file)) console.log(`shared: ${line}`)
else
  console.log(`texts shared by two or more concepts     ${sharedSynonyms(file).length} (--shared-synonyms lists them)`)
for (const e of errors) console.error(e)
if (errors.length > 0) {
  console.error(`${errors.length} problem(s)`)
  process.exit(1)
}
console.log('agency-concepts.json: no problems')
