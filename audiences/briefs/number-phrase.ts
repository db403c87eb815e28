import type { Token } from './brief-tokens.js'

export type Unit = 'age' | 'children' | 'money' | 'sek' | 'headcount' | 'sites' | 'percent'
export type Comparator = 'over' | 'atLeast' | 'under' | 'atMost' | null

// A number or range with the words around it that say what it counts: "yli 20 v", "30–60-vuotiaat", "€10 million".
export type NumberPhrase = {
  from: number
  to: number
  low: number
  high: number | null
  digits: string
  // As written, so a range of postal codes keeps its leading zeros ("00100–00190").
  highDigits: string | null
  comparator: Comparator
  plus: boolean
  unit: Unit | null
  // Millions of euros per unit written ("10 M€" → 1, "500 000 €" → 0.000001).
  millions: number
}

// Maps, not object literals: a brief's word ('constructor', 'valueOf') must not find Object.prototype's members.
const COMPARATORS = new Map<string, Comparator>(
  Object.entries({
    yli: 'over',
    over: 'over',
    above: 'over',
    'more than': 'over',
    vahintaan: 'atLeast',
    'at least': 'atLeast',
    minst: 'atLeast',
    fran: 'atLeast',
    from: 'atLeast',
    min: 'atLeast',
    minimum: 'atLeast',
    alle: 'under',
    under: 'under',
    below: 'under',
    'less than': 'under',
    enintaan: 'atMost',
    korkeintaan: 'atMost',
    max: 'atMost',
    maximum: 'atMost',
    hogst: 'atMost',
    'up to': 'atMost',
    'upp till': 'atMost',
  }),
)
const RANGE_WORDS = new Set(['–', '-', '—', '‑', 'to', 'till'])
const MULTIPLIERS = new Map<string, number>(
  Object.entries({
    m: 1,
    me: 1,
    meur: 1,
    milj: 1,
    miljoonaa: 1,
    miljoona: 1,
    miljoner: 1,
    miljon: 1,
    million: 1,
    millions: 1,
    mn: 1,
    mio: 1,
    k: 0.001,
    t: 0.001,
    tuhatta: 0.001,
    thousand: 0.001,
    tusen: 0.001,
    keur: 0.001,
    teur: 0.001,
    mrd: 1000,
    miljardia: 1000,
    miljard: 1000,
    miljarder: 1000,
    billion: 1000,
    bn: 1000,
  }),
)
const CURRENCIES = new Set(['€', 'eur', 'euro', 'euroa', 'euros', 'euron'])
const SEK = new Set(['kr', 'kronor', 'sek'])
const AGE_UNITS = new Set([
  'v',
  'vuotta',
  'vuoden',
  'ar',
  'aringar',
  'ariga',
  'arige',
  'years',
  'year',
  'yrs',
  'yo',
  'y',
])

function unitOf(folded: string): Unit | null {
  if (AGE_UNITS.has(folded) || folded.startsWith('vuotia')) return 'age'
  if (['lasta', 'lapsi', 'lasten', 'children', 'child', 'kids', 'barn'].includes(folded)) return 'children'
  if (/^(henk|heng|hlo|tyontekij|employee|anstalld|medarbetar|personer$|people$|staff$)/.test(folded))
    return 'headcount'
  if (/^(toimipaik|toimipist|sites?$|locations$|verksamhetsstall|kontor)/.test(folded)) return 'sites'
  return null
}

// "2,000 employees": a comma before groups of three digits separates thousands; "1,20 €" is a decimal comma.
function valueOf(raw: string): number | null {
  if (/^[0-9]{1,3}(,[0-9]{3})+$/.test(raw)) return Number(raw.replaceAll(',', ''))
  return /^[0-9]+([.,][0-9]+)?$/.test(raw) ? Number(raw.replace(',', '.')) : null
}

// "10 000" is one number: a group of three digits after a single space.
function readNumber(
  tokens: readonly Token[],
  at: number,
  text: string,
): { value: number; digits: string; next: number } | null {
  const first = tokens[at]
  const value = first?.kind === 'number' ? valueOf(first.folded) : null
  if (!first || value === null) return null
  let digits = first.folded
  let next = at + 1
  for (
    let group = tokens[next];
    group?.kind === 'number' &&
    /^[0-9]{3}$/.test(group.folded) &&
    text.slice(tokens[next - 1]?.end, group.start) === ' ';
    group = tokens[next]
  ) {
    if (!/^[0-9]+$/.test(digits)) break
    digits += group.folded
    next++
  }
  return { value: next === at + 1 ? value : Number(digits), digits, next }
}

function comparatorBefore(tokens: readonly Token[], at: number): { comparator: Comparator; from: number } {
  const one = tokens[at - 1]
  const two = tokens[at - 2]
  const pair = one && two ? COMPARATORS.get(`${two.folded} ${one.folded}`) : undefined
  if (pair) return { comparator: pair, from: at - 2 }
  const single = one?.kind === 'word' ? COMPARATORS.get(one.folded) : undefined
  if (single) return { comparator: single, from: at - 1 }
  return { comparator: null, from: at }
}

function unitAfter(tokens: readonly Token[], at: number): { unit: Unit | null; millions: number; to: number } {
  const none = { unit: null, millions: 1, to: at }
  const hyphen = tokens[at]?.raw === '-' && tokens[at + 1]?.kind === 'word' && tokens[at]?.end === tokens[at + 1]?.start
  const i = hyphen ? at + 1 : at
  const word = tokens[i]
  if (!word) return none
  if (word.raw === '%') return { unit: 'percent', millions: 1, to: i + 1 }
  const multiplier = MULTIPLIERS.get(word.folded)
  const currency = multiplier === undefined ? word : tokens[i + 1]
  const end = multiplier === undefined ? i + 1 : i + 2
  if (currency && CURRENCIES.has(currency.folded)) return { unit: 'money', millions: multiplier ?? 1e-6, to: end }
  if (currency && SEK.has(currency.folded)) return { unit: 'sek', millions: multiplier ?? 1e-6, to: end }
  if (multiplier !== undefined) return { unit: 'money', millions: multiplier, to: i + 1 }
  const unit = word.kind === 'word' ? unitOf(word.folded) : null
  return unit ? { unit, millions: 1, to: i + 1 } : none
}

/** Reads the number phrase starting at a number token, or null when the token is not a plain number. */
export function readNumberPhrase(tokens: readonly Token[], at: number, text: string): NumberPhrase | null {
  const low = readNumber(tokens, at, text)
  if (!low) return null
  const currencyBefore = CURRENCIES.has(tokens[at - 1]?.folded ?? '') ? at - 1 : null
  const before = comparatorBefore(tokens, currencyBefore ?? at)
  let next = low.next
  let high: number | null = null
  let highDigits: string | null = null
  const dash = tokens[next]
  if (dash && RANGE_WORDS.has(dash.folded)) {
    const upper = readNumber(tokens, next + 1, text)
    if (upper) [high, highDigits, next] = [upper.value, upper.digits, upper.next]
  }
  const plus = tokens[next]?.raw === '+'
  if (plus) next++
  const after = unitAfter(tokens, next)
  const unit = currencyBefore !== null && after.unit === null ? 'money' : after.unit
  const millions = currencyBefore !== null && after.unit === null ? 1e-6 : after.millions
  return {
    from: before.from,
    to: Math.max(after.to, next),
    low: low.value,
    high,
    digits: low.digits,
    highDigits,
    comparator: before.comparator,
    plus,
    unit,
    millions,
  }
}
