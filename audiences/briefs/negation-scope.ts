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
export type Negation = { started: boolean; gap: number; kinds: Set<string>; comma: boolean; void: boolean } | null

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
  return { started: false, gap: 0, kinds: new Set(), comma: false, void: relaxed }
}
