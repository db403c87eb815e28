// Recall, precision and the unrecognised share of the brief parser on a corpus part, per language and per class:
// `npm run brief-corpus -- --part dev` (dev2, dev3, heldout or a folder). Format: test/fixtures/brief-corpus/README.md.
// --parser <file> measures another tree's parseBrief (e.g. main's) on the same taxonomy; --verbose lists each miss.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { DEFAULT_TAXONOMY } from '../audiences/index.js'
import { parseBrief } from '../audiences/briefs/index.js'
import { CLASSES, CORPUS_LANGS, loadCorpusPart } from '../test/briefs/support/corpus-format.js'
import { scoreBrief, totalsOf, type BriefScore, type Parser, type Totals } from '../test/briefs/support/corpus-score.js'

const { values } = parseArgs({
  options: {
    part: { type: 'string', default: 'dev' },
    parser: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
})

async function parserOf(file: string | undefined): Promise<Parser> {
  if (!file) return (text, taxonomy) => parseBrief(text, taxonomy)
  const module = (await import(pathToFileURL(resolve(file)).href)) as { parseBrief?: Parser }
  if (typeof module.parseBrief !== 'function') throw new Error(`${file} exports no parseBrief`)
  return module.parseBrief
}

const percent = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(8)
const HEAD = ['', 'briefs', 'concepts', 'pending', 'recall', 'precision', 'unrecog.', 'all right', 'recall*', 'offers']

function row(label: string, t: Totals): string[] {
  return [
    label,
    String(t.briefs),
    String(t.expected),
    String(t.pending),
    percent(t.recall),
    percent(t.precision),
    percent(t.unrecognised),
    `${t.fullyRight}/${t.briefs}`,
    percent(t.vocabRecall),
    t.offersPerBrief.toFixed(1),
  ]
}

function table(rows: string[][]): string {
  const widths = HEAD.map((_, i) => Math.max(...[HEAD, ...rows].map((r) => (r[i] ?? '').length)))
  return [HEAD, ...rows]
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '))
    .join('\n')
}

function details(s: BriefScore): string {
  const parts = [
    ...s.missed.map((m) => `missed ${m}`),
    ...s.wrong.map((w) => `wrong ${w}`),
    ...(s.nameRight === false ? [`name should be "${s.entry.name ?? ''}"`] : []),
  ]
  return parts.length === 0 ? '' : `  ${s.entry.id}: ${parts.join('; ')}`
}

const entries = loadCorpusPart(values.part)
const parse = await parserOf(values.parser)
const scores = entries.map((e) => scoreBrief(e, parse(e.text, DEFAULT_TAXONOMY), DEFAULT_TAXONOMY))
const byLang = CORPUS_LANGS.map((lang) => [lang, totalsOf(scores.filter((s) => s.entry.lang === lang))] as const)
const all = totalsOf(scores)
const byClass = CLASSES.map((c) => [c, totalsOf(scores.filter((s) => s.entry.classes.includes(c)))] as const).filter(
  ([, t]) => t.briefs > 0,
)

if (values.json) {
  console.log(
    JSON.stringify(
      { part: values.part, all, byLang: Object.fromEntries(byLang), byClass: Object.fromEntries(byClass) },
      null,
      2,
    ),
  )
} else {
  console.log(
    `kohde brief corpus — part "${values.part}", ${entries.length} briefs${values.parser ? `, parser ${values.parser}` : ''}`,
  )
  console.log(table([...byLang.map(([l, t]) => row(l, t)), row('all', all)]))
  console.log('\nBy class (all languages):')
  console.log(table(byClass.map(([c, t]) => row(c, t))))
  console.log(
    `\nrecall: concepts found; a concept still missing from the vocabulary counts as found when offered as free text.` +
      `\nrecall*: the same, counting those concepts found only as taxonomy terms (what phase 2 must reach).` +
      `\nprecision: draft criteria that were expected. unrecog.: letters and digits in no recognised span.` +
      `\nnames: ${all.names.right}/${all.names.of} briefs with an expected name got it.`,
  )
  if (values.verbose) console.log(`\n${scores.map(details).filter(Boolean).join('\n')}`)
}
