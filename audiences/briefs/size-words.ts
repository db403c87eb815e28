import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { BRIEF_STRUCTURE, type SizeWord } from './brief-data.js'
import type { Reading } from './brief-lexicon.js'
import { isContent, type Token } from './brief-tokens.js'
import type { Item } from './lexicon-scan.js'
import { bucketsOf, headcountRange, perTaxonomy } from './number-buckets.js'

const WORDS = BRIEF_STRUCTURE.companySize
const LIST_WORDS = new Set(['ja', 'seka', 'tai', 'och', 'samt', 'eller', 'and', 'or', '&'])
const NOUN_REACH = 3

const lookup = (table: Partial<Record<SizeWord, readonly string[]>>) =>
  new Map(Object.entries(table).flatMap(([size, words]) => words.map((w) => [w, size as SizeWord] as const)))
const ADJECTIVES = lookup(WORDS.adjectives)
const ABBREVIATIONS = lookup(WORDS.abbreviations)
const PREFIXES = Object.entries(WORDS.prefixes).flatMap(([size, list]) =>
  list.map((p) => [p, size as SizeWord] as const),
)

// Where a company noun starts in a word: 0 for "yritykset", > 0 inside a compound ("teollisuusyritykset"), -1 none.
function nounAt(folded: string): number {
  let best = -1
  for (const noun of WORDS.companyNouns) {
    const at = folded.indexOf(noun)
    // "företagare", "bolagare": a person who runs one, not a company.
    if (at >= 0 && !/^(are|ar)/.test(folded.slice(at + noun.length)) && (best < 0 || at < best)) best = at
  }
  return best
}

const word = (t: Token | undefined): string => (t?.kind === 'word' ? t.folded : '')

// "mid-sized": a hyphenated adjective is written as two tokens.
function adjectiveAt(tokens: readonly Token[], i: number): { size: SizeWord; to: number } | null {
  const joined = tokens[i + 1]?.joined ? `${word(tokens[i])}-${word(tokens[i + 1])}` : null
  const two = joined ? ADJECTIVES.get(joined) : undefined
  if (two) return { size: two, to: i + 2 }
  const one = ADJECTIVES.get(word(tokens[i]))
  return one && !tokens[i + 1]?.joined ? { size: one, to: i + 1 } : null
}

// A size written in one word: "mikroyritys", "storföretag", "pk-yritykset", "SMEs", "enterprise customers".
function compoundAt(tokens: readonly Token[], i: number): { size: SizeWord; to: number } | null {
  const w = word(tokens[i])
  const next = tokens[i + 1]
  if (next?.joined && (ABBREVIATIONS.has(w) || PREFIXES.some(([p]) => p === w)) && nounAt(word(next)) === 0)
    return { size: ABBREVIATIONS.get(w) ?? PREFIXES.find(([p]) => p === w)?.[1] ?? 'sme', to: i + 2 }
  if (next?.joined) return null
  for (const [prefix, size] of PREFIXES)
    if (w.startsWith(prefix) && nounAt(w.slice(prefix.length)) === 0) return { size, to: i + 1 }
  const abbreviation = ABBREVIATIONS.get(w)
  if (abbreviation === 'enterprise')
    return WORDS.enterpriseNouns.includes(word(next)) ? { size: 'enterprise', to: i + 1 } : null
  if (abbreviation && /^\p{Lu}{3}/u.test(tokens[i]?.raw ?? '')) return { size: abbreviation, to: i + 1 }
  return null
}

// The company noun an adjective describes, within a few words: its end when it is the plain noun, so it is read too.
function nounAfter(tokens: readonly Token[], from: number): { found: boolean; to: number } {
  for (let i = from; i < tokens.length && i < from + NOUN_REACH; i++) {
    const token = tokens[i]
    if (!token || !isContent(token) || tokens[i + 1]?.joined) return { found: false, to: from }
    const at = nounAt(token.folded)
    if (at === 0 && i === from) return { found: true, to: i + 1 }
    if (at >= 0) return { found: true, to: from }
  }
  return { found: false, to: from }
}

const bandsOf = perTaxonomy((taxonomy, size: SizeWord) => bandsFor(size, taxonomy))

function bandsFor(size: SizeWord, taxonomy: Taxonomy): Reading[] {
  const [min, max] = WORDS.ranges[size]
  const top = max ?? Infinity
  return bucketsOf(taxonomy, headcountRange).flatMap(({ key, range: [lo, hi] }) => {
    const width = (hi === Infinity ? lo * 2 : hi) - lo + 1
    const inside = Math.min(hi === Infinity ? lo * 2 : hi, top === Infinity ? Infinity : top) - Math.max(lo, min) + 1
    const entry = taxonomy.term(key)
    return entry && inside * 2 >= width
      ? [{ kind: 'term', facet: entry.facet, value: key, labels: entry.labels, note: null } as Reading]
      : []
  })
}

type Found = { from: number; to: number; size: SizeWord }

function itemsOf(found: readonly Found[], taxonomy: Taxonomy): Item[] {
  // "pienet ja keskisuuret", "små och medelstora", "small and medium-sized": the SME class.
  const sme = found.some((f) => f.size === 'small') && found.some((f) => f.size === 'medium')
  return found.flatMap((f) => {
    const readings = bandsOf(taxonomy, sme && (f.size === 'small' || f.size === 'medium') ? 'sme' : f.size)
    return readings.map((reading, k) => ({
      from: f.from,
      to: f.to,
      candidates: [{ reading, rank: 0, lang: 'en' as const }],
      notes: k === 0 ? (['size_word'] as const) : [],
      origin: 'sizeWord' as const,
    }))
  })
}

// A word that may start a size: an adjective, an abbreviation, or a word holding a prefix and a company noun.
const STARTS = new Set([...ADJECTIVES.keys(), ...ABBREVIATIONS.keys(), ...PREFIXES.map(([p]) => p), 'mid'])
const COMPANY = new RegExp(WORDS.companyNouns.join('|'))
const mayStart = (t: Token | undefined) =>
  t?.kind === 'word' &&
  (STARTS.has(t.folded) || (PREFIXES.some(([p]) => t.folded.startsWith(p)) && COMPANY.test(t.folded)))

/** Company size words ("keskisuuret yritykset", "mikro- ja pienyritykset", "SMEs") as employee bands. */
export function readSizeWords(tokens: readonly Token[], taxonomy: Taxonomy): Item[] {
  const out: Item[] = []
  let i = 0
  while (i < tokens.length) {
    if (!mayStart(tokens[i])) {
      i++
      continue
    }
    const run: Found[] = []
    let at = i
    // A run of sizes joined by list words or a dangling hyphen shares the noun at its end.
    for (;;) {
      const compound = compoundAt(tokens, at)
      const adjective = compound ? null : adjectiveAt(tokens, at)
      const dangling =
        !compound && !adjective && PREFIXES.some(([p]) => p === word(tokens[at])) && tokens[at + 1]?.raw === '-'
      const size =
        compound?.size ?? adjective?.size ?? (dangling ? PREFIXES.find(([p]) => p === word(tokens[at]))?.[1] : null)
      if (!size) break
      // "mikro- ja pienyritykset": the dangling hyphen is read with its word.
      const end = compound?.to ?? adjective?.to ?? at + 1
      const to = !compound && tokens[end]?.raw === '-' ? end + 1 : end
      run.push({ from: at, to, size })
      if (compound) break
      const next = LIST_WORDS.has(word(tokens[to])) ? to + 1 : -1
      if (next < 0 || tokens[to]?.raw === ',') break
      at = next
    }
    const last = run[run.length - 1]
    const closed = last && compoundAt(tokens, last.from) !== null
    const noun = last && !closed ? nounAfter(tokens, last.to) : { found: closed, to: last?.to ?? i }
    if (last && noun.found) {
      last.to = Math.max(last.to, noun.to)
      out.push(...itemsOf(run, taxonomy))
      i = last.to
    } else i++
  }
  return out
}

/** An explicit number of employees wins over a size word: the word stays read, as words only, with a note. */
export function preferHeadcount(items: readonly Item[]): Item[] {
  if (!items.some((item) => item.origin === 'headcount')) return [...items]
  const seen = new Set<number>()
  return items.flatMap((item) => {
    if (item.origin !== 'sizeWord') return [item]
    if (seen.has(item.from)) return []
    seen.add(item.from)
    return [
      {
        from: item.from,
        to: item.to,
        candidates: [{ reading: { kind: 'stopword' }, rank: 0, lang: 'en' }],
        notes: ['size_word_overridden'],
      },
    ]
  })
}
