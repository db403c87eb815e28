import { isClauseEnd, isContent, type Token } from './brief-tokens.js'

// The scope words of a brief's negations and the words that widen rather than restrict (see brief-resolve.ts).

// "Myös ruotsinkieliset!", "Gärna också finskspråkiga", "Swedish speakers welcome too": a language named as also
// welcome widens the audience; it restricts no language.
const INCLUSIVE = new Set([
  'myos',
  'kanssa',
  'tervetulleita',
  'ocksa',
  'aven',
  'garna',
  'valkomna',
  'also',
  'too',
  'welcome',
  'as well',
])

export function inclusiveClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from - 1; i >= 0 && !isClauseEnd(tokens[i] as Token); i--)
    if (INCLUSIVE.has(tokens[i]?.folded ?? '')) return true
  for (let i = to; i < tokens.length && !isClauseEnd(tokens[i] as Token); i++)
    if (INCLUSIVE.has(tokens[i]?.folded ?? '')) return true
  return false
}

// void: a negation that relaxes instead of excluding ("ei tarvitse olla opiskelijoita", "inte nödvändigtvis
// studenter", "not necessarily students"): what it governs is neither wanted nor excluded.
// listed: "EI: opiskelijat, eläkeläiset", "Exclude: students, pensioners": a negation labelling a list governs the
// whole list up to the clause end, whatever kinds its criteria are.
export type Negation = {
  started: boolean
  gap: number
  kinds: Set<string>
  comma: boolean
  void: boolean
  listed: boolean
} | null

const RELAXING = new Set([
  'tarvitse',
  'tarvitsee',
  'valttamatta',
  'pakko',
  'nodvandigtvis',
  'behover',
  'maste',
  'necessarily',
  'need',
  'needs',
  'have',
  'has',
  'required',
  'must',
])
// "not only mothers", "inte bara mammor", "ei pelkästään äidit": the negated list is widened, not excluded; and
// "no previous experience needed", "kokemusta ei vaadita": a requirement is lifted.
const ONLY = new Set([
  'only',
  'just',
  'solely',
  'bara',
  'enbart',
  'endast',
  'pelkastaan',
  'vain',
  'ainoastaan',
  'yksinomaan',
])
const LIFTED = new Set(['needed', 'required', 'vaadita', 'tarvita', 'kravs', 'behovs'])
// "hiking rather than golf", "vandring snarare än golf": the other thing is not wanted, nor is it excluded.
const PREFERRING = new Set(['rather', 'instead', 'snarare', 'istallet', 'stallet', 'hellre'])
// "no more than 50", "no matter": "no" before a comparison word is no exclusion.
const NOT_NEGATING_AFTER_NO = new Set(['more', 'less', 'fewer', 'later', 'earlier', 'longer', 'matter', 'than'])
// "Inte golfare utan motionärer", "ei golfaajia vaan liikkujia": after a negated list, "utan" is "but", not "without".
export const CONTRAST = new Set(['utan', 'vaan'])

export function negationAt(tokens: readonly Token[], i: number): Negation {
  const next = tokens.slice(i + 1, i + 4).filter(isContent)
  if (tokens[i]?.folded === 'no' && NOT_NEGATING_AFTER_NO.has(next[0]?.folded ?? '')) return null
  const relaxed =
    next.slice(0, 2).some((t) => RELAXING.has(t.folded)) ||
    ONLY.has(next[0]?.folded ?? '') ||
    next.some((t) => LIFTED.has(t.folded)) ||
    tokens.slice(i, i + 2).some((t) => PREFERRING.has(t.folded))
  return { started: false, gap: 0, kinds: new Set(), comma: false, void: relaxed, listed: tokens[i + 1]?.raw === ':' }
}

type Excludable = { item: { from: number; to: number }; reading: { kind: string }; excluded: boolean }
const EXCLUDABLE = new Set(['term', 'geo', 'geoGroup'])
// The last word of the exclusions written after what they exclude ("rajataan pois", "exkluderas", "excluded"): a
// verb negation ("jotka eivät käy") is no such word, what it governs comes after it.
const POSTFIX = new Set(['pois', 'exkluderas', 'uteslutes', 'undantas', 'excluded', 'out'])

/**
 * "Tilitoimistot rajataan pois", "Studenter exkluderas", "Students excluded": an exclusion word that ends its clause
 * with no criterion after it excludes the criteria before it, back to the comma or clause start.
 */
export function postfixExclusions<R extends Excludable>(tokens: readonly Token[], resolved: readonly R[]): R[] {
  const out = [...resolved]
  for (const [k, r] of resolved.entries()) {
    if (r.reading.kind !== 'exclusion' || !POSTFIX.has(tokens[r.item.to - 1]?.folded ?? '')) continue
    let end = r.item.to
    while (end < tokens.length && !isClauseEnd(tokens[end] as Token) && tokens[end]?.raw !== ',') end++
    let later = false
    for (let j = k + 1; j < resolved.length && !later && (resolved[j] as R).item.from < end; j++)
      later = EXCLUDABLE.has((resolved[j] as R).reading.kind)
    // "…, ne ovat jälleenmyyjiä": a comma may follow; a criterion after the word makes it a prefix exclusion.
    if (later) continue
    let start = r.item.from
    while (start > 0 && !isClauseEnd(tokens[start - 1] as Token) && tokens[start - 1]?.raw !== ',') start--
    for (let j = k - 1; j >= 0; j--) {
      const x = out[j] as R
      if (x.item.from < start) break
      if (EXCLUDABLE.has(x.reading.kind)) out[j] = { ...x, excluded: true }
    }
  }
  return out
}
