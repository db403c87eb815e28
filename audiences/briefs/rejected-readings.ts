import { BRIEF_STRUCTURE } from './brief-data.js'
import type { Token } from './brief-tokens.js'
import { isClauseEnd } from './brief-tokens.js'
import { itemsWithin as within } from './item-spans.js'
import type { Item } from './lexicon-scan.js'

// Words a planner writes around an audience without asking for it: a suggestion answered "no", the "not X" half of a
// contrast ("ei X vaan Y"), the department a list comes from ("HR:ltä") and the advertiser's own description of
// itself or of its product ("Kitchen appliance retailer", "payroll software"). Reading them as criteria (or as
// exclusions) would be wrong, so they are dropped and stay offered as free text.

const words = (s: string) => new Set(s.split(' '))
const readingOf = (item: Item) => item.candidates[0]?.reading
const kindOf = (item: Item) => readingOf(item)?.kind
const CRITERIA = words('term geo geoGroup age gender language distance')
const isCriterion = (item: Item) => CRITERIA.has(kindOf(item) ?? '')

// ---- A suggestion answered "no": "Även turister? -> nej, skippa dem", "Opiskelijat? Ei käy.", "Students – not these"
const ANSWER_MARKS = words('? → ⇒ – — :')
// An answer that rejects alone ("nej", "ei", "no") must end there: "no," "nej." — "ei lapsiperheitä" is a negation.
const NO_WORDS = words('nej no ei nope nah icke')
const REJECT_VERBS = words('skippa skip drop stryk hoppa unohda unohdetaan jatetaan pudotetaan poistetaan')
const REJECT_PAIRS = new Set(
  'ei kay,ei kayda,ei naita,ei niita,ei heita,not these,not those,not them,inte dessa,inte dem,inte de'.split(','),
)

/** The number of tokens of a rejecting answer starting at i (after punctuation), or 0. */
function rejectionAt(tokens: readonly Token[], i: number): number {
  let j = i
  while (tokens[j]?.kind === 'punct' && /^[-–>→⇒]$/.test(tokens[j]!.raw)) j++
  const t = tokens[j]
  if (t?.kind !== 'word') return 0
  const next = tokens[j + 1]
  if (REJECT_PAIRS.has(`${t.folded} ${next?.folded ?? ''}`)) return j + 2 - i
  if (REJECT_VERBS.has(t.folded)) return j + 1 - i
  const alone = !next || next.kind === 'break' || (next.kind === 'punct' && /^[,.!;]$/.test(next.raw))
  return NO_WORDS.has(t.folded) && alone ? j + 1 - i : 0
}

function rejectedDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (let i = 1; i < tokens.length; i++) {
    const mark = tokens[i]!
    const arrow = mark.raw === '-' && tokens[i + 1]?.raw === '>'
    if (mark.kind !== 'punct' || !(ANSWER_MARKS.has(mark.raw) || arrow)) continue
    const n = rejectionAt(tokens, i + 1)
    if (n === 0) continue
    // A question runs back to the previous clause end ("Även turister som bokat stuga? -> nej"); a suggestion marked
    // by a dash or colon only back to the previous comma or dash ("Vantaa, students – not these").
    const question = mark.raw === '?' || tokens[i - 1]?.raw === '?'
    let from = mark.raw === '?' ? i : i - 1
    const stop = (t: Token) => isClauseEnd(t) || (!question && /^[,–—:]$/.test(t.raw))
    while (from > 0 && !stop(tokens[from - 1]!)) from--
    for (const item of within(items, from, i)) if (isCriterion(item) || kindOf(item) === 'exclusion') drop.add(item)
    // The answer's own words ("skippa dem") exclude nothing else.
    let to = i + 1 + n
    while (to < tokens.length && !isClauseEnd(tokens[to]!)) to++
    for (const item of within(items, i + 1, to)) if (kindOf(item) === 'exclusion') drop.add(item)
    i = to
  }
}

// ---- A contrast: "EI ulkomaiset matkailijat vaan kotimaiset perheet", "inte X utan Y", "not X but Y". The second
// half says who is meant; the first half is what the audience is not, usually broader than any criterion for it.
const CONTRAST_NEGATIONS = words('ei eika inte ej not')
const CONTRAST_WORDS = words('vaan vaa utan but')
// "ei vain X vaan myös Y", "not only X but also Y": both halves are the audience.
const ONLY = words('vain ainoastaan pelkastaan pelkat only just merely bara endast enbart')
const CONTRAST_REACH = 8

function contrastDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== 'word' || !CONTRAST_NEGATIONS.has(t.folded) || ONLY.has(tokens[i + 1]?.folded ?? '')) continue
    let k = i + 1
    while (k < tokens.length && k <= i + CONTRAST_REACH && !isClauseEnd(tokens[k]!) && tokens[k]!.raw !== ',') {
      if (tokens[k]!.kind === 'word' && CONTRAST_WORDS.has(tokens[k]!.folded)) break
      k++
    }
    if (!CONTRAST_WORDS.has(tokens[k]?.folded ?? '') || tokens[k]?.kind !== 'word') continue
    // "Ei golfaajia vaan …" excludes golfers; "EI ulkomaiset matkailijat vaan …" would exclude every traveller:
    // a word left unread in the first half narrows it, and the criterion read would be broader than what is meant.
    const half = within(items, i + 1, k)
    const read = new Uint8Array(k - i)
    for (const item of half) read.fill(1, item.from - i, item.to - i)
    let narrowed = false
    for (let j = i + 1; j < k; j++) narrowed ||= read[j - i] === 0 && tokens[j]!.kind === 'word'
    if (!narrowed) continue
    for (const item of within(items, i, k)) if (isCriterion(item) || kindOf(item) === 'exclusion') drop.add(item)
    // "utan" also reads "without": here it only joins the halves.
    for (const item of within(items, k, k + 1)) if (kindOf(item) === 'exclusion') drop.add(item)
    i = k
  }
}

// ---- Where a list comes from: "lista tulee HR:ltä", "listan kommer från HR", "the CRM list from marketing". The
// department is the sender, not the audience's job function.
const FROM = words('from fran')
const LIST_WORDS = /^(lista|list|fil$|filen|file|tiedosto|crm|data|rekister|register|excel)/
function sourceDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (const item of items) {
    const r = readingOf(item)
    if (r?.kind !== 'term' || (r.facet !== 'jobFunction' && r.facet !== 'industry')) continue
    // "HR:ltä", "IT:ltä": the ablative of an abbreviation is "from".
    if (/:lt[aä]$/i.test(tokens[item.to - 1]?.raw ?? '')) {
      drop.add(item)
      continue
    }
    if (!FROM.has(tokens[item.from - 1]?.folded ?? '')) continue
    let from = item.from - 1
    while (from > 0 && !isClauseEnd(tokens[from - 1]!)) from--
    if (tokens.slice(from, item.from - 1).some((t) => t.kind === 'word' && LIST_WORDS.test(t.folded))) drop.add(item)
  }
}

// ---- The advertiser's own description before the first comma or clause end: "Kitchen appliance retailer, spring
// promo …", "Möbelkedja i Umeå – …". A singular business noun names who writes, not whom to reach (Swedish
// "företag", "tillverkare" and "handlare" are plural too, so they are not among them).
const ADVERTISER_HEADS = words(
  'retailer store shop chain brand manufacturer company startup clinic agency dealer dealership butik kedja klinik kauppa liike ketju valmistaja klinikka jalleenmyyja',
)
function advertiserDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  let end = 0
  while (end < tokens.length && tokens[end]?.kind !== 'punct' && tokens[end]?.kind !== 'break') end++
  const last = tokens[end - 1]
  // A brief that is only the opening ("Kodinkoneliike") has nothing else to be the audience: it is kept.
  const rest = tokens.slice(end).some((t) => t.kind === 'word')
  if (end < 2 || !rest || last?.kind !== 'word' || !ADVERTISER_HEADS.has(last.folded)) return
  for (const item of within(items, 0, end)) if (kindOf(item) === 'term') drop.add(item)
}

// ---- A product named by its head: "our payroll software", "taloushallinnon softalle", "bokföringsprogrammet för
// byråer": the words right before the head say what the product does, not who uses it.
const PRODUCT_HEADS =
  /^(software|softwares|app|apps|application|platform|tool|saas|softa|softan|softalle|ohjelmisto|sovellu|jarjestelma|mjukvar|programvar|appen|plattform|verktyg)/
// "food delivery app users", "software developers": the head is then part of who the audience is.
const USERS =
  /^(user|kayttaj|anvandar|developer|kehittaj|utvecklar|engineer|insinoor|ingenjor|specialist|expert|asiantunt)/
function productDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  const covered = new Uint8Array(tokens.length + 1)
  for (const item of items) if (kindOf(item) !== 'stopword') covered.fill(1, item.from, item.to)
  for (const item of items) {
    if (kindOf(item) !== 'term') continue
    const head = tokens[item.to]
    const after = tokens[item.to + 1]
    const used = after?.kind === 'word' && USERS.test(after.folded)
    if (head?.kind === 'word' && PRODUCT_HEADS.test(head.folded) && covered[item.to] === 0 && !used) {
      drop.add(item)
      // "softalle (palkanlaskenta + kirjanpito yhdessä)": the brackets after the product describe it.
      if (tokens[item.to + 1]?.raw !== '(') continue
      let to = item.to + 2
      while (to < tokens.length && tokens[to]?.raw !== ')' && tokens[to]?.kind !== 'break') to++
      for (const inner of within(items, item.to + 2, to)) if (kindOf(inner) === 'term') drop.add(inner)
    }
  }
}

// ---- A negation of a narrowed criterion: "EI ulkomaiset matkailijat", "inte utländska turister", "not foreign
// tourists", "jotka eivät omista autoa". The word left unread before the criterion narrows it (foreign tourists, owning
// a car); excluding the whole criterion (all travellers, every car enthusiast) would exclude far more than meant, so
// neither the criterion nor the negation is read and the words stay free text.
const PRE_NEGATIONS = words('ei eika eivat en et emme ette inte ej inga ingen inget no not without ilman utan')
const NEGATION_REACH = 4
// "ei myöskään opiskelijoita", "inte heller studenter", "not even students": an adverb of the negation narrows nothing.
const NEGATION_ADVERBS = words(
  'myoskaan edes enaa koskaan kylla jo heller ens aldrig langre redan even ever anymore any also already yet',
)
// "ei kiinnosta golf", "gillar inte golf", "don't like golf": a verb of liking keeps the criterion what it is.
const LIKING_VERBS = words('kiinnosta harrasta pida tykkaa valita gillar intresserar like enjoy care')
const FUNCTION_WORDS = new Set([
  ...Object.values(BRIEF_STRUCTURE.functionWords).flat(),
  ...NEGATION_ADVERBS,
  ...LIKING_VERBS,
])
function narrowedNegationDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  let covered: Uint8Array | null = null
  for (const [n, negation] of items.entries()) {
    if (kindOf(negation) !== 'exclusion' || !PRE_NEGATIONS.has(tokens[negation.from]?.folded ?? '')) continue
    const target = items.slice(n + 1).find((item) => kindOf(item) !== 'stopword')
    if (!target || !isCriterion(target) || target.from > negation.to + NEGATION_REACH) continue
    if (tokens.slice(negation.to, target.from).some((t) => isClauseEnd(t) || t.raw === ',')) continue
    const before = tokens[target.from - 1]
    if (target.from - 1 < negation.to || before?.kind !== 'word' || before.folded.length < 4) continue
    if (FUNCTION_WORDS.has(before.folded) || tokens[target.from]?.joined) continue
    if (!covered) {
      covered = new Uint8Array(tokens.length)
      for (const item of items) covered.fill(1, item.from, item.to)
    }
    if (covered[target.from - 1] === 1) continue
    drop.add(target)
    drop.add(negation)
  }
}

// ---- A criterion said to be of no interest after it: "rakennusala ei kiinnosta", "golf är inte aktuellt", "sports
// are not relevant". It is not wanted; whether it is to be excluded the brief does not say, so it is not read.
const AFTER_NEGATION =
  /^(kiinnosta|kiinnostavia|kiinnostava|kay|kayda|relevant|relevantti|olennainen|aktuell|aktuellt|intressant|intressanta|interesting|needed|wanted|tarpeen|tarvita|kohderyhmaa|kohderyhma|malgrupp|malgruppen|target)$/
const COPULAS = words('ole ovat on ar is are the our a an var')
function disinterestDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (const negation of items) {
    if (kindOf(negation) !== 'exclusion' || !PRE_NEGATIONS.has(tokens[negation.from]?.folded ?? '')) continue
    let next = negation.to
    while (next < negation.to + 2 && COPULAS.has(tokens[next]?.folded ?? '')) next++
    if (!AFTER_NEGATION.test(tokens[next]?.folded ?? '') || tokens[next]?.kind !== 'word') continue
    let from = negation.from
    while (from > 0 && !isClauseEnd(tokens[from - 1]!) && tokens[from - 1]!.raw !== ',') from--
    // "ei kiinnosta" with nothing before it in its clause ("…, ei kiinnosta golf") governs what follows: left as is.
    const before = within(items, from, negation.from).filter(isCriterion)
    if (before.length === 0) continue
    for (const item of before) drop.add(item)
    drop.add(negation)
  }
}

// ---- A statement about the ad or the advertiser: "Customer service is important", "Asiakaspalvelu ja laatu ovat
// tärkeitä", "Kvalitet är viktigt för oss". What is said to matter is a value, not whom to reach.
const VALUE_WORDS =
  /^(important|crucial|essential|vital|tarkea|tarkeaa|tarkeita|tarkeinta|olennaista|keskeista|viktig|viktigt|viktiga|avgorande)$/
const STATEMENT_COPULAS = words('is are on ovat ar')
function statementDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!STATEMENT_COPULAS.has(tokens[i]!.folded) || !VALUE_WORDS.test(tokens[i + 1]!.folded)) continue
    let from = i
    while (from > 0 && !isClauseEnd(tokens[from - 1]!) && !/^[:,–—-]$/.test(tokens[from - 1]!.raw)) from--
    for (const item of within(items, from, i)) if (kindOf(item) === 'term') drop.add(item)
  }
}

// ---- A journey: "flights from Helsinki to Stockholm", "resor från Umeå till Riga", "lennot Oulusta Tukholmaan".
// The audience lives where the journey starts; where it goes is no place to target.
const isPlace = (item: Item | undefined) => item?.candidates.some((c) => c.reading.kind.startsWith('geo')) ?? false
const FROM_WORDS = words('from fran')
const TO_WORDS = words('to till')
const FI_FROM = /(sta|lta)$/
const FI_TO = /(aan|een|iin|oon|uun|yyn|hin|seen|siin|lle)$/
function journeyDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (const [k, origin] of items.entries()) {
    if (!isPlace(origin)) continue
    const next = items.slice(k + 1).find((item) => item.from >= origin.to)
    if (!next || !isPlace(next) || next.from - origin.to > 2) continue
    const between = tokens.slice(origin.to, next.from)
    const marked = FROM_WORDS.has(tokens[origin.from - 1]?.folded ?? '') && between.some((t) => TO_WORDS.has(t.folded))
    const finnish =
      between.every((t) => /^[-–—]$/.test(t.raw)) &&
      FI_FROM.test(tokens[origin.to - 1]?.folded ?? '') &&
      FI_TO.test(tokens[next.to - 1]?.folded ?? '')
    if (marked || finnish) drop.add(next)
  }
}

// ---- An address: "Kivijärventie 12, 00100 Helsinki", "Storgatan 5 B, 90100 Umeå", "Asiakasnumero 90100". A street
// with a house number before a postal code makes it the advertiser's address (with its town); a code after a word for
// a number of another kind is no postal code at all.
const STREET = /(tie|katu|kuja|polku|vayla|raitti|kaari|rinne|tori|aukio|gatan|vagen|grand|torget|street|road|avenue)$/
const OTHER_NUMBERS = /(numero|nummer|number|^nro$|^nr$|^id$|^puh$|^tel$|^phone$)/
const POSTAL_NUMBERS = /^(posti|post|zip)/
const postalOf = (item: Item) => {
  const r = readingOf(item)
  return r?.kind === 'geo' && 'postalCode' in r.geo
}
function addressDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (const [k, item] of items.entries()) {
    if (!postalOf(item)) continue
    const before = tokens[item.from - 1]
    if (before?.kind === 'word' && OTHER_NUMBERS.test(before.folded) && !POSTAL_NUMBERS.test(before.folded)) {
      drop.add(item)
      continue
    }
    let street = false
    for (let j = item.from - 1; j >= Math.max(1, item.from - 5) && !street; j--) {
      const t = tokens[j]!
      if (isClauseEnd(t)) break
      street = t.kind === 'number' && tokens[j - 1]?.kind === 'word' && STREET.test(tokens[j - 1]!.folded)
    }
    if (!street) continue
    drop.add(item)
    const town = items.slice(k + 1).find((x) => x.from >= item.to)
    if (town && town.from === item.to && /^geo/.test(kindOf(town) ?? '')) drop.add(town)
  }
}

/** Drops the readings of suggestions answered "no", of the "not X" half of a contrast, of a list's sender, and of
 * the advertiser's and product's own description. */
export function dropRejectedReadings(tokens: readonly Token[], unsorted: readonly Item[]): Item[] {
  const items = [...unsorted].sort((a, b) => a.from - b.from)
  const drop = new Set<Item>()
  rejectedDrops(tokens, items, drop)
  contrastDrops(tokens, items, drop)
  sourceDrops(tokens, items, drop)
  advertiserDrops(tokens, items, drop)
  productDrops(tokens, items, drop)
  narrowedNegationDrops(tokens, items, drop)
  disinterestDrops(tokens, items, drop)
  statementDrops(tokens, items, drop)
  journeyDrops(
    tokens,
    items.filter((item) => kindOf(item) !== 'stopword'),
    drop,
  )
  addressDrops(tokens, items, drop)
  return drop.size === 0 ? items : items.filter((item) => !drop.has(item))
}
