import type { SpecialAdCategory } from '../model/audience-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { BRIEF_STRUCTURE } from './brief-data.js'
import type { Reading } from './brief-lexicon.js'
import { isClauseEnd, type Token } from './brief-tokens.js'
import { itemsByToken, type Item } from './lexicon-scan.js'

type Category = Exclude<SpecialAdCategory, 'none'>
// One alternation per kind of pattern: on two words, on a word as written (å, ä, ö: "lån" is a loan, "län" a
// county) and on the folded word.
const anyOf = (words: readonly string[]) =>
  words.length === 0 ? null : new RegExp(words.map((w) => `(?:${w})`).join('|'), 'u')
const ALL = BRIEF_STRUCTURE.specialCategories.flatMap((c) => c.words)
// Most words match no category: one test of every pattern at once finds the few worth a closer look.
const ANY_FOLDED = anyOf(ALL.filter((w) => !w.includes(' ') && !/[åäö]/.test(w)))
const ANY_WRITTEN = anyOf(ALL.filter((w) => !w.includes(' ') && /[åäö]/.test(w)))
const ANY_PAIR = anyOf(ALL.filter((w) => w.includes(' ')))
// The first words of the two-word patterns: only after one of them is a pair of words built and tested.
const PAIR_FIRST = anyOf(ALL.filter((w) => w.includes(' ')).map((w) => `${w.slice(0, w.indexOf(' '))}$`))
// What the alternations say of one folded word, remembered: testing every pattern costs far more than a lookup, and
// briefs repeat their words. Bounded, so a stream of distinct words cannot grow it without end.
const WORD_MEMO_SIZE = 50_000
const wordMemo = new Map<string, { pairFirst: boolean; any: boolean }>()
function foldedWord(folded: string): { pairFirst: boolean; any: boolean } {
  const cached = wordMemo.get(folded)
  if (cached) return cached
  if (wordMemo.size >= WORD_MEMO_SIZE) wordMemo.clear()
  const found = { pairFirst: PAIR_FIRST?.test(folded) ?? false, any: ANY_FOLDED?.test(folded) ?? false }
  wordMemo.set(folded, found)
  return found
}
const RULES = BRIEF_STRUCTURE.specialCategories.map((c) => ({
  category: c.category,
  pair: anyOf(c.words.filter((w) => w.includes(' '))),
  written: anyOf(c.words.filter((w) => !w.includes(' ') && /[åäö]/.test(w))),
  folded: anyOf(c.words.filter((w) => !w.includes(' ') && !/[åäö]/.test(w))),
}))
// Words that describe who the audience is (a company, a job, a home they live in), not what the ad offers.
const DESCRIBING = /^(industry|title|seniority|jobFunction|skill|company|homeType|employment)/
// "Haemme", "haetaan", "vi söker" (we are looking for) recruit only when a job follows in the clause ("haemme
// sairaanhoitajia"); "haetaan nuoria aikuisia, joita kiinnostaa musiikki" looks for an audience.
const SEEKING = /^(haemme|haetaan|vi soker)$/
const ROLE = /^(title|seniority|jobFunction)$/
const CLAUSE_REACH = 8
// "Not a recruitment ad", "ei asuntokauppaa vaan …", "jotka eivät asu vuokralla": a negated word is no subject of
// the ad.
const NEGATION_REACH = 4
// "Robot vacuums for apartments", "möbler till din lägenhet", "sisustusta pieniin asuntoihin" (into flats): a home
// the product is for, not a home for sale or rent — unless someone is looking for one ("looking for a flat").
const FOR_WORDS = /^(for|till|into)$/
const LOOKING = /^(looking|searching|hunting|letar|soker|etsii|etsivat)$/
const ILLATIVE = /(ihin|iin|oon|hon|seen)$/
// "car rentals", "ski rentals": a rental of a thing that is no home.
const RENTED_THINGS =
  /^(car|auto|ski|bike|bicycle|cycle|boat|kayak|canoe|sup|equipment|tool|van|vehicle|costume|party|event|video|movie|scooter|gear|snowmobile|caravan|camper|boot|tent|sauna)s?$/
const CATEGORY_WORD = /(kategori|category|luokka)/
const NAMED_REACH = 3

// dropped: a sensitive interest read from the words that name the ad's subject ("election" is not an interest in
// politics to target: DSA Art. 26(3) forbids profiling on political opinions).
export type Special = { category: Category; from: number; to: number; items: Item[]; dropped: Item[] }

const specialReading = (category: Category): Reading => ({ kind: 'special', category })

/**
 * The special ad category the brief's words suggest: a home for sale or rent, a job, a loan or an insurance, an
 * election, gambling. The first category in order of precedence wins; its words become understood.
 */
export function findSpecialCategory(
  tokens: readonly Token[],
  items: readonly Item[],
  taxonomy: Taxonomy,
): Special | null {
  const candidates: number[] = []
  tokens.forEach((token, i) => {
    if (token.kind !== 'word') return
    const next = tokens[i + 1]
    const word = foldedWord(token.folded)
    const pair = next?.kind === 'word' && word.pairFirst && ANY_PAIR?.test(`${token.folded} ${next.folded}`)
    const written = /[åäöÅÄÖ]/.test(token.raw) && ANY_WRITTEN?.test(token.raw.toLowerCase())
    if (pair || written || word.any) candidates.push(i)
  })
  if (candidates.length === 0) return null
  const table = itemsByToken(items, tokens.length)
  // "Särskild annonskategori (kredit)", "Employment special ad category": a category the brief names beside the
  // word "category" is the one asked for, before any category its other words suggest (a mortgage is also housing).
  const named = (h: { from: number; to: number }) =>
    tokens
      .slice(Math.max(0, h.from - NAMED_REACH), h.to + NAMED_REACH)
      .some((t) => t.kind === 'word' && CATEGORY_WORD.test(t.folded))
  let suggested: Special | null = null
  const counts = (i: number): boolean => {
    const r = table[i]?.candidates[0]?.reading
    return tokens[i]?.kind === 'word' && !(r?.kind === 'term' && DESCRIBING.test(r.facet))
  }
  for (const { category, pair, written, folded } of RULES) {
    const hits: { from: number; to: number }[] = []
    candidates.forEach((i) => {
      const token = tokens[i]
      if (!token || !counts(i)) return
      const next = tokens[i + 1]
      if (pair && next?.kind === 'word' && pair.test(`${token.folded} ${next.folded}`))
        hits.push({ from: i, to: i + 2 })
      else if (folded?.test(token.folded) || written?.test(token.raw.toLowerCase())) hits.push({ from: i, to: i + 1 })
    })
    const recruits = (h: { from: number; to: number }) => {
      const words = tokens
        .slice(h.from, h.to)
        .map((t) => t.folded)
        .join(' ')
      if (!SEEKING.test(words)) return true
      for (let j = h.to; j < Math.min(tokens.length, h.to + CLAUSE_REACH); j++) {
        const t = tokens[j]
        if (!t || isClauseEnd(t)) break
        const r = table[j]?.candidates[0]?.reading
        if (r?.kind === 'term' && ROLE.test(r.facet)) return true
      }
      return false
    }
    const negated = (h: { from: number }) => {
      for (let j = h.from - 1; j >= Math.max(0, h.from - NEGATION_REACH); j--) {
        const t = tokens[j]
        if (!t || isClauseEnd(t)) return false
        if (table[j]?.candidates[0]?.reading.kind === 'exclusion') return true
      }
      return false
    }
    // "vuokra-autot", "asunto-osakkeet": the half before a hyphen is read with the compound's head, which decides.
    const modifier = (h: { to: number }) => tokens[h.to]?.joined === true && !candidates.includes(h.to)
    const usedIn = (h: { from: number; to: number }) => {
      if (category !== 'housing') return false
      const word = tokens[h.from]!.folded
      if (/^rentals?$/.test(word) && RENTED_THINGS.test(tokens[h.from - 1]?.folded ?? '')) return true
      if (h.to - h.from === 1 && ILLATIVE.test(word) && tokens[h.from]!.raw.length > 6) return true
      for (let j = h.from - 1; j >= Math.max(0, h.from - 3); j--) {
        const t = tokens[j]
        if (!t || t.kind !== 'word') return false
        if (FOR_WORDS.test(t.folded)) return !LOOKING.test(tokens[j - 1]?.folded ?? '')
      }
      return false
    }
    const first = hits.filter((h) => recruits(h) && !negated(h) && !modifier(h) && !usedIn(h))[0]
    if (!first) continue
    const sensitive = (item: Item | undefined) => {
      const r = item?.candidates[0]?.reading
      return r?.kind === 'term' && taxonomy.term(r.value)?.sensitive !== undefined
    }
    const dropped = [...new Set(hits.flatMap((h) => table.slice(h.from, h.to)).filter(sensitive))] as Item[]
    const free = hits.filter((h) => table.slice(h.from, h.to).every((item) => !item || dropped.includes(item)))
    const reading = specialReading(category)
    const found = free.map((h) => ({ ...h, candidates: [{ reading, rank: 0, lang: 'en' as const }] }))
    const special = { category, from: first.from, to: first.to, items: found, dropped }
    if (hits.some(named)) return special
    suggested ??= special
  }
  return suggested
}
