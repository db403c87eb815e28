import type { Token } from './brief-tokens.js'
import type { Lexicon, LexiconEntry } from './brief-lexicon.js'
import { itemsByToken, type Item } from './lexicon-scan.js'
import { matchesWord } from './word-matcher.js'

const LIST_WORDS = new Set(['ja', 'tai', 'seka', 'och', 'eller', 'samt', 'and', 'or', ','])
const MIN_HEAD = 3

/**
 * "rakennus- ja kiinteistöala", "bygg- och fastighetsbranschen": the first word lends the head of the compound
 * after the list word. Tries the next compound's endings from the longest and keeps the first the lexicon knows.
 */
// A dangling hyphen says the word is half a compound: the compound's reading wins over the word's own ("Ruotsin-").
const COMPOUNDING = new Set(['term', 'language'])

function findCompound(lexicon: Lexicon, form: string): LexiconEntry | null {
  const entries = lexicon.prefix.get(form.slice(0, 3)) ?? []
  const entry = entries.find(
    (e) => e.words.length === 1 && e.words[0] && COMPOUNDING.has(e.reading.kind) && matchesWord(form, form, e.words[0]),
  )
  return entry ?? null
}

// The entry a compound form reads as, remembered per lexicon (lexicons are immutable): a form is tried against every
// entry under its first three letters. Bounded, so a stream of distinct words cannot grow it without end.
const COMPOUND_MEMO_SIZE = 50_000
const compoundMemos = new WeakMap<Lexicon, Map<string, LexiconEntry | null>>()

function compoundEntry(lexicon: Lexicon, form: string): LexiconEntry | null {
  let memo = compoundMemos.get(lexicon)
  if (!memo) compoundMemos.set(lexicon, (memo = new Map()))
  const cached = memo.get(form)
  if (cached !== undefined) return cached
  if (memo.size >= COMPOUND_MEMO_SIZE) memo.clear()
  const entry = findCompound(lexicon, form)
  memo.set(form, entry)
  return entry
}

// "Padel-pelaajat", "Koira-ihmiset", "Golf-spelare": an interest written with a hyphen before a head naming its people
// reads as the interest, as the compound written together does ("padelpelaajat"). Only the head words of the
// matcher's compounds count, and only a first word that reads alone as that same interest.
function hyphenHead(tokens: readonly Token[], i: number, lexicon: Lexicon): Item | null {
  const first = tokens[i]
  const head = tokens[i + 1]
  if (first?.kind !== 'word' || head?.kind !== 'word' || !head.joined || first.joined || tokens[i + 2]?.joined)
    return null
  const entry = compoundEntry(lexicon, first.folded + head.folded)
  if (!entry?.words[0] || entry.reading.kind !== 'term' || !matchesWord(first.folded, first.raw, entry.words[0]))
    return null
  return { from: i, to: i + 2, candidates: [{ reading: entry.reading, rank: entry.rank, lang: entry.lang }] }
}

export function scanEllipses(tokens: readonly Token[], lexicon: Lexicon): Item[] {
  const items: Item[] = []
  tokens.forEach((first, i) => {
    if (tokens[i + 1]?.joined) {
      const item = hyphenHead(tokens, i, lexicon)
      if (item) items.push(item)
      return
    }
    const dash = tokens[i + 1]
    const list = tokens[i + 2]
    const next = tokens[i + 3]
    if (first.kind !== 'word' || dash?.raw !== '-' || dash.start !== first.end) return
    if (!list || !LIST_WORDS.has(list.folded) || next?.kind !== 'word') return
    for (let cut = 1; cut <= next.folded.length - MIN_HEAD; cut++) {
      const entry = compoundEntry(lexicon, first.folded + next.folded.slice(cut))
      if (!entry) continue
      items.push({ from: i, to: i + 2, candidates: [{ reading: entry.reading, rank: entry.rank, lang: entry.lang }] })
      return
    }
  })
  return items
}

function entriesOf(token: Token, lexicon: Lexicon): readonly LexiconEntry[] {
  return [...(lexicon.exact.get(token.folded) ?? []), ...(lexicon.prefix.get(token.folded.slice(0, 3)) ?? [])]
}

/**
 * "Norra och Södra Österbotten", "Etelä- ja Pohjois-Savo": the first word lends itself the rest of the place name
 * after the list word. Only places of two or more words, and only a name the taxonomy has.
 */
export function scanPlaceEllipses(tokens: readonly Token[], lexicon: Lexicon, items: readonly Item[]): Item[] {
  const out: Item[] = []
  let table: (Item | undefined)[] | null = null
  for (const place of items) {
    const reading = place.candidates[0]?.reading
    const n = place.to - place.from
    if (reading?.kind !== 'geo' || n < 2 || !LIST_WORDS.has(tokens[place.from - 1]?.folded ?? '')) continue
    const hyphen = tokens[place.from - 2]?.raw === '-'
    const at = place.from - (hyphen ? 3 : 2)
    const first = tokens[at]
    table ??= itemsByToken(items, tokens.length)
    if (!first || first.kind !== 'word' || table[at] || !first.upper) continue
    const entry = entriesOf(first, lexicon).find(
      (e) =>
        e.reading.kind === 'geo' &&
        e.words.length === n &&
        e.words.every((w, k) => {
          const token = k === 0 ? first : tokens[place.from + k]
          return token !== undefined && matchesWord(token.folded, token.raw, w)
        }),
    )
    if (entry)
      out.push({
        from: at,
        to: at + (hyphen ? 2 : 1),
        candidates: [{ reading: entry.reading, rank: 0, lang: entry.lang }],
      })
  }
  return out
}
