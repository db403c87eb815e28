import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { Dimension } from './brief-schema.js'
import { isClauseEnd, type Token } from './brief-tokens.js'
import type { Reading } from './brief-lexicon.js'
import { itemsByToken, type Item, type ItemNote } from './lexicon-scan.js'
import { readNumberPhrase, type NumberPhrase } from './number-phrase.js'
import { bucketsOf, headcountRange, intervalOf, pickBuckets, revenueRange } from './number-buckets.js'

// The nearest cue before the number, every cue in reach, and whether a lower or upper limit is named.
// budget: the amount is the campaign's own money ("Budjetti n. 3000 €"), not a company's revenue.
type Context = {
  dimension: Dimension | null
  seen: ReadonlySet<Dimension>
  lowerLimit: boolean
  upperLimit: boolean
  budget: boolean
  // "naiset yli 40", "alla över 25", "women over 40": people named right before a bare limit.
  person?: boolean
}
type Read = { readings: Reading[]; notes: ItemNote[] } | null

const CUE_REACH = 6
// "13–17-vuotiaiden lasten vanhemmat": the children come after their age.
const CHILDREN_AFTER = new Set([
  'lasten',
  'lapset',
  'lapsia',
  'lapsille',
  'children',
  'childrens',
  "children's",
  'kids',
  'barn',
  'barnen',
])

const PERSON_WORDS = new Set([
  'kaikki',
  'ihmiset',
  'henkilot',
  'asukkaat',
  'alla',
  'personer',
  'manniskor',
  'boende',
  'everyone',
  'everybody',
  'people',
  'adults',
  'residents',
])

function contextBefore(tokens: readonly Token[], table: readonly (Item | undefined)[], from: number): Context {
  let dimension: Dimension | null = null
  const seen = new Set<Dimension>()
  let lowerLimit = false
  let upperLimit = false
  let budget = false
  for (let i = from - 1; i >= 0 && i >= from - CUE_REACH; i--) {
    const token = tokens[i]
    if (!token || isClauseEnd(token)) break
    lowerLimit ||= /^(alaraj|minimi|nedre)/.test(token.folded)
    upperLimit ||= /^(ylaraj|maksimi|ovre)/.test(token.folded)
    budget ||= /budje?t|budget|mediaspend|spend$/.test(token.folded)
    const reading = table[i]?.candidates[0]?.reading
    // "med barn under 7 år", "familjer med barn 3–12 år": a parental term right before names the children too.
    if (
      reading?.kind === 'term' &&
      reading.facet === 'parentalStatus' &&
      i === from - 1 &&
      CHILDREN_AFTER.has(token.folded)
    )
      seen.add('children')
    if (reading?.kind !== 'dimension') continue
    dimension ??= reading.dimension
    seen.add(reading.dimension)
  }
  return { dimension, seen, lowerLimit, upperLimit, budget }
}

function term(taxonomy: Taxonomy, key: string): Reading[] {
  const entry = taxonomy.term(key)
  return entry ? [{ kind: 'term', facet: entry.facet, value: key, labels: entry.labels, note: null }] : []
}

function ageOf(p: NumberPhrase, ctx: Context): Read {
  const notes: ItemNote[] = []
  let [min, max]: (number | undefined)[] = [undefined, undefined]
  if (p.high !== null) {
    ;[min, max] = p.low <= p.high ? [p.low, p.high] : [p.high, p.low]
    if (p.low > p.high) notes.push('age_swapped')
  } else if (p.plus || p.comparator === 'over' || p.comparator === 'atLeast' || ctx.lowerLimit) {
    min = p.low
    if (p.comparator === 'over') notes.push('age_over_inclusive')
  } else if (p.comparator === 'under') max = p.low - 1
  else if (p.comparator === 'atMost' || ctx.upperLimit) max = p.low
  else {
    ;[min, max] = [p.low, p.low]
    notes.push('age_single')
  }
  const valid = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0 && n <= 120)
  if (!valid(min) || !valid(max)) return null
  const reading: Reading = { kind: 'age', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }
  return { readings: [reading], notes }
}

function childrenOf(p: NumberPhrase, taxonomy: Taxonomy): Read {
  // "2–3 lasta", "2 kids" count children; "kids under 10", "barn under 7 år" give their age.
  if (p.unit === 'children' || (p.unit !== 'age' && p.high === null && p.comparator === null))
    return { readings: term(taxonomy, 'parental.parent'), notes: ['children_count'] }
  const [lo, hi] =
    p.comparator === 'under'
      ? [0, p.low - 1]
      : p.comparator === 'over' || p.plus
        ? [p.low, 17]
        : [p.low, p.high ?? p.low]
  const keys = [
    ...(lo <= 12 ? ['parental.young-children'] : []),
    ...(hi >= 13 && lo <= 17 ? ['parental.teenagers'] : []),
    ...(lo >= 18 ? ['parental.parent'] : []),
  ]
  return { readings: keys.flatMap((k) => term(taxonomy, k)), notes: ['children_age'] }
}

function revenueOf(p: NumberPhrase, taxonomy: Taxonomy): Read {
  const keys = pickBuckets(bucketsOf(taxonomy, revenueRange), intervalOf(p, p.millions, false))
  return { readings: keys.flatMap((k) => term(taxonomy, k)), notes: ['revenue_buckets'] }
}

function headcountOf(p: NumberPhrase, taxonomy: Taxonomy): Read {
  const keys = pickBuckets(bucketsOf(taxonomy, headcountRange), intervalOf(p, 1, true))
  return { readings: keys.flatMap((k) => term(taxonomy, k)), notes: ['headcount_buckets'] }
}

const MAX_POSTAL_SPAN = 2000
const MAX_POSTAL_CODES = 300

const postalReading = (code: string): Reading => ({
  kind: 'geo',
  geo: { postalCode: code, country: 'FI' },
  labels: { fi: code, sv: code, en: code },
})

// "65100–65380": every code of the postal data between the two, when both ends are codes of one area.
function postalRange(p: NumberPhrase, cue: Dimension | null, taxonomy: Taxonomy): Read {
  const [low, high] = [p.digits, p.highDigits ?? '']
  if (!/^[0-9]{5}$/.test(low) || !/^[0-9]{5}$/.test(high) || p.comparator !== null) return null
  const [a, b] = [Number(low), Number(high)]
  const known = taxonomy.postalCode('FI', low) !== undefined && taxonomy.postalCode('FI', high) !== undefined
  if (!(a < b) || b - a > MAX_POSTAL_SPAN || !(cue === 'geo' || (known && low.slice(0, 2) === high.slice(0, 2))))
    return null
  const readings: Reading[] = []
  for (let n = a; n <= b && readings.length < MAX_POSTAL_CODES; n++) {
    const code = String(n).padStart(5, '0')
    if (taxonomy.postalCode('FI', code)) readings.push(postalReading(code))
  }
  return readings.length > 0 ? { readings, notes: ['postal_range'] } : null
}

// "hinnat alk. 39 €", "CPC alle 1,20 €": an amount under 100 000 € with no revenue cue is a price or a cost.
const REVENUE_FLOOR_MILLIONS = 0.1
const priceLike = (p: NumberPhrase, ctx: Context) =>
  !ctx.seen.has('companyRevenue') && Math.max(p.low, p.high ?? 0) * p.millions < REVENUE_FLOOR_MILLIONS

function decide(p: NumberPhrase, ctx: Context, taxonomy: Taxonomy): Read {
  const cue = ctx.dimension
  if (p.unit === 'percent') return null
  if (p.unit === 'sek')
    return { readings: [{ kind: 'dimension', dimension: 'companyRevenue' }], notes: ['currency_not_euro'] }
  if (ctx.seen.has('children') || p.unit === 'children') return childrenOf(p, taxonomy)
  if (p.unit === 'money' && cue === 'companyProfit')
    return { readings: term(taxonomy, 'companyProfit.positive'), notes: ['profit_threshold'] }
  if (p.unit === 'money') return ctx.budget || priceLike(p, ctx) ? null : revenueOf(p, taxonomy)
  if (p.unit === 'headcount' || cue === 'companySize') return headcountOf(p, taxonomy)
  if (p.unit === 'sites' || cue === 'companySites')
    return p.low >= 2 || p.comparator === 'over'
      ? { readings: term(taxonomy, 'companySites.multiple'), notes: [] }
      : null
  if (p.unit === 'age' || cue === 'age') return ageOf(p, ctx)
  if (ctx.person && cue === null && p.comparator !== null && p.high === null && p.low >= 13 && p.low <= 100)
    return ageOf(p, ctx)
  const range = p.high !== null ? postalRange(p, cue, taxonomy) : null
  if (range) return range
  const postal = /^[0-9]{5}$/.test(p.digits) && p.high === null && p.comparator === null
  if (postal && (cue === 'geo' || taxonomy.postalCode('FI', p.digits)))
    return { readings: [postalReading(p.digits)], notes: [] }
  if (p.plus && p.low >= 13 && p.low <= 100) return ageOf(p, ctx)
  if (p.high !== null && p.low >= 13 && p.low < p.high && p.high <= 100 && p.comparator === null) {
    const age = ageOf(p, ctx)
    return age && { readings: age.readings, notes: [...age.notes, 'bare_range_as_age'] }
  }
  return null
}

// "Reach 200 000 people", "tavoitteena 50 000 ihmistä", "nå 30 000 personer": how many people the ad should reach,
// not how many a company employs.
const REACH = /^(reach|reaching|audience|goal|na|nas|rackvidd|visningar|impressions)$|^(tavoit|yleiso|nakyvyy)/
const REACH_SPAN = 3
const reachBefore = (tokens: readonly Token[], p: { from: number }) =>
  tokens.slice(Math.max(0, p.from - REACH_SPAN), p.from).some((t) => t.kind === 'word' && REACH.test(t.folded))

/** Reads ages, children's ages and counts, revenue, headcount, sites and postal codes from the numbers of a brief. */
export function readNumbers(
  tokens: readonly Token[],
  text: string,
  lexical: readonly Item[],
  taxonomy: Taxonomy,
): Item[] {
  const covered = new Set<number>()
  for (const item of lexical) {
    const kind = item.candidates[0]?.reading.kind
    if (kind === 'term' || kind === 'geo' || kind === 'geoGroup' || kind === 'distance' || kind === 'age')
      for (let i = item.from; i < item.to; i++) covered.add(i)
  }
  const out: Item[] = []
  const table = itemsByToken(lexical, tokens.length)
  for (let at = 0; at < tokens.length; at++) {
    if (tokens[at]?.kind !== 'number' || covered.has(at)) continue
    const phrase = readNumberPhrase(tokens, at, text)
    if (!phrase || covered.has(phrase.from)) continue
    if (phrase.unit === 'headcount' && reachBefore(tokens, phrase)) continue
    const before = contextBefore(tokens, table, phrase.from)
    const childrenAfter = CHILDREN_AFTER.has(tokens[phrase.to]?.folded ?? '')
    const person =
      table[phrase.from - 1]?.candidates[0]?.reading.kind === 'gender' ||
      PERSON_WORDS.has(tokens[phrase.from - 1]?.folded ?? '')
    const read = decide(
      phrase,
      { ...before, person, ...(childrenAfter ? { seen: new Set([...before.seen, 'children' as const]) } : {}) },
      taxonomy,
    )
    if (!read) continue
    // Several readings of one number are all meant (30–60 M€ is two revenue bands): one item each, same span.
    const headcount = read.notes.includes('headcount_buckets')
    read.readings.forEach((reading, i) =>
      out.push({
        from: phrase.from,
        to: phrase.to,
        candidates: [{ reading, rank: 0, lang: 'en' }],
        notes: i === 0 ? read.notes : [],
        ...(headcount ? { origin: 'headcount' as const } : {}),
      }),
    )
    at = phrase.to - 1
  }
  return out
}
