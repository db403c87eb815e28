import { BRIEF_STRUCTURE } from './brief-data.js'
import { isClauseEnd, isContent, type Token } from './brief-tokens.js'
import type { Item } from './lexicon-scan.js'

const MAX_HEAD_TOKENS = 15
const MAX_TITLE_WORDS = 8
const MAX_NAME_CHARS = 80
const CRITERIA = new Set(['term', 'geo', 'geoGroup', 'age', 'gender', 'language'])
const CUES = new Set(['dimension', 'exclusion', 'scopeEnd'])
const ROLES = new Set(['title', 'seniority', 'jobFunction', 'skill'])

export type NameSource = 'head' | 'label' | 'title' | 'clause' | null
export type Head = { name: string | null; source: NameSource; items: Item[]; dropped: Item[] }

const readingOf = (item: Item) => item.candidates[0]?.reading
const kindOf = (item: Item): string => {
  const r = readingOf(item)
  if (!r) return ''
  if (r.kind === 'geoGroup') return 'geo'
  if (r.kind === 'term') return ROLES.has(r.facet) ? 'role' : r.facet
  return r.kind
}

function colonAt(tokens: readonly Token[], first: number): number {
  for (let i = first; i < Math.min(tokens.length, first + MAX_HEAD_TOKENS); i++) {
    const token = tokens[i]
    if (!token || isClauseEnd(token)) return -1
    if (token.raw === ':' && tokens[i - 1]?.kind !== 'number') return i
  }
  return -1
}

function lineEnd(tokens: readonly Token[], from: number): number {
  let i = from
  while (i < tokens.length && tokens[i]?.kind !== 'break') i++
  return i
}

function clauseEnd(tokens: readonly Token[], from: number): number {
  let i = from
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (isClauseEnd(t) || t.raw === ',' || t.raw === ':') break
  }
  return i
}

function textOf(tokens: readonly Token[], from: number, to: number, text: string): string {
  const contents = tokens.slice(from, to).filter((t) => isContent(t) || t.raw === '+' || t.raw === '–')
  const first = contents[0]
  const last = contents[contents.length - 1]
  if (!first || !last) return ''
  const whole = text.slice(first.start, last.end).replace(/\s+/g, ' ').trim()
  if (whole.length <= MAX_NAME_CHARS) return whole
  const cut = whole.slice(0, MAX_NAME_CHARS)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).trim()}…`
}

const isLabel = (t: Token) => BRIEF_STRUCTURE.nameLabels.includes(t.folded)

// A name item per run of head words no criterion covers, so they count as understood (the name).
function nameItems(tokens: readonly Token[], from: number, to: number, kept: readonly Item[]): Item[] {
  const covered = new Uint8Array(Math.max(to, 0))
  for (const item of kept) covered.fill(1, Math.max(item.from, from), Math.min(item.to, to))
  const out: Item[] = []
  let start = -1
  let last = -1
  const close = () => {
    if (start >= 0)
      out.push({ from: start, to: last + 1, candidates: [{ reading: { kind: 'name' }, rank: 0, lang: 'en' }] })
    start = -1
  }
  for (let i = from; i < to; i++) {
    const token = tokens[i]
    if (!token || !isContent(token)) continue
    if (covered[i] === 1) close()
    else {
      if (start < 0) start = i
      last = i
    }
  }
  close()
  return out
}

// Criteria of a name that the body states again, or that name the product ("Payroll software for …"), are the
// name only: "IT decision makers: CIOs, IT directors" targets the titles, not all of IT.
// A campaign's name ("Lokal kampanj", "Julkampanj Stockmann") names no terms to target, only perhaps its places.
function refine(tokens: readonly Token[], items: readonly Item[], from: number, to: number): Item[] {
  const inHead = (item: Item) => item.from >= from && item.to <= to
  const forAt = tokens.findIndex((t, i) => i >= from && i < to && BRIEF_STRUCTURE.productWords.includes(t.folded))
  const campaign = tokens.slice(from, to).some((t) => BRIEF_STRUCTURE.campaignWords.some((w) => t.folded.endsWith(w)))
  const bodyKinds = new Set(items.filter((i) => i.from >= to && CRITERIA.has(readingOf(i)?.kind ?? '')).map(kindOf))
  return items.filter(
    (item) =>
      !inHead(item) ||
      !CRITERIA.has(readingOf(item)?.kind ?? '') ||
      ((forAt < 0 || item.from > forAt) &&
        !bodyKinds.has(kindOf(item)) &&
        !(campaign && readingOf(item)?.kind === 'term')),
  )
}

function named(tokens: readonly Token[], items: readonly Item[], from: number, to: number, text: string) {
  const kept = refine(tokens, items, from, to)
  const dropped = items.filter((i) => !kept.includes(i))
  const names = nameItems(tokens, from, to, kept)
  return { name: textOf(tokens, from, to, text), kept: [...kept, ...names], dropped }
}

/**
 * The audience's name: the head before a colon ("Kesämökin ostajat Keski-Suomessa: …"), what follows a label
 * ("Kohderyhmä: IT-päättäjät"), a short title line, else the brief's first words. Criteria in a name are read too.
 */
export function readHead(tokens: readonly Token[], items: readonly Item[], text: string): Head {
  const first = tokens.findIndex(isContent)
  const none: Head = { name: null, source: null, items: [...items], dropped: [] }
  if (first < 0) return none
  const sorted = (list: Item[]) => list.sort((a, b) => a.from - b.from)
  const colon = colonAt(tokens, first)
  const end = colon >= 0 ? colon : lineEnd(tokens, first)
  const headTokens = tokens.slice(first, end).filter(isContent)
  const cues = new Uint8Array(end)
  for (const item of items)
    if (item.from < end && CUES.has(readingOf(item)?.kind ?? '')) cues.fill(1, item.from, item.to)
  const cueOnly = tokens.slice(first, end).every((t, k) => !isContent(t) || cues[first + k] === 1)
  // "Inte golfare utan motionärer: löpning …", "Ei golfaajia vaan …": a head that opens with a negation is a
  // criterion, not a name.
  if (items.some((i) => i.from === first && readingOf(i)?.kind === 'exclusion')) return none
  if (headTokens.length > 0 && headTokens.every(isLabel)) {
    const labels: Item[] = [{ from: first, to: end, candidates: [{ reading: { kind: 'name' }, rank: 0, lang: 'en' }] }]
    if (colon < 0) return { name: null, source: null, items: sorted([...items, ...labels]), dropped: [] }
    // "Segmentti: IT-päättäjät\n• CIO:t …": the words after the label are the name, refined by the body like a head.
    const restEnd = clauseEnd(tokens, colon + 1)
    // "Target: families with kids under 10 in Turku, parents 30-45, …": a rest that a comma continues is the first
    // criterion of a list, not a name.
    if (tokens[restEnd]?.raw === ',')
      return { name: null, source: null, items: sorted([...items, ...labels]), dropped: [] }
    const rest = textOf(tokens, colon + 1, restEnd, text)
    const kept = rest ? refine(tokens, items, colon + 1, restEnd) : [...items]
    const dropped = items.filter((i) => !kept.includes(i))
    return { name: rest || null, source: rest ? 'label' : null, items: sorted([...kept, ...labels]), dropped }
  }
  const multiLine = end < tokens.length && tokens[end]?.kind === 'break'
  const title =
    colon < 0 &&
    multiLine &&
    headTokens.length <= MAX_TITLE_WORDS &&
    !tokens.slice(first, end).some((t) => t.raw === ',')
  if (!cueOnly && (colon >= 0 || title)) {
    const { name, kept, dropped } = named(tokens, items, first, end, text)
    return { name, source: colon >= 0 ? 'head' : 'title', items: sorted(kept), dropped }
  }
  if (cueOnly) return none
  const clause = textOf(tokens, first, clauseEnd(tokens, first), text)
  return { ...none, name: clause || null, source: clause ? 'clause' : null }
}
