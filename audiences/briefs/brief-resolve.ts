import type { Locale } from '../model/audience-schema.js'
import type { Dimension } from './brief-schema.js'
import { isClauseEnd, isContent, type Token } from './brief-tokens.js'
import type { Reading } from './brief-lexicon.js'
import { itemsByToken, type Candidate, type Item, type ItemNote } from './lexicon-scan.js'
import { CONTRAST, inclusiveClause, negationAt, type Negation } from './negation-scope.js'

export type Resolved = { item: Item; reading: Reading; alternatives: Reading[]; excluded: boolean; notes: ItemNote[] }

// Which readings a cue word ("toimiala:", "kiinnostus:") points to when a word has several.
const CUE_TARGETS: Partial<Record<Dimension, readonly string[]>> = {
  interest: ['interest'],
  industry: ['industry'],
  occupation: ['title', 'seniority', 'jobFunction'],
  income: ['income'],
  education: ['education'],
  customerStatus: ['customerList'],
  companySize: ['companySize'],
  companyRevenue: ['companyRevenue'],
  companyProfit: ['companyProfit'],
  companySites: ['companySites'],
  family: ['relationship', 'parentalStatus'],
  children: ['parentalStatus'],
  website: ['website'],
  keyword: ['keyword'],
  behavior: ['behavior'],
  geo: ['geo', 'geoGroup'],
  language: ['language'],
  gender: ['gender'],
}
const B2B_DIMENSIONS = new Set<Dimension>([
  'industry',
  'companySize',
  'companyRevenue',
  'companyProfit',
  'companySites',
  'occupation',
])
const B2B_FACETS = new Set([
  'industry',
  'title',
  'seniority',
  'jobFunction',
  'skill',
  'companySize',
  'companyRevenue',
  'companyProfit',
  'companyTrade',
  'companySites',
])
const CRITERIA = new Set(['term', 'geo', 'geoGroup', 'age', 'gender', 'language'])
const LIST_WORDS = new Set(['ja', 'tai', 'seka', 'and', 'or', 'och', 'eller', 'samt', 'eika'])
const MAX_GAP = 3
const STRUCTURAL = new Set(['stopword', 'exclusion', 'scopeEnd'])

const targetOf = (r: Reading): string => (r.kind === 'term' ? r.facet : r.kind)
const isCriterion = (r: Reading): boolean => CRITERIA.has(r.kind)

// A title or job function read without doubt ("Site managers") makes the brief B2B as a company word does.
function isB2B(item: Item): boolean {
  const r = item.candidates[0]?.reading
  const sure = item.candidates.length === 1
  return (
    (r?.kind === 'dimension' && B2B_DIMENSIONS.has(r.dimension)) ||
    (r?.kind === 'term' &&
      (r.facet.startsWith('company') || (sure && (r.facet === 'title' || r.facet === 'jobFunction'))))
  )
}

// cued: a cue points to the chosen reading; byCue: and to none of the others, so the choice is not a guess.
type Choice = { chosen: Candidate; rest: Candidate[]; cued: boolean; byCue: boolean }

// labelled: the item stands before a colon ("industries: retail"), so a cue reading of it is a label.
function choose(item: Item, cues: readonly Dimension[], locale: Locale, b2b: boolean, labelled = false): Choice {
  const [only, ...others] = item.candidates
  if (only && others.length === 0 && !only.contextOnly) return { chosen: only, rest: [], cued: false, byCue: false }
  const targets = new Set(cues.flatMap((c) => CUE_TARGETS[c] ?? []))
  // A one-word item that is also a structural word ("tai", "och", "ei") is the structural word: a growing
  // vocabulary must not turn "tai" into a brand.
  const structural = item.to - item.from === 1 && item.candidates.some((c) => STRUCTURAL.has(c.reading.kind))
  const score = (c: Candidate) =>
    (structural && STRUCTURAL.has(c.reading.kind) ? 100 : 0) +
    (labelled && c.reading.kind === 'dimension' ? 50 : 0) +
    (targets.has(targetOf(c.reading)) ? 10 : c.contextOnly ? -20 : 0) +
    (c.lang === locale ? 1 : 0) +
    ((b2b ? B2B_FACETS.has(targetOf(c.reading)) : targetOf(c.reading) === 'interest') ? 0.5 : 0) -
    c.rank * 0.1
  const ranked = [...item.candidates].sort((a, b) => score(b) - score(a))
  const [chosen, ...rest] = ranked
  if (!chosen) throw new Error('an item without readings')
  const cued = targets.has(targetOf(chosen.reading))
  const byCue =
    (cued && !rest.some((r) => targets.has(targetOf(r.reading)))) || (structural && STRUCTURAL.has(chosen.reading.kind))
  return { chosen, rest, cued, byCue }
}

// An exclusion governs the list right after it: it ends at the clause, at an uncovered word after the list
// started, and at a comma unless the next criterion is of a kind it already excluded ("paitsi Espoo, Vantaa").
// A comma before any criterion ends a negated verb clause ("jotka eivät ole ostaneet vuoteen, naiset …").

const ROLE_FACETS = new Set(['title', 'seniority', 'jobFunction', 'skill'])
/** The kind a criterion counts as for the scope of an exclusion and for a name's criteria. */
export function criterionKind(r: Reading): string {
  if (r.kind === 'geoGroup') return 'geo'
  if (r.kind === 'term') return ROLE_FACETS.has(r.facet) ? 'role' : r.facet
  return r.kind
}

function afterToken(negation: Negation, token: Token): Negation {
  if (!negation) return null
  if (isClauseEnd(token)) return null
  if (token.raw === ',') return negation.started ? { ...negation, comma: true } : null
  if (!isContent(token)) return negation
  return negation.started || ++negation.gap > MAX_GAP ? null : negation
}

const isList = (t: Token | undefined) => t !== undefined && (LIST_WORDS.has(t.folded) || t.raw === ',' || t.raw === '&')

// "English and Swedish speakers", "Finnish or Swedish speaking": a cued-only word listed beside a plain reading of
// the same kind ("Swedish speakers") takes that reading.
function beside(tokens: readonly Token[], table: readonly (Item | undefined)[], item: Item, kind: string): boolean {
  if (kind !== 'language') return false
  const plain = (other: Item | undefined) => other?.candidates.some((c) => c.reading.kind === kind && !c.contextOnly)
  const after = isList(tokens[item.to]) && plain(table[item.to + 1])
  const before = isList(tokens[item.from - 1]) && plain(table[item.from - 2])
  return Boolean(after || before)
}

/**
 * Picks one reading per item: a cue in the same clause decides ("toimiala: rakentaminen" is an industry), else the
 * brief's language and kind (B2B or consumer). Criteria after "ei", "paitsi", "except", "utom" are excluded, up to
 * the end of the list that follows the word.
 */
export function resolveItems(tokens: readonly Token[], items: readonly Item[], locale: Locale): Resolved[] {
  const b2b = items.some(isB2B)
  let table: (Item | undefined)[] | null = null
  const tableOf = () => (table ??= itemsByToken(items, tokens.length))
  // The items starting at each token, indexed by the token (a plain array: a Map per brief cost more than the lookups).
  const starting: (Item[] | undefined)[] = new Array<Item[] | undefined>(tokens.length + 1).fill(undefined)
  for (const item of items) {
    const list = starting[item.from]
    if (list) list.push(item)
    else starting[item.from] = [item]
  }
  const out: Resolved[] = []
  let cue: Dimension | null = null
  let negation: Negation = null
  let i = 0
  while (i < tokens.length) {
    const token = tokens[i]
    const here = starting[i]
    if (!here || !token) {
      if (token && isClauseEnd(token)) cue = null
      if (token) negation = afterToken(negation, token)
      i++
      continue
    }
    let end = i + 1
    for (const item of here) {
      end = Math.max(end, item.to)
      const after = starting[item.to]?.[0]?.candidates[0]?.reading
      const postfix: Dimension[] = after?.kind === 'dimension' ? [after.dimension] : []
      const labelled = tokens[item.to]?.raw === ':'
      const choice = choose(item, cue ? [cue, ...postfix] : postfix, locale, b2b, labelled)
      if (choice.chosen.contextOnly && !choice.cued && !beside(tokens, tableOf(), item, choice.chosen.reading.kind))
        continue
      const reading = choice.chosen.reading
      if (reading.kind === 'language' && inclusiveClause(tokens, item.from, item.to)) continue
      const phraseNote = reading.kind === 'term' && reading.note ? [reading.note] : []
      const notes: ItemNote[] = [
        ...(item.notes ?? []),
        ...phraseNote,
        ...(choice.rest.length > 0 && !choice.byCue ? (['ambiguous'] as const) : []),
      ]
      if (negation?.comma && !negation.listed && isCriterion(reading) && !negation.kinds.has(criterionKind(reading)))
        negation = null
      const excluded = negation !== null && isCriterion(reading)
      if (!(excluded && negation?.void))
        out.push({ item, reading, alternatives: choice.rest.map((c) => c.reading), excluded, notes })
      if (reading.kind === 'dimension') {
        cue = reading.dimension
        // "do not live in Helsinki": a cue right after the word keeps the exclusion open.
        if (negation?.started !== false) negation = null
      } else if (reading.kind === 'exclusion')
        negation = negation && CONTRAST.has(token.folded) ? null : negationAt(tokens, i)
      else if (reading.kind === 'scopeEnd') negation = null
      else if (excluded && negation) {
        negation.started = true
        negation.comma = false
        negation.kinds.add(criterionKind(reading))
      } else if (reading.kind === 'stopword' && negation?.started && !LIST_WORDS.has(token.folded)) negation = null
    }
    i = end
  }
  return out
}
