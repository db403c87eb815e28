import type { Locale } from '../model/audience-schema.js'
import type { Token } from './brief-tokens.js'
import type { Lexicon, LexiconEntry, Reading } from './brief-lexicon.js'
import { matchesWord, type Lang, type WordMatcher } from './word-matcher.js'

// contextOnly: a broad word ("hankinnat", "customers") read as a term only after a cue for its kind.
export type Candidate = { reading: Reading; rank: number; lang: Lang; contextOnly?: boolean }

// A stretch of tokens [from, to) read as one thing, with every reading of it (more than one: ambiguous).
export type Item = {
  from: number
  to: number
  candidates: Candidate[]
  notes?: readonly ItemNote[]
  langs?: readonly Lang[]
  // A company size from a size word; an explicit number of employees wins over it.
  origin?: 'sizeWord' | 'headcount'
}

// An assumption made while reading an item; brief-notes.ts turns it into a message.
export type ItemNote =
  | 'affluent_areas'
  | 'detached_house_areas'
  | 'age_over_inclusive'
  | 'age_single'
  | 'age_swapped'
  | 'bare_range_as_age'
  | 'children_count'
  | 'children_age'
  | 'parent_narrowed'
  | 'revenue_buckets'
  | 'headcount_buckets'
  | 'profit_threshold'
  | 'currency_not_euro'
  | 'ambiguous'
  | 'dimension_without_value'
  | 'site_visits_without_address'
  | 'radius_without_place'
  | 'postal_range'
  | 'size_word'
  | 'size_word_overridden'
  | 'radius_without_centre'
  | 'radius_outside'

const isWordLike = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'word' || t.kind === 'number')

// Within a three-letter bucket, where each entry's first-word stems (and agreeing adjectives) are: a word can match
// only an entry one of whose stems it starts with. Stems shorter than three letters are tried always.
type BucketIndex = { byStem: Map<string, number[]>; always: number[] }
// Keyed by the bucket: a lexicon's lists do not change once built.
const bucketIndexes = new WeakMap<readonly LexiconEntry[], BucketIndex>()

function bucketIndexOf(bucket: readonly LexiconEntry[]): BucketIndex {
  const cached = bucketIndexes.get(bucket)
  if (cached) return cached
  const index: BucketIndex = { byStem: new Map(), always: [] }
  bucket.forEach((entry, i) => {
    const word = entry.words[0]
    const keys = new Set([...(word?.stems ?? []).map((s) => s.stem), ...(word?.agreeing?.adjective ?? [])])
    let short = keys.size === 0
    for (const key of keys) {
      if (key.length < 3) short = true
      else {
        const list = index.byStem.get(key)
        if (list) list.push(i)
        else index.byStem.set(key, [i])
      }
    }
    if (short) index.always.push(i)
  })
  bucketIndexes.set(bucket, index)
  return index
}

// The entries of a word's three-letter bucket that it starts a stem of, in the bucket's order.
function prefixEntries(folded: string, lexicon: Lexicon): LexiconEntry[] {
  const bucket = folded.length >= 3 ? lexicon.prefix.get(folded.slice(0, 3)) : undefined
  if (!bucket) return []
  const index = bucketIndexOf(bucket)
  const positions = [...index.always]
  for (let n = 3; n <= folded.length; n++) {
    const list = index.byStem.get(folded.slice(0, n))
    if (list) positions.push(...list)
  }
  positions.sort((a, b) => a - b)
  const out: LexiconEntry[] = []
  positions.forEach((p, k) => {
    const entry = bucket[p]
    if (entry && p !== positions[k - 1]) out.push(entry)
  })
  return out
}

function entriesFor(token: Token, lexicon: Lexicon): LexiconEntry[] {
  const exact = lexicon.exact.get(token.folded) ?? []
  const prefix = prefixEntries(token.folded, lexicon)
  return exact.length === 0 ? prefix : prefix.length === 0 ? exact : [...exact, ...prefix]
}

// A word of another language than the brief's is taken only as written ("design", "CEO" in a Finnish brief):
// inflecting it would read "Mom Store" in a Swedish text as the English "moms".
function matchesForeign(token: Token, word: WordMatcher): boolean {
  if (word.lemma.length <= 3 && token.raw !== token.raw.toUpperCase()) return false
  return (word.forms ?? [word.lemma]).includes(token.folded) && matchesWord(token.folded, token.raw, word)
}

// Whether a written word is a phrase's k-th word, read in the brief's language or (foreign) only as written.
function wordMatches(token: Token, entry: LexiconEntry, k: number, foreign: boolean): boolean {
  const word = entry.words[k]
  if (!word) return false
  if (!(foreign ? matchesForeign(token, word) : matchesWord(token.folded, token.raw, word))) return false
  return !(k === 0 && entry.proper && !token.upper)
}

// The entries whose first depth + 1 words the written words so far match, as in the brief's language (native) and as
// words of another language (foreign), in the lexicon's order. Most entries under a word's first three letters fail
// on it: a step is worked out once per written form and remembered, not once per token and scan.
type Step = {
  depth: number
  entries: LexiconEntry[]
  native: boolean[]
  foreign: boolean[]
  // Whether an entry has more words: only then is the next word worth a step.
  longer: boolean
  // The steps after it, by the next written word; made when first needed (most steps have none).
  next: Map<string, Step> | null
  // By locale: no locale first, then fi, sv, en.
  ends: (Ending | undefined)[]
}

function stepOf(token: Token, depth: number, from: readonly LexiconEntry[], parent: Step | null): Step {
  // ends has its four slots from the start, so filling one later never reshapes the array.
  const ends = [undefined, undefined, undefined, undefined]
  const step: Step = { depth, entries: [], native: [], foreign: [], longer: false, next: null, ends }
  from.forEach((entry, i) => {
    if (entry.words.length <= depth) return
    const native = (parent?.native[i] ?? true) && wordMatches(token, entry, depth, false)
    const foreign = (parent?.foreign[i] ?? true) && wordMatches(token, entry, depth, true)
    if (!native && !foreign) return
    step.entries.push(entry)
    step.native.push(native)
    step.foreign.push(foreign)
    if (entry.words.length > depth + 1) step.longer = true
  })
  return step
}

// A memo per lexicon (lexicons are immutable, built once per taxonomy), keyed by the written words: a word's folded
// form, capital and kind follow from it. Bounded, so a stream of distinct words cannot grow it without end.
const STEP_MEMO_SIZE = 50_000
type StepMemo = { roots: Map<string, Step>; size: number }
const stepMemos = new WeakMap<Lexicon, StepMemo>()

function stepMemoOf(lexicon: Lexicon): StepMemo {
  let memo = stepMemos.get(lexicon)
  if (!memo) stepMemos.set(lexicon, (memo = { roots: new Map(), size: 0 }))
  return memo
}

function nextStep(memo: StepMemo, lexicon: Lexicon, parent: Step | null, token: Token): Step {
  const steps = parent ? (parent.next ??= new Map()) : memo.roots
  const cached = steps.get(token.raw)
  if (cached) return cached
  if (memo.size >= STEP_MEMO_SIZE) {
    memo.roots.clear()
    memo.size = 0
  }
  const step = parent
    ? stepOf(token, parent.depth + 1, parent.entries, parent)
    : stepOf(token, 0, entriesFor(token, lexicon), null)
  steps.set(token.raw, step)
  memo.size++
  return step
}

// candidates: worked out once and frozen, shared by the items that read them.
const LOCALE_SLOTS: Record<Locale, number> = { fi: 1, sv: 2, en: 3 }

// The first step at each token, kept for the brief's second scan with the same lexicon (a brief's tokens do not
// change).
const rootsByTokens = new WeakMap<readonly Token[], { lexicon: Lexicon; roots: (Step | undefined)[] }>()

type Ending = { entries: LexiconEntry[]; langs: Lang[]; candidates: Candidate[] }

// The entries of exactly depth + 1 words a step matched in the locale's reading, unless a hyphen joins the next word:
// a match may not stop inside a hyphenated compound ("IT-päättäjät" is not "IT"). Worked out once per locale.
function endingAt(step: Step, tokens: readonly Token[], at: number, locale: Locale | null): Ending | null {
  if (tokens[at + step.depth + 1]?.joined) return null
  const slot = locale === null ? 0 : LOCALE_SLOTS[locale]
  const cached = step.ends[slot]
  if (cached) return cached
  const entries: LexiconEntry[] = []
  step.entries.forEach((entry, i) => {
    if (entry.words.length !== step.depth + 1 || (entry.localeOnly && entry.lang !== locale)) return
    if (locale !== null && entry.lang !== locale ? step.foreign[i] : step.native[i]) entries.push(entry)
  })
  const candidates = candidatesOf(entries).map((c) => Object.freeze(c))
  const ending = { entries, langs: [...new Set(entries.map((e) => e.lang))], candidates }
  step.ends[slot] = ending
  return ending
}

const noteOf = (r: Reading) => (r.kind === 'term' ? r.note : null)

// One candidate per meaning: the best-ranked entry, keeping a note any entry for the same term carries.
function candidatesOf(entries: readonly LexiconEntry[]): Candidate[] {
  const best = new Map<string, Candidate>()
  for (const e of entries) {
    const key = e.meaning
    const seen = best.get(key)
    const candidate: Candidate = {
      reading: e.reading,
      rank: e.rank,
      lang: e.lang,
      ...(e.contextOnly ? { contextOnly: true } : {}),
    }
    if (!seen) best.set(key, candidate)
    else {
      const reading = noteOf(seen.reading) === null && noteOf(e.reading) !== null ? e.reading : seen.reading
      best.set(key, { ...(e.rank < seen.rank ? candidate : seen), reading })
    }
  }
  return [...best.values()]
}

/**
 * Reads the brief left to right, taking at each word the longest phrase the lexicon knows. With a locale, words of
 * other languages must be written as in the lexicon; with null every language inflects (to detect the language).
 */
export function scanLexicon(tokens: readonly Token[], lexicon: Lexicon, locale: Locale | null): Item[] {
  const items: Item[] = []
  const memo = stepMemoOf(lexicon)
  let kept = rootsByTokens.get(tokens)
  if (kept?.lexicon !== lexicon) rootsByTokens.set(tokens, (kept = { lexicon, roots: [] }))
  const roots = kept.roots
  let at = 0
  while (at < tokens.length) {
    const token = tokens[at]
    if (!isWordLike(token) || token.joined) {
      at++
      continue
    }
    let longest = 0
    let matched: Ending | null = null
    let step = (roots[at] ??= nextStep(memo, lexicon, null, token))
    for (;;) {
      const found = endingAt(step, tokens, at, locale)
      if (found && found.entries.length > 0) {
        longest = step.depth + 1
        matched = found
      }
      const next = tokens[at + step.depth + 1]
      if (!step.longer || !isWordLike(next)) break
      step = nextStep(memo, lexicon, step, next)
      if (step.entries.length === 0) break
    }
    if (longest === 0 || !matched) {
      at++
      continue
    }
    items.push({
      from: at,
      to: at + longest,
      candidates: [...matched.candidates],
      langs: [...matched.langs],
    })
    at += longest
  }
  return items
}

/** For each token, the first item that covers it: a lookup table, so passes over long briefs stay linear. */
export function itemsByToken(items: readonly Item[], tokenCount: number): (Item | undefined)[] {
  const table: (Item | undefined)[] = new Array<Item | undefined>(tokenCount).fill(undefined)
  for (const item of items) for (let i = item.from; i < item.to; i++) table[i] ??= item
  return table
}
