import type { Token } from './brief-tokens.js'
import type { Lexicon } from './brief-lexicon.js'
import type { Item } from './lexicon-scan.js'
import { matchesWord } from './word-matcher.js'

const LIST_WORDS = new Set(['ja', 'tai', 'seka', 'och', 'eller', 'samt', 'and', 'or', ','])
const MIN_HEAD = 3

/**
 * "rakennus- ja kiinteistöala", "bygg- och fastighetsbranschen": the first word lends the head of the compound
 * after the list word. Tries the next compound's endings from the longest and keeps the first the lexicon knows.
 */
// A dangling hyphen says the word is half a compound: the compound's reading wins over the word's own ("Ruotsin-").
const COMPOUNDING = new Set(['term', 'language'])

export function scanEllipses(tokens: readonly Token[], lexicon: Lexicon): Item[] {
  const items: Item[] = []
  tokens.forEach((first, i) => {
    const dash = tokens[i + 1]
    const list = tokens[i + 2]
    const next = tokens[i + 3]
    if (first.kind !== 'word' || dash?.raw !== '-' || dash.start !== first.end) return
    if (!list || !LIST_WORDS.has(list.folded) || next?.kind !== 'word') return
    for (let cut = 1; cut <= next.folded.length - MIN_HEAD; cut++) {
      const form = first.folded + next.folded.slice(cut)
      const entries = lexicon.prefix.get(form.slice(0, 3)) ?? []
      const entry = entries.find(
        (e) =>
          e.words.length === 1 && e.words[0] && COMPOUNDING.has(e.reading.kind) && matchesWord(form, form, e.words[0]),
      )
      if (!entry) continue
      items.push({ from: i, to: i + 2, candidates: [{ reading: entry.reading, rank: entry.rank, lang: entry.lang }] })
      return
    }
  })
  return items
}
