import type { Token } from './brief-tokens.js'
import { isClauseEnd, isContent, wordPair } from './brief-tokens.js'
import { itemsWithin as within } from './item-spans.js'
import type { Item } from './lexicon-scan.js'

// Words that describe the campaign rather than the audience, or that soften what follows: examples given as
// illustrations, an emphasis inside a wider audience, the campaign's logistics (budget, dates, channels, KPIs), the
// home or trip being sold or won, and a general word that only labels the list after its colon. A planner reads
// none of them as a restriction, so they are no criteria; examples and emphases stay offered as free text.

const words = (s: string) => s.split(' ')
const setOf = (...lists: string[][]) => new Set(lists.flat())

// "esim. golf, tennis", "t.ex. kryssningar", "e.g. cruises", "such as", "bl.a.": examples of something.
const EXAMPLE_WORDS = setOf(words('esim esimerkiksi kuten tex exempelvis eg typ'))
const EXAMPLE_PAIRS = setOf(['such as', 'for example', 'for instance', 'till exempel', 'bland annat', 'muun muassa'])
// "erityisesti nuoret", "especially parents", "särskilt barnfamiljer": an emphasis inside the audience, not a filter.
const EMPHASIS_WORDS = setOf(words('erityisesti etenkin varsinkin eritoten especially particularly sarskilt speciellt'))
const EMPHASIS_PAIRS = setOf(['in particular', 'above all', 'i synnerhet', 'framfor allt', 'ennen kaikkea'])

// Labels of the campaign's logistics; the words after one, up to the next comma or clause end, are no audience.
const LOGISTICS_WORDS = setOf(
  words(
    'budjetti budjetiksi mediabudjetti aikataulu ajankohta kampanja-aika ajoaika kanavat kanava mediat mainoskanavat',
  ),
  words('formaatit formaatti mainosmuodot materiaalit mainosmateriaalit kpi kpit mittarit tavoitteet yhteyshenkilo'),
  words('laskeutumissivu mainokset mainos budget budgeten tidsplan kampanjperiod kanaler annonsformat annonser'),
  words('kontaktperson landningssida mal malsattning syfte kampanjmal timing timeline flight flighting dates'),
  words(
    'channels placements formats creatives creative assets kpis metrics objective objectives goal goals deadline cta',
  ),
  // The event the campaign invites to ("Mässa i Luleå 4–5 juni"): its place and theme are not the audience's.
  words('massa massan messut messuilla webinaari webinar webinarium webbinarium seminaari seminarium seminar'),
)
const LOGISTICS_PAIRS = setOf([
  'kampanjan tavoite',
  'kampanjan kesto',
  'landing page',
  'contact person',
  'media budget',
  'ad formats',
  'campaign period',
  'campaign dates',
])

// A home on sale or being built is the product ("Nyproduktion: radhus i Sibbo"), not the home the audience lives in.
const SALE_STEMS =
  /^(uudiskoh|myytava|myydaan|myynnis|ennakkomarkkin|muuttoval|nyproduktion|inflyttning|saljes|visning)/
const SALE_PAIRS = setOf(['till salu', 'for sale', 'new development', 'move in', 'valmistuu vuonna'])

// A trip won in a draw is the prize; its destination is no place to target ("Voita matka Lappiin").
const PRIZE_WORDS = setOf(words('voita voittaa arvomme arvotaan vinn vinna win'))
// A trip's destination ("matka Lappiin", "resa till Rom", "trip to Lapland") and a commute ("reser till jobbet").
const TRAVEL =
  /^(matk|reis|lent|lenn|risteil|loma|resa$|reser$|resor|resen|flyg|kryss|semest|trav|trip|flight|fly$|flies|cruise|holiday|vacation)/
const TO = setOf(['till', 'to', 'into'])
// "Matkakohteina Helsinki ja Tallinna", "destinations: Rome, Paris", "resmål Kreta": the places are where people go.
const DESTINATION = /^(matkakoh|kohdemaa|destination|resmal|resemal)/
const COMMUTE = setOf(words('toihin kouluun tyopaikalle jobbet arbetet skolan kontoret work school office'))
const FINNISH_ILLATIVE = /(aan|een|iin|oon|uun|yyn|ään|öön|hin|seen|lle)$/
// "Espoon alueella": a genitive before an area word looks like an illative and is none.
const AREA = /^(alue|seu|kesk|lahi|ympar|kunna|kaupung)/

const readingOf = (item: Item) => item.candidates[0]?.reading
const isTerm = (item: Item) => readingOf(item)?.kind === 'term'
const isPlace = (item: Item) => item.candidates.some((c) => c.reading.kind === 'geo' || c.reading.kind === 'geoGroup')
const facetOf = (item: Item) => {
  const r = readingOf(item)
  return r?.kind === 'term' ? r.facet : null
}
const pairAt = wordPair

// The number of words a marker from the sets takes at token i (0: none).
// The first words of a set of pairs: most words start none, and then no pair need be looked up.
const pairFirsts = new WeakMap<Set<string>, Set<string>>()

function markerAt(tokens: readonly Token[], i: number, single: Set<string>, pairs: Set<string>): number {
  const t = tokens[i]
  if (t?.kind !== 'word') return 0
  let firsts = pairFirsts.get(pairs)
  if (!firsts) pairFirsts.set(pairs, (firsts = new Set([...pairs].map((p) => p.split(' ')[0] ?? ''))))
  if (firsts.has(t.folded) && pairs.has(pairAt(tokens, i))) return 2
  return single.has(t.folded) ? 1 : 0
}

function clauseStart(tokens: readonly Token[], i: number): number {
  let from = i
  while (from > 0 && !isClauseEnd(tokens[from - 1]!)) from--
  return from
}

function clauseEnd(tokens: readonly Token[], i: number, atComma = false): number {
  let to = i
  while (to < tokens.length && !isClauseEnd(tokens[to]!) && !(atComma && tokens[to]!.raw === ',')) to++
  return to
}

// A segment starts at the brief's start, after a clause end, a comma or a dash: "Budget €15k, flight March–April".
function segmentStart(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  return !before || isClauseEnd(before) || before.raw === ',' || before.raw === '–' || before.raw === '-'
}

/**
 * Example items the brief gives as illustrations: after "esim.", "t.ex.", "e.g." the terms up to the clause end,
 * unless a term of the same kind stands before the marker in the clause ("travel, for example cruises": the
 * examples widen that general term and stay in its group).
 */
function exampleDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (let i = 0; i < tokens.length; i++) {
    const n = markerAt(tokens, i, EXAMPLE_WORDS, EXAMPLE_PAIRS)
    if (n === 0) continue
    const from = clauseStart(tokens, i)
    const to = clauseEnd(tokens, i + n)
    const before = within(items, from, i)
    const examples = within(items, i + n, to)
    i = to
    // "interests e.g. ice swimming, hiking": after a cue for their kind the examples are the criteria asked for.
    if (before.some((x) => readingOf(x)?.kind === 'dimension')) continue
    const general = new Set(before.filter(isTerm).map(facetOf))
    for (const item of examples) {
      // A place, an age or a gender after the examples ends them: "esim. golf ja tennis, Espoo".
      if (!isTerm(item) && readingOf(item)?.kind !== 'stopword' && readingOf(item)?.kind !== 'dimension') break
      if (isTerm(item) && !general.has(facetOf(item))) drop.add(item)
    }
  }
}

/** Items after an emphasis ("erityisesti", "especially", "särskilt") up to the clause end or a new kind after a comma. */
function emphasisDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (let i = 0; i < tokens.length; i++) {
    const n = markerAt(tokens, i, EMPHASIS_WORDS, EMPHASIS_PAIRS)
    if (n === 0) continue
    const to = clauseEnd(tokens, i + n)
    const kinds = new Set<string>()
    let comma = false
    const starting = new Map(within(items, i + n, to).map((x) => [x.from, x]))
    for (let j = i + n; j < to; j++) {
      if (tokens[j]!.raw === ',') comma = true
      const item = starting.get(j)
      const r = item && readingOf(item)
      if (!item || !r || r.kind === 'stopword' || r.kind === 'dimension' || r.kind === 'exclusion') continue
      const kind = r.kind === 'term' ? 'term' : r.kind === 'geoGroup' ? 'geo' : r.kind
      if (comma && !kinds.has(kind)) break
      kinds.add(kind)
      comma = false
      drop.add(item)
    }
    i = to
  }
}

/** Token ranges [from, to) of logistics: a label at a segment start up to the next comma or clause end. */
// What the ad shows: "Visuals: snowy forest, sauna", "The video features a puppy", "Mainoksessa esiintyy
// jääkiekkoilija", "I filmen syns en hund". Its words describe the creative, not the audience.
const CREATIVE_LABELS = setOf(words('visuals visual visuaalit kuvitus kuvamaailma kuvat bildvarld bilder imagery'))
const CREATIVE_SUBJECTS = setOf(
  words('video videolla videossa film filmen mainos mainoksessa mainoksen annonsen annons ad advert creative spot'),
)
const CREATIVE_OWNERS = setOf(words('campaign kampanjan kampanjens ad mainoksen annonsens'))
const CREATIVE_LEADS = setOf(words('the our i in'))
const SHOWING = setOf(words('features featuring shows stars esiintyy nahdaan nakyy syns visar medverkar'))
function creativeAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!
  // "Campaign visuals:", "Kampanjan kuvitus:"
  const owned = CREATIVE_OWNERS.has(t.folded) ? 1 : 0
  if (CREATIVE_LABELS.has(tokens[i + owned]?.folded ?? '') && tokens[i + owned + 1]?.raw === ':') return owned + 1
  const k = CREATIVE_LEADS.has(t.folded) ? i + 1 : i
  if (!CREATIVE_SUBJECTS.has(tokens[k]?.folded ?? '')) return 0
  return SHOWING.has(tokens[k + 1]?.folded ?? '') ? k + 2 - i : 0
}

export function logisticsSpans(tokens: readonly Token[]): [number, number][] {
  const spans: [number, number][] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || t.joined || !segmentStart(tokens, i)) continue
    // "kampanja-aika", "KPI:t": a hyphenated or inflected label is read whole.
    const whole = tokens[i + 1]?.joined ? `${t.folded}-${tokens[i + 1]!.folded}` : t.folded
    const n = LOGISTICS_PAIRS.has(pairAt(tokens, i))
      ? 2
      : LOGISTICS_WORDS.has(whole) || LOGISTICS_WORDS.has(t.folded)
        ? 1
        : 0
    // What the ad shows runs to the clause end: "Visuals: snowy forest, sauna."
    const shown = n === 0 ? creativeAt(tokens, i) : 0
    if (n === 0 && shown === 0) continue
    const to = shown > 0 ? clauseEnd(tokens, i + shown) : clauseEnd(tokens, i + n, true)
    spans.push([i, to])
    i = to
  }
  return spans
}

// A homeType term in a sentence that sells or builds homes is the product.
function saleDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t?.kind !== 'word' || !(SALE_STEMS.test(t.folded) || SALE_PAIRS.has(pairAt(tokens, i)))) continue
    const from = clauseStart(tokens, i)
    const to = clauseEnd(tokens, i)
    for (const item of within(items, from, to)) if (facetOf(item) === 'homeType') drop.add(item)
    i = to
  }
}

/** A prize clause ("Voita matka Lappiin", "Vinn en resa till Rom"): its terms and places are the prize. */
function prizeDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!PRIZE_WORDS.has(tokens[i]?.folded ?? '') || tokens[i]?.kind !== 'word') continue
    let to = i + 1
    while (to < tokens.length && !isClauseEnd(tokens[to]!) && !/^[:–—,]$/.test(tokens[to]!.raw)) to++
    for (const item of within(items, i + 1, to)) if (isTerm(item) || isPlace(item)) drop.add(item)
    i = to
  }
}

/** A trip's destination ("matkustavat Lappiin", "reser till Spanien") and a commute ("reser till jobbet"). */
function travelDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  const travel = (t: Token | undefined) => t?.kind === 'word' && TRAVEL.test(t.folded)
  for (const item of items) {
    const before = tokens[item.from - 1]
    const first = tokens[item.from]
    if (isPlace(item) && item.to - item.from <= 2) {
      const toward = TO.has(before?.folded ?? '') && (travel(tokens[item.from - 2]) || travel(tokens[item.from - 3]))
      const illative =
        travel(before) &&
        FINNISH_ILLATIVE.test(tokens[item.to - 1]?.raw.toLowerCase() ?? '') &&
        !AREA.test(tokens[item.to]?.folded ?? '')
      if (toward || (illative && first?.kind === 'word')) drop.add(item)
    }
    if (isTerm(item) && travel(tokens[item.to - 1])) {
      const next = tokens[item.to]
      const purpose = TO.has(next?.folded ?? '') ? tokens[item.to + 1] : next
      const commute =
        COMMUTE.has(purpose?.folded ?? '') ||
        (purpose?.folded === 'the' && COMMUTE.has(tokens[item.to + 2]?.folded ?? ''))
      if (commute) drop.add(item)
    }
  }
}

// "som inte redan har bolån hos oss", "already insured with us", "joilla on jo laina meiltä": a product held with
// the advertiser names its customers, not people with that product anywhere.
const WITH_US = setOf(['hos oss', 'with us', 'from us', 'through us'])
const FROM_US = setOf(words('meilta meilla meidan'))
// "not our partners", "våra återförsäljare": the advertiser's own partners or staff are a list, not a role or trade.
const OUR = setOf(words('our vara var meidan omat'))
function ourCustomerDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (const item of items) {
    if (!isTerm(item)) continue
    if (WITH_US.has(pairAt(tokens, item.to)) || FROM_US.has(tokens[item.to]?.folded ?? '')) drop.add(item)
    if (OUR.has(tokens[item.from - 1]?.folded ?? '') && facetOf(item) !== 'customerList') drop.add(item)
  }
}

/** The places after a destination word up to the clause end ("Matkakohteina Helsinki ja Tallinna"). */
function destinationDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.kind !== 'word' || !DESTINATION.test(tokens[i]!.folded)) continue
    const to = clauseEnd(tokens, i)
    // The list of places runs on through commas and list words; anything else ends it ("…, naiset Tukholmassa").
    const after = within(items, i + 1, to).filter((x) => readingOf(x)?.kind !== 'stopword')
    for (const item of after) {
      if (!isPlace(item)) break
      drop.add(item)
    }
    i = to
  }
}

// "yli 5 v vanha auto", "10 years old car", "bilar äldre än 5 år": an age followed by "old" describes a thing.
const OLD = setOf(words('vanha vanhat vanhoja vanhempi vanhemmat old older gammal gamla aldre'))
const PEOPLE = /^(naise|miehe|ihmis|henkil|asiakk|kvinn|man$|men$|manniskor|person|women|people|customer|kund)/
function thingAgeDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (const item of items) {
    if (readingOf(item)?.kind !== 'age' || !OLD.has(tokens[item.to]?.folded ?? '')) continue
    if (PEOPLE.test(tokens[item.to + 1]?.folded ?? '')) continue
    drop.add(item)
    // "yli 5 v vanha auto": the thing that old is owned, not an interest ("autoilijat" before it says who).
    for (const thing of within(items, item.to + 1, item.to + 4))
      if (thing.from === item.to + 1 && isTerm(thing)) drop.add(thing)
  }
}

/** "tavallisia liikkujia: juoksu, pyöräily": a term before a colon that a list of terms of its facet follows labels it. */
function labelDrops(tokens: readonly Token[], items: readonly Item[], drop: Set<Item>): void {
  for (const [k, item] of items.entries()) {
    // A heading that is only the term ("IT decision makers: CIOs …") is the name's business (brief-head.ts).
    const atClauseStart = item.from === 0 || isClauseEnd(tokens[item.from - 1]!)
    if (!isTerm(item) || tokens[item.to]?.raw !== ':' || atClauseStart) continue
    let next: Item | undefined
    for (let j = k + 1; j < items.length && !next; j++) if (readingOf(items[j]!)?.kind !== 'stopword') next = items[j]
    if (
      next &&
      isTerm(next) &&
      facetOf(next) === facetOf(item) &&
      !tokens.slice(item.to + 1, next.from).some(isClauseEnd)
    )
      drop.add(item)
  }
}

/**
 * Drops the readings that describe the campaign (examples, emphases, logistics, the product, a prize, a trip's
 * destination, a list's label). Logistics become filler (understood, not offered); the rest stay free text.
 */
export function dropCampaignContext(tokens: readonly Token[], unsorted: readonly Item[]): Item[] {
  const items = [...unsorted].sort((a, b) => a.from - b.from)
  const drop = new Set<Item>()
  exampleDrops(tokens, items, drop)
  emphasisDrops(tokens, items, drop)
  saleDrops(tokens, items, drop)
  prizeDrops(tokens, items, drop)
  travelDrops(tokens, items, drop)
  labelDrops(tokens, items, drop)
  destinationDrops(tokens, items, drop)
  thingAgeDrops(tokens, items, drop)
  ourCustomerDrops(tokens, items, drop)
  const logistics = logisticsSpans(tokens).filter(([from, to]) => tokens.slice(from, to).some(isContent))
  const logisticsTokens = new Uint8Array(tokens.length + 1)
  for (const [from, to] of logistics) logisticsTokens.fill(1, from, to)
  const inLogistics = (item: Item) => logisticsTokens[item.from] === 1 && logisticsTokens[item.to - 1] === 1
  const kept = items.filter((item) => !drop.has(item) && !inLogistics(item))
  if (logistics.length === 0) return kept
  const filler = logistics.map(([from, to]): Item => ({
    from,
    to,
    candidates: [{ reading: { kind: 'stopword' }, rank: 4, lang: 'en' }],
  }))
  // An item that straddles a span's edge stays; filler only covers what no kept item does.
  const covered = new Uint8Array(tokens.length + 1)
  for (const item of kept) covered.fill(1, item.from, item.to)
  const overlaps = (f: Item) => covered.subarray(f.from, f.to).includes(1)
  return [...kept, ...filler.filter((f) => !overlaps(f))].sort((a, b) => a.from - b.from)
}
