import type { Token } from './brief-tokens.js'
import { isClauseEnd, wordPair } from './brief-tokens.js'
import type { Item } from './lexicon-scan.js'

// The parts of a brief that frame it rather than describe the audience: the sender's signature, the client's or
// a competitor's company name, and the clause that names what is advertised. Words there are not criteria.

// A line that opens a sign-off: everything from it on is the sender's name, title, company and address.
const CLOSINGS = [
  'terveisin',
  'ystavallisin terveisin',
  'parhain terveisin',
  'kiitos',
  'kiitos paljon',
  'kiitti',
  'mvh',
  'med vanlig halsning',
  'med vanliga halsningar',
  'vanliga halsningar',
  'halsningar',
  'halsning',
  'tack',
  'thanks',
  'thank you',
  'thx',
  'best',
  'best regards',
  'kind regards',
  'regards',
  'br',
  'cheers',
  'sincerely',
]
const CLOSING_SET = new Set(CLOSINGS)
const LONGEST_CLOSING = Math.max(...CLOSINGS.map((c) => c.split(' ').length))

// Company forms written after a name ("Kipinä Oy", "Fiskars Group") and words that introduce a client by name.
const COMPANY_FORMS = new Set([
  'oy',
  'oyj',
  'ab',
  'abp',
  'ky',
  'tmi',
  'ltd',
  'inc',
  'llc',
  'gmbh',
  'group',
  'as',
  'aps',
])
const CLIENT_WORDS = new Set([
  'asiakkaamme',
  'asiakas',
  'kund',
  'kunden',
  'client',
  'customer',
  'kilpailija',
  'competitor',
])
const CLIENT_PAIRS = new Set([
  'var kund',
  'our client',
  'our customer',
  'the client',
  'meidan asiakkaamme',
  // "anställda på Volvo och Ericsson", "employees at Visma": the employer named is no interest.
  'anstallda pa',
  'anstallda vid',
  'jobbar pa',
  'arbetar pa',
  'employees at',
  'employees of',
  'staff at',
  'working at',
  'work at',
])
const LIST = new Set(['ja', 'tai', 'seka', 'och', 'eller', 'samt', 'and', 'or', ',', '&'])

// Verbs that name what the ad is about: the words after them up to the clause end are the product, not the audience.
const PRODUCT_VERBS = new Set([
  'mainostetaan',
  'mainostamme',
  'markkinoidaan',
  'markkinoimme',
  'avaa',
  'avaamme',
  'avataan',
  'lanseeraa',
  'lanseeraamme',
  'marknadsfor',
  'marknadsfora',
  'oppnar',
  'lanserar',
  'promoting',
  'promote',
  'advertising',
  'advertise',
  'opening',
  'launching',
])
const PRODUCT_PAIRS = new Set([
  'promo for',
  'campaign for',
  'kampanj for',
  'kampanja for',
  // "Asiakas on paikallinen autoliike", "client is a boutique hotel", "vi hjälper ICA": who the client is.
  'asiakas on',
  'asiakkaamme on',
  'asiakkaana on',
  'client is',
  'kunden ar',
  'kund ar',
  'vi hjalper',
  'we help',
  'helping',
  // "Vi säljer arbetskläder", "they sell sauna heaters", "ne myyvät": what the client sells.
  'vi saljer',
  'de saljer',
  'we sell',
  'they sell',
  'vi erbjuder',
  'we offer',
  'he myyvat',
  'ne myyvat',
  // "spring promo on compact dishwashers", "tarjous talvirenkaista": what is on offer.
  'promo on',
  'offer on',
  'sale on',
  'discount on',
  'kampanj pa',
  'erbjudande pa',
  // "our webinar on cybersecurity": the topic of the event advertised.
  'webinar on',
  'webinar about',
  'seminar on',
  'webbinarium om',
  'seminarium om',
])
// "myymme", "tarjoamme", "the client sells": the verb alone says the client sells what follows.
for (const verb of ['myymme', 'tarjoamme', 'sells']) PRODUCT_VERBS.add(verb)
// "Uusi ravintola avataan Jyväskylään", "Ett nytt gym öppnar", "A new gym opens": the subject before such a verb is
// the product too, back to the clause or comma.
const PRODUCT_SUBJECT_VERBS = new Set([
  'avataan',
  'avautuu',
  'lanseerataan',
  'mainostetaan',
  'markkinoidaan',
  'oppnar',
  'oppnas',
  'lanseras',
  'opens',
  'launches',
])

const lineStart = (tokens: readonly Token[], i: number) => i === 0 || tokens[i - 1]?.kind === 'break'

/** The index of the first token of a signature ("Terveisin", "Mvh", "Best,", "--", "//Johan"), or the length. */
export function signatureStart(tokens: readonly Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    if (!lineStart(tokens, i)) continue
    const t = tokens[i]
    if (!t) continue
    if (t.kind === 'punct' && (t.raw === '-' || t.raw === '/') && tokens[i + 1]?.raw === t.raw) return i
    const words: string[] = []
    for (let j = i; j < tokens.length && words.length < LONGEST_CLOSING; j++) {
      const w = tokens[j]
      if (w?.kind !== 'word') break
      words.push(w.folded)
      const next = tokens[j + 1]
      // The closing stands alone on its line or before a comma, a mark or a name: "Best, Tom", "Thanks!".
      const ends = !next || next.kind === 'break' || (next.kind === 'punct' && /^[,!.:]$/.test(next.raw))
      if (ends && CLOSING_SET.has(words.join(' '))) return i
    }
  }
  return tokens.length
}

const capitalised = (t: Token | undefined) => t?.kind === 'word' && t.upper

/** Token ranges [from, to) that name a company: a capitalised run before a company form or after "our client". */
export function companySpans(tokens: readonly Token[]): [number, number][] {
  const spans: [number, number][] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t?.kind !== 'word') continue
    if (COMPANY_FORMS.has(t.folded) && (t.upper || t.folded === 'ab') && capitalised(tokens[i - 1])) {
      let from = i - 1
      while (from > 0 && capitalised(tokens[from - 1]) && !lineStart(tokens, from)) from--
      spans.push([from, i + 1])
      continue
    }
    const pair = wordPair(tokens, i)
    const after = CLIENT_PAIRS.has(pair) ? i + 2 : CLIENT_WORDS.has(t.folded) ? i + 1 : -1
    if (after < 0 || !capitalised(tokens[after])) continue
    let to = after
    // "Volvo och Ericsson": a list of names runs on through list words.
    while (capitalised(tokens[to]) || (LIST.has(tokens[to]?.folded ?? '') && capitalised(tokens[to + 1]))) to++
    spans.push([after, to])
  }
  return spans
}

/** Token ranges [from, to) of clauses that name the advertised product ("mainostetaan uutta kuntosalia …"). */
export function productSpans(tokens: readonly Token[]): [number, number][] {
  const spans: [number, number][] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t?.kind !== 'word') continue
    const pair = PRODUCT_PAIRS.has(wordPair(tokens, i))
    if (!pair && !PRODUCT_VERBS.has(t.folded)) continue
    let from = i
    if (PRODUCT_SUBJECT_VERBS.has(t.folded))
      while (from > 0 && !isClauseEnd(tokens[from - 1]!) && !/^[,:–—]$/.test(tokens[from - 1]!.raw)) from--
    let to = i + (pair ? 2 : 1)
    while (to < tokens.length) {
      const u = tokens[to]
      if (!u || isClauseEnd(u) || (u.kind === 'punct' && /^[:–—]$/.test(u.raw))) break
      to++
    }
    spans.push([from, to])
    i = to
  }
  return spans
}

// "Car insurance switch campaign", "SaaS onboarding campaign", "Financial services ad category": the words right
// before such a head name the product or the ad category, not the audience.
const CAMPAIGN_HEADS = new Set(['campaign', 'promo', 'promotion', 'launch', 'category', 'kategori', 'annonskategori'])
const BEFORE_HEAD = 4
export function headedSpans(tokens: readonly Token[]): [number, number][] {
  const spans: [number, number][] = []
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]?.kind !== 'word' || !CAMPAIGN_HEADS.has(tokens[i]!.folded)) continue
    let from = i
    while (from > 0 && i - from < BEFORE_HEAD && tokens[from - 1]?.kind === 'word' && !lineStart(tokens, from)) {
      if (/^(for|the|a|an|our|to|och|and|ja|in|i|of|on)$/.test(tokens[from - 1]!.folded)) break
      from--
    }
    if (from < i) spans.push([from, i])
  }
  // "syyshuoltokampanja (talvirenkaat + rengashotelli)", "spring campaign (dishwashers)": the brackets after a
  // campaign word list what it sells.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i + 1]?.raw !== '(' || !/(kampanja|kampanj|campaign|promo)$/.test(tokens[i]?.folded ?? '')) continue
    let to = i + 2
    while (to < tokens.length && tokens[to]?.raw !== ')' && tokens[to]?.kind !== 'break') to++
    spans.push([i + 2, to])
  }
  return spans
}

const inside = (item: Item, spans: readonly [number, number][]) =>
  spans.some(([from, to]) => item.from >= from && item.to <= to)

/**
 * The items that describe the audience: those in the signature and in company names are dropped (the spans become
 * filler); in a product clause the terms are dropped, and its places too when the brief names places elsewhere.
 */
export function dropFraming(tokens: readonly Token[], items: readonly Item[]): Item[] {
  const end = signatureStart(tokens)
  const companies = companySpans(tokens)
  const products = [...productSpans(tokens), ...headedSpans(tokens)]
  const isGeo = (item: Item) => item.candidates.some((c) => c.reading.kind === 'geo' || c.reading.kind === 'geoGroup')
  const isTerm = (item: Item) => item.candidates.every((c) => c.reading.kind === 'term')
  const kept = items.filter((item) => item.from < end && !inside(item, companies))
  const geoElsewhere = kept.some((item) => isGeo(item) && !inside(item, products))
  const described = kept.filter((item) => !inside(item, products) || !(isTerm(item) || (geoElsewhere && isGeo(item))))
  // The signature and the company names are understood as filler: not left unrecognised, not offered as free text.
  const frames: [number, number][] = [
    ...(end < tokens.length ? [[end, tokens.length] as [number, number]] : []),
    ...companies,
  ]
  const filler = frames.map(([from, to]): Item => ({
    from,
    to,
    candidates: [{ reading: { kind: 'stopword' }, rank: 4, lang: 'en' }],
  }))
  return [...described, ...filler].sort((a, b) => a.from - b.from)
}
