// The vocabulary's coverage of what agencies type: npx tsx bench/vocabulary-coverage.ts [--json] [--list=<file>]
// Reads every test/fixtures/vocabulary/concept-list*.json (a part per file: concept-list-heldout.json → heldout).
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { DEFAULT_TAXONOMY } from '../audiences/index.js'
import {
  ConceptListSchema,
  coverageOf,
  OUTCOMES,
  phraseResults,
  placeCoverage,
  PLATFORMS,
  SHOWN,
  type Coverage,
} from './coverage-report.js'

const dir = join(import.meta.dirname, '../test/fixtures/vocabulary')
const listArg = process.argv.find((a) => a.startsWith('--list='))?.slice('--list='.length)
const files = listArg
  ? [listArg]
  : readdirSync(dir)
      .filter((f) => /^concept-list.*\.json$/.test(f))
      .sort()
      .map((f) => join(dir, f))
const partOf = (file: string) => basename(file, '.json').replace(/^concept-list-?/, '') || 'dev'

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`)
function print(part: string, c: Coverage): void {
  console.log(`\n## ${part}: ${c.phrases} phrases of ${c.concepts} concepts`)
  console.log(
    `found (a suggestion of the expected facet among the first ${SHOWN}): ${c.found} = ${pct(c.found, c.phrases)}`,
  )
  console.log(`  … as the first suggestion: ${c.foundFirst} = ${pct(c.foundFirst, c.phrases)}`)
  console.log(`concepts found (most of their phrases): ${c.conceptsFound} = ${pct(c.conceptsFound, c.concepts)}`)
  console.log(`concepts with a native Google id: ${c.googleNative} = ${pct(c.googleNative, c.concepts)}`)
  const either = c.googleNative + c.googleApproximated
  console.log(
    `  … only through a broader Google segment (approximated): ${c.googleApproximated}; native id exact or approximated: ${either} = ${pct(either, c.concepts)}`,
  )
  console.log(`per platform, over the ${c.found} found phrases:`)
  console.log(`  ${'platform'.padEnd(10)}${OUTCOMES.map((o) => o.padStart(14)).join('')}`)
  for (const p of PLATFORMS)
    console.log(
      `  ${p.padEnd(10)}${OUTCOMES.map((o) => `${c.channels[p][o]} (${pct(c.channels[p][o], c.found)})`.padStart(14)).join('')}`,
    )
  if (c.notFound.length > 0) console.log(`not found (these go in as free text): ${c.notFound.join(', ')}`)
}

const parts = files.map((file) => {
  const list = ConceptListSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  return { part: partOf(file), coverage: coverageOf(phraseResults(list, DEFAULT_TAXONOMY)) }
})
const places = placeCoverage(DEFAULT_TAXONOMY)
if (process.argv.includes('--json')) console.log(JSON.stringify({ parts, places }, null, 2))
else {
  console.log(
    `kohde vocabulary coverage — ${DEFAULT_TAXONOMY.terms.size} terms; lists: ${files.map((f) => basename(f)).join(', ')}`,
  )
  for (const { part, coverage } of parts) print(part, coverage)
  console.log('\n## places: with a Google geo target constant, and with a centre (what a radius needs)')
  for (const p of places)
    console.log(
      `  ${p.country} ${p.kind.padEnd(13)}${String(p.places).padStart(4)}   Google ${p.google} = ${pct(p.google, p.places).padStart(7)}   centre ${p.centre} = ${pct(p.centre, p.places)}`,
    )
}
