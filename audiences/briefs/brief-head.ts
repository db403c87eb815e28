import { BRIEF_WORDS } from './brief-data.js'
import { isClauseEnd, isContent, type Token } from './brief-tokens.js'
import type { Item } from './lexicon-scan.js'

const MAX_HEAD_TOKENS = 15
const MAX_NAME_CHARS = 200
const CRITERIA = new Set(['term', 'geo', 'geoGroup', 'age', 'gender', 'language'])
const CUES = new Set(['dimension', 'exclusion', 'scopeEnd'])

const kindOf = (item: Item): string | undefined => item.candidates[0]?.reading.kind

function colonAt(tokens: readonly Token[]): number {
  for (let i = 0; i < Math.min(tokens.length, MAX_HEAD_TOKENS); i++) {
    const token = tokens[i]
    if (!token || isClauseEnd(token)) return -1
    if (token.raw === ':') return i
  }
  return -1
}

/**
 * The brief's head, "Arvokkaan huvilan asiakassegmentti: …", names the audience when it holds no criteria,
 * or when it says it is a segment ("… buyers:", "…målgrupp:") whatever words it holds.
 */
export function readHead(
  tokens: readonly Token[],
  items: readonly Item[],
  text: string,
): { name: string | null; items: Item[] } {
  const colon = colonAt(tokens)
  const first = tokens.findIndex(isContent)
  const last = tokens[colon - 1]
  const none = { name: null, items: [...items] }
  if (colon <= 0 || first < 0 || first >= colon || !last) return none
  const inHead = items.filter((item) => item.from < colon)
  if (inHead.some((item) => CUES.has(kindOf(item) ?? ''))) return none
  const criteria = inHead.filter((item) => CRITERIA.has(kindOf(item) ?? ''))
  const covered = (i: number) => criteria.some((item) => item.from <= i && i < item.to)
  const saysSegment = tokens
    .slice(first, colon)
    .some(
      (t, k) => isContent(t) && !covered(first + k) && BRIEF_WORDS.segmentNouns.some((noun) => t.folded.endsWith(noun)),
    )
  if (criteria.length > 0 && !saysSegment) return none
  const name = text.slice(tokens[first]?.start, last.end).trim().slice(0, MAX_NAME_CHARS)
  const head: Item = { from: first, to: colon, candidates: [{ reading: { kind: 'name' }, rank: 0, lang: 'en' }] }
  return { name, items: [head, ...items.filter((item) => item.from >= colon)] }
}
