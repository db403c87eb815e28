import type { BriefParseResult, Taxonomy } from '../../../audiences/index.js'
import { expectationsOf, geoConcept, structurePairs, type Expected } from './corpus-expect.js'
import type { CorpusEntry } from './corpus-format.js'

// What a parse gave, as the annotations' strings. A parser without free-text offers (main before issue 15) offers none.
export type ParseLike = Pick<BriefParseResult, 'audience' | 'recognized' | 'unrecognized' | 'notes'> & {
  freeText?: readonly { text: string }[]
}
export type Parser = (text: string, taxonomy: Taxonomy) => ParseLike

export type BriefScore = {
  entry: CorpusEntry
  // now: pending concepts count as found when offered as free text; vocab: only the taxonomy term counts.
  now: { expected: number; found: number }
  vocab: { expected: number; found: number }
  produced: number
  right: number
  missed: string[]
  wrong: string[]
  pendingMissed: string[]
  pending: number
  letters: number
  unrecognisedLetters: number
  offers: number
  nameRight: boolean | null
}

// "HR:n" is "HR": an ending after a colon is inflection.
const fold = (s: string) =>
  s
    .toLocaleLowerCase('fi')
    .normalize('NFC')
    .replace(/:\p{L}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
const LETTERS = /[\p{L}\p{N}]/gu

/** The draft's criteria as comparable strings (the default country and the default age are not criteria). */
export function producedConcepts(result: ParseLike, taxonomy: Taxonomy): string[] {
  const { audience } = result
  const out: string[] = []
  const geoDefaulted = result.notes.some((n) => n.code === 'geo_defaulted')
  if (!geoDefaulted) for (const g of audience.geo.include) out.push(`place:${geoConcept(g)}`)
  for (const g of audience.geo.exclude) out.push(`not-place:${geoConcept(g)}`)
  if (result.recognized.some((r) => r.term.kind === 'age'))
    out.push(`age:${audience.age.min}-${audience.age.max ?? ''}`)
  for (const g of audience.genders) out.push(`gender:${g}`)
  for (const l of audience.languages) out.push(`language:${l}`)
  if (audience.specialAdCategory !== 'none') out.push(`special:${audience.specialAdCategory}`)
  const termOf = (t: { facet: string; value: string }) =>
    t.facet === 'keyword' || t.facet === 'website' ? `${t.facet}:${fold(t.value)}` : `term:${t.value}`
  for (const group of audience.include) for (const t of group) out.push(termOf(t))
  for (const t of audience.exclude) out.push(`not-${termOf(t)}`)
  const keyed = audience.include.map((group) =>
    group.flatMap((t) => (taxonomy.term(t.value) ? [{ key: t.value, facet: t.facet }] : [])),
  )
  out.push(...structurePairs(keyed))
  return [...new Set(out)]
}

// "golf" is found in "golfista kiinnostuneet": each expected word shares its stem with an offered word.
export function offerMatches(expected: string, offered: string): boolean {
  const words = fold(offered).split(/[^\p{L}\p{N}]+/u)
  return fold(expected)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((w) =>
      words.some((o) => {
        let common = 0
        while (common < w.length && common < o.length && w[common] === o[common]) common++
        return w.length < 4 ? o === w : common >= Math.max(4, w.length - 3)
      }),
    )
}

function lettersIn(text: string): number {
  return text.match(LETTERS)?.length ?? 0
}

/** Scores one brief's parse against its annotation. */
export function scoreBrief(entry: CorpusEntry, result: ParseLike, taxonomy: Taxonomy): BriefScore {
  const produced = producedConcepts(result, taxonomy)
  const producedSet = new Set(produced)
  const offers = [
    ...(result.freeText ?? []).map((f) => f.text),
    ...produced.flatMap((c) => (c.startsWith('keyword:') ? [c.slice(8)] : [])),
  ]
  const expected = dedupe(expectationsOf(entry, taxonomy))
  const offered = (e: Expected) => e.free !== null && offers.some((o) => offerMatches(e.free ?? '', o))
  const score: BriefScore = {
    entry,
    now: { expected: 0, found: 0 },
    vocab: { expected: 0, found: 0 },
    produced: produced.length,
    right: 0,
    missed: [],
    wrong: [],
    pendingMissed: [],
    pending: expected.filter((e) => e.pending).length,
    letters: lettersIn(entry.text),
    unrecognisedLetters: result.unrecognized.reduce((n, u) => n + lettersIn(u.text), 0),
    offers: result.freeText?.length ?? 0,
    nameRight: entry.name === undefined ? null : fold(result.audience.name) === fold(entry.name),
  }
  for (const e of expected) {
    const asTerm = [e.concept, ...(e.also ?? [])].some((c) => c !== null && producedSet.has(c))
    const found = asTerm || offered(e)
    if (!e.pending || e.free !== null) {
      score.now.expected++
      if (found) score.now.found++
      else score.missed.push(e.label)
    }
    score.vocab.expected++
    if (e.concept === null ? found : asTerm) score.vocab.found++
    else if (e.pending) score.pendingMissed.push(e.label)
  }
  const wanted = new Set(expected.flatMap((e) => (e.concept ? [e.concept, ...(e.also ?? [])] : [])))
  for (const c of produced) if (wanted.has(c)) score.right++
  score.wrong = produced.filter((c) => !wanted.has(c))
  return score
}

function dedupe(list: readonly Expected[]): Expected[] {
  const seen = new Set<string>()
  return list.filter((e) => {
    const key = e.concept ?? `free:${e.free ?? ''}`
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

export type Totals = {
  briefs: number
  recall: number
  precision: number
  vocabRecall: number
  unrecognised: number
  fullyRight: number
  expected: number
  pending: number
  offersPerBrief: number
  names: { right: number; of: number }
}

/** Recall, precision and the unrecognised share over a set of scored briefs. */
export function totalsOf(scores: readonly BriefScore[]): Totals {
  const sum = (f: (s: BriefScore) => number) => scores.reduce((n, s) => n + f(s), 0)
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
  const named = scores.filter((s) => s.nameRight !== null)
  return {
    briefs: scores.length,
    recall: ratio(
      sum((s) => s.now.found),
      sum((s) => s.now.expected),
    ),
    precision: ratio(
      sum((s) => s.right),
      sum((s) => s.produced),
    ),
    vocabRecall: ratio(
      sum((s) => s.vocab.found),
      sum((s) => s.vocab.expected),
    ),
    unrecognised: ratio(
      sum((s) => s.unrecognisedLetters),
      sum((s) => s.letters),
    ),
    fullyRight: scores.filter((s) => s.now.found === s.now.expected && s.wrong.length === 0).length,
    expected: sum((s) => s.vocab.expected),
    pending: sum((s) => s.pending),
    offersPerBrief: ratio(
      sum((s) => s.offers),
      scores.length,
    ),
    names: { right: named.filter((s) => s.nameRight).length, of: named.length },
  }
}
