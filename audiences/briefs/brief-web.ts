import { isClauseEnd, type Token } from './brief-tokens.js'
import type { Reading } from './brief-lexicon.js'
import { itemsByToken, type Item } from './lexicon-scan.js'

const MAX_KEYWORD_CHARS = 80
const LIST_SPLIT = new Set(['ja', 'tai', 'seka', 'and', 'or', 'och', 'eller', 'samt'])
const QUOTES = /^["'“”‘’«»„]+|["'“”‘’«»„]+$/gu
const QUOTE = /^["'“”‘’«»„]$/u

const websiteReading = (value: string): Reading => ({
  kind: 'term',
  facet: 'website',
  value,
  labels: { fi: value, sv: value, en: value },
  note: null,
})

/** A web address as kohde keeps it: lower case, without scheme, "www." or a trailing slash. */
export function normalizeWebsite(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '')
}

/** Every web address in the brief becomes a website term: people who visited it. */
export function readWebsites(tokens: readonly Token[]): Item[] {
  const items: Item[] = []
  tokens.forEach((token, i) => {
    if (token.kind !== 'url') return
    const value = normalizeWebsite(token.raw)
    if (value.length > 0 && value.length <= 300)
      items.push({ from: i, to: i + 1, candidates: [{ reading: websiteReading(value), rank: 0, lang: 'en' }] })
  })
  return items
}

type ItemTable = readonly (Item | undefined)[]
const readingAt = (table: ItemTable, i: number): Reading | undefined => table[i]?.candidates[0]?.reading

function isKeywordCue(item: Item, tokens: readonly Token[]): boolean {
  const reading = item.candidates[0]?.reading
  if (reading?.kind !== 'dimension' || reading.dimension !== 'keyword') return false
  const last = tokens[item.to - 1]?.folded
  const next = tokens[item.to]
  return last === 'for' || last === 'pa' || next?.raw === ':' || (next !== undefined && QUOTE.test(next.raw))
}

function keywordItems(
  tokens: readonly Token[],
  table: ItemTable,
  from: number,
  text: string,
): { items: Item[]; to: number } {
  const out: Item[] = []
  let start = -1
  let lastContent = -1
  const close = () => {
    const first = tokens[start]
    const last = tokens[lastContent]
    const end = lastContent + 1
    if (start < 0 || !first || !last) return
    const value = text.slice(first.start, last.end).replace(QUOTES, '').trim()
    const reading: Reading = {
      kind: 'term',
      facet: 'keyword',
      value,
      labels: { fi: value, sv: value, en: value },
      note: null,
    }
    if (value.length > 0 && value.length <= MAX_KEYWORD_CHARS)
      out.push({ from: start, to: end, candidates: [{ reading, rank: 0, lang: 'en' }] })
    start = -1
  }
  let i = from
  for (; i < tokens.length; i++) {
    const token = tokens[i]
    const reading = readingAt(table, i)
    if (
      !token ||
      isClauseEnd(token) ||
      reading?.kind === 'exclusion' ||
      reading?.kind === 'dimension' ||
      reading?.kind === 'scopeEnd'
    )
      break
    const separator = token.raw === ',' || token.raw === ':' || LIST_SPLIT.has(token.folded)
    if (separator) close()
    else if (token.kind !== 'punct') {
      if (start < 0) start = i
      lastContent = i
    }
  }
  close()
  return { items: out, to: i }
}

/** After "hakusanat:", "sökord:" or "search terms:", each listed phrase is a keyword, whatever else it could mean. */
export function readKeywords(tokens: readonly Token[], items: readonly Item[], text: string): Item[] {
  const out: Item[] = []
  const table = itemsByToken(items, tokens.length)
  let skipUntil = -1
  for (const item of items) {
    if (item.from < skipUntil) continue
    out.push(item)
    if (!isKeywordCue(item, tokens)) continue
    const region = keywordItems(tokens, table, item.to, text)
    out.push(...region.items)
    skipUntil = region.to
  }
  return out
}
