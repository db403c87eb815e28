// A word index over every label and synonym of the taxonomy, for search boxes: exact words, inflected forms (the
// brief parser's word matchers: Finnish stems and case endings, Swedish and English endings) and typed prefixes.
import { foldText } from '../briefs/brief-tokens.js'
import { indexKeys, matchesWord, wordMatcher, type Lang, type WordMatcher } from '../briefs/word-matcher.js'
import type { Locale } from '../model/audience-schema.js'
import type { TaxonomyParts } from './taxonomy.js'

export type SearchRef = { type: 'term' | 'geo' | 'language'; key: string; facet: string }
type Name = { item: number; lang: Lang; label: boolean; text: string; words: readonly string[] }
type Posting = { name: number; word: number }
type Stemmed = { matcher: WordMatcher; postings: Posting[] }

export type SearchIndex = {
  refs: readonly SearchRef[]
  names: readonly Name[]
  reviewed: readonly boolean[]
  words: ReadonlyMap<string, Posting[]>
  sorted: readonly string[]
  stems: ReadonlyMap<string, Stemmed[]>
}

const LOCALES: readonly Lang[] = ['fi', 'sv', 'en']
export const searchWords = (text: string): string[] =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Built once per set of names: agency taxonomies share the shipped labels, so they share the index. */
export function buildSearchIndex(parts: TaxonomyParts): SearchIndex {
  const steps = searchIndexSteps(parts)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * buildSearchIndex in steps of about `perStep` names each (the whole index takes a few hundred ms): a server builds
 * it between requests, one step per turn of its event loop, instead of holding every request up while it builds.
 */
export function* searchIndexSteps(parts: TaxonomyParts, perStep = 400): Generator<void, SearchIndex, void> {
  const refs: SearchRef[] = []
  const names: Name[] = []
  const reviewed: boolean[] = []
  const entries = [
    ...parts.terms.map((e) => ({
      e,
      ref: { type: 'term' as const, key: e.key, facet: e.facet },
      ok: e.labelsReviewed !== false,
    })),
    ...parts.geo.map((e) => ({ e, ref: { type: 'geo' as const, key: e.key, facet: 'geo' }, ok: true })),
    ...parts.languages.map((e) => ({ e, ref: { type: 'language' as const, key: e.key, facet: 'language' }, ok: true })),
  ]
  for (const { e, ref, ok } of entries) {
    if (refs.length % perStep === perStep - 1) yield
    const item = refs.push(ref) - 1
    reviewed.push(ok)
    const seen = new Set<string>()
    for (const lang of LOCALES) {
      // An untranslated label repeats the English one: indexed once, as English.
      const label = ok || lang === 'en' ? [e.labels[lang]] : []
      for (const [text, isLabel] of [
        ...label.map((l) => [l, true] as const),
        ...e.synonyms[lang].map((s) => [s, false] as const),
      ]) {
        const id = `${lang}|${text}`
        if (seen.has(id)) continue
        seen.add(id)
        names.push({
          item,
          lang,
          label: isLabel,
          text: foldText(text).replace(/\s+/g, ' ').trim(),
          words: searchWords(text),
        })
      }
    }
  }
  const words = new Map<string, Posting[]>()
  const matchers = new Map<string, Stemmed>()
  for (let name = 0; name < names.length; name++) {
    if (name % perStep === perStep - 1) yield
    const n = names[name]!
    n.words.forEach((w, word) => {
      add(words, w, { name, word })
      const id = `${n.lang}|${w}`
      const stemmed = matchers.get(id) ?? { matcher: wordMatcher(w, n.lang), postings: [] }
      stemmed.postings.push({ name, word })
      matchers.set(id, stemmed)
    })
  }
  const stems = new Map<string, Stemmed[]>()
  for (const stemmed of matchers.values())
    for (const prefix of indexKeys(stemmed.matcher).prefixes) add(stems, prefix, stemmed)
  return { refs, names, reviewed, words, sorted: [...words.keys()].sort(), stems }
}

// How well one query word matches a word of a name: the word itself, an inflected form, its start, inside it.
const EXACT = 1
const INFLECTED = 0.9
const PREFIX = 0.6
const INSIDE = 0.3

function firstAtLeast(sorted: readonly string[], word: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < word) lo = mid + 1
    else hi = mid
  }
  return lo
}

// Every (name, word) a query word reaches, with the best quality per pair.
function wordHits(index: SearchIndex, q: string, last: boolean): Map<number, Map<number, number>> {
  const hits = new Map<number, Map<number, number>>()
  const hit = (p: Posting, quality: number) => {
    const byWord = hits.get(p.name) ?? new Map<number, number>()
    if ((byWord.get(p.word) ?? 0) < quality) byWord.set(p.word, quality)
    hits.set(p.name, byWord)
  }
  for (const p of index.words.get(q) ?? []) hit(p, EXACT)
  if (q.length >= 3)
    for (const stemmed of index.stems.get(q.slice(0, 3)) ?? [])
      if (matchesWord(q, q.toUpperCase(), stemmed.matcher)) for (const p of stemmed.postings) hit(p, INFLECTED)
  // The word being typed may be unfinished; earlier words are whole, but still may start a longer compound.
  if (q.length >= (last ? 2 : 4))
    for (let i = firstAtLeast(index.sorted, q); i < index.sorted.length && index.sorted[i]!.startsWith(q); i++)
      for (const p of index.words.get(index.sorted[i]!)!) hit(p, PREFIX)
  if (q.length >= 4)
    for (const w of index.sorted)
      if (w.length > q.length && !w.startsWith(q) && w.includes(q)) for (const p of index.words.get(w)!) hit(p, INSIDE)
  return hits
}

export type SearchHit = { ref: SearchRef; score: number; name: string; lang: Lang }

/**
 * Items whose label or synonym holds every query word (as itself, inflected, or begun), best first: a whole-name
 * match, then names covered more fully, labels before synonyms, reviewed labels before untranslated ones.
 */
export function searchIndex(index: SearchIndex, query: string, locale?: Locale): SearchHit[] {
  const q = searchWords(query)
  if (q.length === 0) return []
  const whole = q.join(' ')
  const perWord = q.map((w, i) => wordHits(index, w, i === q.length - 1))
  const best = new Map<number, SearchHit>()
  for (const [nameId, firstWords] of perWord[0]!) {
    const name = index.names[nameId]!
    if (locale && name.lang !== locale) continue
    let quality = 0
    const covered = new Set<number>()
    let all = true
    for (let i = 0; i < q.length && all; i++) {
      const words = i === 0 ? firstWords : perWord[i]!.get(nameId)
      if (!words) all = false
      else {
        const [word, value] = [...words].reduce((a, b) => (b[1] > a[1] ? b : a))
        quality += value
        covered.add(word)
      }
    }
    if (!all) continue
    const exactName = name.text === whole || name.words.join(' ') === whole
    const score =
      (exactName ? 100 : 0) +
      (quality / q.length) * 30 +
      (covered.size / name.words.length) * 20 +
      (name.label ? 4 : 0) +
      (index.reviewed[name.item] ? 6 : 0) -
      name.words.length * 0.1
    const previous = best.get(name.item)
    if (!previous || previous.score < score)
      best.set(name.item, { ref: index.refs[name.item]!, score, name: name.text, lang: name.lang })
  }
  return [...best.values()].sort((a, b) => b.score - a.score || (a.ref.key < b.ref.key ? -1 : 1))
}

/** Items one of whose names the text is, word for word (each word itself or inflected, none missing or extra). */
export function wholeNameMatches(index: SearchIndex, text: string): SearchRef[] {
  const q = searchWords(text)
  if (q.length === 0) return []
  const perWord = q.map((w) => wordHits(index, w, false))
  const items = new Set<number>()
  index.names.forEach((name, nameId) => {
    if (name.words.length !== q.length) return
    const covered = new Set<number>()
    for (const hits of perWord)
      for (const [word, quality] of hits.get(nameId) ?? []) if (quality >= INFLECTED) covered.add(word)
    if (covered.size === name.words.length) items.add(name.item)
  })
  return [...items].map((item) => index.refs[item]!)
}
