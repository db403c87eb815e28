import type { SpecialAdCategory } from '../model/audience-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { BRIEF_STRUCTURE } from './brief-data.js'
import type { Reading } from './brief-lexicon.js'
import type { Token } from './brief-tokens.js'
import { itemsByToken, type Item } from './lexicon-scan.js'

type Category = Exclude<SpecialAdCategory, 'none'>
const RULES = BRIEF_STRUCTURE.specialCategories.map((c) => ({
  category: c.category,
  words: c.words.map((w) => new RegExp(w, 'u')),
}))
// Words that describe who the audience is (a company, a job, a home they live in), not what the ad offers.
const DESCRIBING = /^(industry|title|seniority|jobFunction|skill|company|homeType|employment)/

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
  const table = itemsByToken(items, tokens.length)
  const counts = (i: number): boolean => {
    const r = table[i]?.candidates[0]?.reading
    return tokens[i]?.kind === 'word' && !(r?.kind === 'term' && DESCRIBING.test(r.facet))
  }
  for (const { category, words } of RULES) {
    const hits: { from: number; to: number }[] = []
    tokens.forEach((token, i) => {
      if (!counts(i)) return
      const next = tokens[i + 1]
      const pair = next?.kind === 'word' ? `${token.folded} ${next.folded}` : null
      const lower = `${token.raw.toLowerCase()}`
      // A pattern with å, ä or ö is matched as written: "lån" is a loan, "län" a county.
      const test = (w: RegExp) => (/[åäö]/.test(w.source) ? w.test(lower) : w.test(token.folded))
      if (pair && words.some((w) => w.source.includes(' ') && w.test(pair))) hits.push({ from: i, to: i + 2 })
      else if (words.some(test)) hits.push({ from: i, to: i + 1 })
    })
    const first = hits[0]
    if (!first) continue
    const sensitive = (item: Item | undefined) => {
      const r = item?.candidates[0]?.reading
      return r?.kind === 'term' && taxonomy.term(r.value)?.sensitive !== undefined
    }
    const dropped = [...new Set(hits.flatMap((h) => table.slice(h.from, h.to)).filter(sensitive))] as Item[]
    const free = hits.filter((h) => table.slice(h.from, h.to).every((item) => !item || dropped.includes(item)))
    const reading = specialReading(category)
    const found = free.map((h) => ({ ...h, candidates: [{ reading, rank: 0, lang: 'en' as const }] }))
    return { category, from: first.from, to: first.to, items: found, dropped }
  }
  return null
}
