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

const isWordLike = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'word' || t.kind === 'number')

function entriesFor(token: Token, lexicon: Lexicon): LexiconEntry[] {
  const exact = lexicon.exact.get(token.folded) ?? []
  const prefix = token.folded.length >= 3 ? (lexicon.prefix.get(token.folded.slice(0, 3)) ?? []) : []
  return exact.length === 0 ? prefix : prefix.length === 0 ? exact : [...exact, ...prefix]
}

// A word of another language than the brief's is taken only as written ("design", "CEO" in a Finnish brief):
// inflecting it would read "Mom Store" in a Swedish text as the English "moms".
function matchesForeign(token: Token, word: WordMatcher): boolean {
  if (word.lemma.length <= 3 && token.raw !== token.raw.toUpperCase()) return false
  return (word.forms ?? [word.lemma]).includes(token.folded) && matchesWord(token.folded, token.raw, word)
}

// from: the first word to try; the words before it are known to match.
function matchLength(
  tokens: readonly Token[],
  at: number,
  entry: LexiconEntry,
  locale: Locale | null,
  from = 0,
): number {
  if (entry.localeOnly && entry.lang !== locale) return 0
  const foreign = locale !== null && entry.lang !== locale
  const n = entry.words.length
  for (let k = from; k < n; k++) {
    const token = tokens[at + k]
    const word = entry.words[k]
    if (!isWordLike(token) || !word) return 0
    if (!(foreign ? matchesForeign(token, word) : matchesWord(token.folded, token.raw, word))) return 0
    if (k === 0 && entry.proper && !token.upper) return 0
  }
  // A match may not stop inside a hyphenated compound ("IT-päättäjät" is not "IT").
  return tokens[at + n]?.joined ? 0 : n
}

// The entries whose first word a written word matches, read as in the brief's language (native) and as a word of
// another language (foreign). Most entries under a word's first three letters fail on it: trying them once per
// written form, not once per token and scan, is what keeps the scan cheap.
type FirstWord = { entries: LexiconEntry[]; native: boolean[]; foreign: boolean[] }

function firstWordOf(token: Token, lexicon: Lexicon): FirstWord {
  const out: FirstWord = { entries: [], native: [], foreign: [] }
  for (const entry of entriesFor(token, lexicon)) {
    const word = entry.words[0]
    if (!word || (entry.proper && !token.upper)) continue
    const native = matchesWord(token.folded, token.raw, word)
    const foreign = matchesForeign(token, word)
    if (!native && !foreign) continue
    out.entries.push(entry)
    out.native.push(native)
    out.foreign.push(foreign)
  }
  return out
}

// A memo per lexicon (lexicons are immutable, built once per taxonomy), keyed by the written word: its folded form,
// capital and kind follow from it. Bounded, so a stream of distinct words cannot grow it without end.
const FIRST_WORD_MEMO_SIZE = 50_000
const firstWordMemo = new WeakMap<Lexicon, Map<string, FirstWord>>()

function firstWordMemoOf(lexicon: Lexicon): Map<string, FirstWord> {
  let memo = firstWordMemo.get(lexicon)
  if (!memo) firstWordMemo.set(lexicon, (memo = new Map()))
  return memo
}

function firstWordMatches(token: Token, lexicon: Lexicon, memo: Map<string, FirstWord>): FirstWord {
  const cached = memo.get(token.raw)
  if (cached) return cached
  if (memo.size >= FIRST_WORD_MEMO_SIZE) memo.clear()
  const found = firstWordOf(token, lexicon)
  memo.set(token.raw, found)
  return found
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
  const memo = firstWordMemoOf(lexicon)
  let at = 0
  while (at < tokens.length) {
    const token = tokens[at]
    if (!isWordLike(token) || token.joined) {
      at++
      continue
    }
    let longest = 0
    let matched: LexiconEntry[] = []
    const first = firstWordMatches(token, lexicon, memo)
    for (let i = 0; i < first.entries.length; i++) {
      const entry = first.entries[i] as LexiconEntry
      const foreign = locale !== null && entry.lang !== locale
      const n = (foreign ? first.foreign[i] : first.native[i]) ? matchLength(tokens, at, entry, locale, 1) : 0
      if (n > longest) [longest, matched] = [n, [entry]]
      else if (n === longest && n > 0) matched.push(entry)
    }
    if (longest === 0) {
      at++
      continue
    }
    const langs = [...new Set(matched.map((e) => e.lang))]
    items.push({ from: at, to: at + longest, candidates: candidatesOf(matched), langs })
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
