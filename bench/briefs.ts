// Briefs parsed per second over the seed corpus on one core: `npx tsx bench/briefs.ts`.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_TAXONOMY } from '../audiences/index.js'
import { parseBrief } from '../audiences/briefs/index.js'
import { machineLine, measureInterleaved, printTable, type Measurement } from './bench-loop.js'

const dir = join(import.meta.dirname, '../test/fixtures/briefs')
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string }).text)
const pick = (i: number): string => texts[i % texts.length] ?? ''
const long = texts
  .join('\n')
  .repeat(Math.ceil(20_000 / texts.join('\n').length))
  .slice(0, 20_000)

// The baseline does the least any parser must: split into words, fold case and look each up in a set.
const known = new Set(texts.flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u)).slice(0, 200))
const tokenLoop = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => known.has(w)).length

parseBrief(pick(0), DEFAULT_TAXONOMY)
// Interleaved in short slices, so the baseline and the parser share the machine's load (ratios hold when it is busy).
const rows = measureInterleaved([
  { name: 'baseline: split, lower-case and set lookup per word', fn: (i) => tokenLoop(pick(i)) },
  { name: 'parseBrief, locale given', fn: (i) => parseBrief(pick(i), DEFAULT_TAXONOMY, 'fi') },
  { name: 'parseBrief, locale detected', fn: (i) => parseBrief(pick(i), DEFAULT_TAXONOMY) },
])
const baseline = rows[0] as Measurement
const longRows = measureInterleaved(
  [
    { name: 'baseline on a 20,000-character brief', fn: () => tokenLoop(long) },
    { name: 'parseBrief on a 20,000-character brief', fn: () => parseBrief(long, DEFAULT_TAXONOMY) },
  ],
  6,
  200,
)

const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length
console.log(`kohde bench/briefs — ${machineLine()}`)
console.log(`corpus: ${texts.length} briefs from test/fixtures/briefs, ${Math.round(chars)} characters on average`)
printTable('Briefs per second (one core)', rows, baseline)
printTable('The request limit (one core)', longRows, longRows[0] ?? baseline)
