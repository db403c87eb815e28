import { BRIEF_STRUCTURE } from './brief-data.js'
import type { Reading } from './brief-lexicon.js'
import { foldText, type Token } from './brief-tokens.js'
import { itemsByToken, type Item } from './lexicon-scan.js'

const S = BRIEF_STRUCTURE
const GENERIC = new Set(S.genericHeads)
const AUDIENCE_HEADS = new Set(S.audienceHeads)
const BUYERS = new Set(S.buyerWords)
const DISTRICT_STEMS = S.districtWords
const MEMBERS = new Set(S.membershipWords)
const MEMBERSHIP_LINKS = new Set(S.membershipLinks)
const FUNCTION_WORDS = new Set([...S.functionWords.fi, ...S.functionWords.sv, ...S.functionWords.en])
// "export manager": a trade is no company kind that owners or managers head ("SME owners" is one).
const COMPANY_FACETS = /^(company(?!Trade)|industry)/

const readingOf = (item: Item | undefined): Reading | undefined => item?.candidates[0]?.reading
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word'

// A plain word that can modify the next one: not a function word, not a verb form ("experienced", "lentävät").
function modifier(t: Token): boolean {
  return !FUNCTION_WORDS.has(t.folded) && !/(ing|ed|ly|vat|vat|neet|nut|nyt)$/.test(t.folded) && t.folded.length > 1
}

/** "boat owners", "HR managers", "asunnon omistajat": the generic word heads another phrase, not a role. */
function headOfAnother(tokens: readonly Token[], table: readonly (Item | undefined)[], item: Item): boolean {
  const head = tokens[item.from]
  const before = tokens[item.from - 1]
  if (item.to - item.from !== 1 || !head || !GENERIC.has(head.folded) || !isWord(before) || head.joined) return false
  if (before.end === head.start) return false
  const covering = table[item.from - 1]
  if (!covering) return modifier(before) && (item.candidates[0]?.lang !== 'fi' || before.folded.endsWith('n'))
  const r = readingOf(covering)
  // "pet shop owners": the company word is itself narrowed by an unread word, so the owners are of that trade only.
  const outer = tokens[covering.from - 1]
  const narrowed =
    isWord(outer) && !table[covering.from - 1] && modifier(outer) && outer.end < (tokens[covering.from]?.start ?? 0)
  if (r?.kind === 'term' && COMPANY_FACETS.test(r.facet) && narrowed && item.candidates[0]?.lang === 'en') return true
  return (
    r?.kind === 'term' && !COMPANY_FACETS.test(r.facet) && (before.folded.endsWith('n') || /^[a-z]/.test(before.folded))
  )
}

/** "business class", "software developers": an English word before another noun modifies it (English only). */
function modifiesNext(tokens: readonly Token[], table: readonly (Item | undefined)[], item: Item): boolean {
  const next = tokens[item.to]
  const r = readingOf(item)
  if (item.to - item.from !== 1 || r?.kind !== 'term' || item.langs?.join() !== 'en') return false
  if (!isWord(next) || next.joined || table[item.to] || !modifier(next)) return false
  return !AUDIENCE_HEADS.has(next.folded)
}

// "data engineers", "bus mechanics": an unread noun before an English role narrows it to another occupation the
// vocabulary lacks; the bare role ("engineers") would be broader than meant. Adjectives that keep it are listed.
const KEEPING_ADJECTIVES = new Set(
  'young local new good skilled qualified licensed certified female male junior freelance independent active potential future aspiring busy all other our their your more most top key'.split(
    ' ',
  ),
)
function narrowedRole(tokens: readonly Token[], table: readonly (Item | undefined)[], item: Item): boolean {
  const r = readingOf(item)
  const before = tokens[item.from - 1]
  if (item.to - item.from !== 1 || r?.kind !== 'term' || r.facet !== 'title' || item.langs?.join() !== 'en')
    return false
  if (!isWord(before) || table[item.from - 1] || before.upper || tokens[item.from]?.joined) return false
  return modifier(before) && !KEEPING_ADJECTIVES.has(before.folded) && before.end < (tokens[item.from]?.start ?? 0)
}

// "villa buyers", "ERP buyers": what people buy is the product, not a home they live in or a skill they have.
// An interest stays: cottage buyers are interested in cottages.
function bought(tokens: readonly Token[], item: Item): boolean {
  const r = readingOf(item)
  return r?.kind === 'term' && r.facet !== 'interest' && BUYERS.has(tokens[item.to]?.folded ?? '')
}

// "planning a kitchen renovation", "vi rekryterar": a verb, not a criterion (the vocabulary holds nouns).
const DETERMINERS = new Set(['a', 'an', 'the', 'their', 'our', 'your', 'new', 'to'])
const PRONOUNS = new Set(S.subjectPronouns)
function verb(tokens: readonly Token[], item: Item): boolean {
  const token = tokens[item.from]
  if (item.to - item.from !== 1 || !token) return false
  if (PRONOUNS.has(tokens[item.from - 1]?.folded ?? '')) return true
  // English words: a generated key's label ("Planning") is English repeated in fi and sv, so it counts as English too.
  return (
    (item.langs?.includes('en') ?? false) &&
    token.folded.endsWith('ing') &&
    DETERMINERS.has(tokens[item.to]?.folded ?? '')
  )
}

// "Oulun vaalipiiri", "Uleåborgs valkrets": a district named after a place is not the place (an electoral district
// is larger than the city and is no target of any platform), so the place is not read and the words stay free text.
const districtWord = (t: Token | undefined) => t !== undefined && DISTRICT_STEMS.some((s) => t.folded.startsWith(s))
function beforeDistrict(tokens: readonly Token[], item: Item): boolean {
  const r = readingOf(item)
  return (r?.kind === 'geo' || r?.kind === 'geoGroup') && districtWord(tokens[item.to])
}

// "Uppsala kommun", "Kuopion kunta", "Espoon kaupungin asukkaat": the word after a place names the place, not the
// public sector; its employees ("Helsingin kaupungin työntekijät") are the public sector.
const MUNICIPALITY_WORDS = new Set([
  'kunta',
  'kunnan',
  'kaupunki',
  'kaupungin',
  'kommun',
  'kommunen',
  'kommuns',
  'stad',
])
const STAFF_WORDS = /^(tyontekij|henkilo|henkilost|anstall|personal|employee|staff|worker|virkail|tjansteman)/
function namesPlace(tokens: readonly Token[], table: readonly (Item | undefined)[], item: Item): boolean {
  const before = readingOf(table[item.from - 1])
  if (item.to - item.from !== 1 || readingOf(item)?.kind !== 'term') return false
  if (!MUNICIPALITY_WORDS.has(tokens[item.from]?.folded ?? '')) return false
  return (before?.kind === 'geo' || before?.kind === 'geoGroup') && !STAFF_WORDS.test(tokens[item.to]?.folded ?? '')
}

// "not members of our golf club yet", "inte medlemmar i gymmet": the words after "members of" name the organisation
// (its members are a customer list), so they are no interest, up to the end of the clause.
function membershipSpans(tokens: readonly Token[]): Uint8Array | null {
  let spans: Uint8Array | null = null
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!MEMBERS.has(tokens[i]!.folded) || !MEMBERSHIP_LINKS.has(tokens[i + 1]!.folded)) continue
    spans ??= new Uint8Array(tokens.length)
    for (let j = i + 2; j < tokens.length && tokens[j]!.kind !== 'punct' && tokens[j]!.kind !== 'break'; j++)
      spans[j] = 1
  }
  return spans
}
const inMembership = (spans: Uint8Array | null, item: Item) =>
  spans !== null && spans[item.from] === 1 && readingOf(item)?.kind === 'term'

// "senior software developers", "senior level", "junior roles": a seniority word before a role or a level word is
// the seniority, whatever other reading it has; alone it is the other ("seniors" are pensioners).
const LEVEL_WORDS = new Set(['level', 'levels', 'roles', 'positions', 'taso', 'tason', 'niva', 'nivan', 'roller'])
function seniorityBeforeRole(table: readonly (Item | undefined)[], tokens: readonly Token[], item: Item): Item {
  if (item.candidates.length < 2) return item
  const seniority = item.candidates.find((c) => c.reading.kind === 'term' && c.reading.facet === 'seniority')
  if (!seniority) return item
  const next = readingOf(table[item.to])
  const role = next?.kind === 'term' && (next.facet === 'title' || next.facet === 'jobFunction')
  if (role || LEVEL_WORDS.has(tokens[item.to]?.folded ?? '')) return { ...item, candidates: [seniority] }
  // "Seniors in Pori", "Seniorer i Umeå": alone, a word that also names pensioners is them.
  const pensioners = item.candidates.some((c) => c.reading.kind === 'term' && c.reading.facet === 'employment')
  return pensioners ? { ...item, candidates: item.candidates.filter((c) => c !== seniority) } : item
}

// "marketing students", "markkinoinnin opiskelijat": a field right before students is what they study, not their
// job. "tilitoimistojen asiakkaat" (the customers of accounting firms, a plural genitive) are not of that trade;
// "rakennusalan asiakkaat" (customers in construction) are.
const B2B_FACETS = /^(jobFunction|industry|skill)$/
const NOT_OF_THE_TRADE = /^(student|opiskelij|studerande|studenter|alumn|graduate|asiakka|asiakkai)/
const STUDENTS = /^(student|opiskelij|studerande|studenter|alumn|graduate)/
const PLURAL_GENITIVE = /(jen|iden|itten|tten|ien)$/
function fieldOfHead(tokens: readonly Token[], item: Item): boolean {
  const r = readingOf(item)
  const next = tokens[item.to]
  if (r?.kind !== 'term' || !B2B_FACETS.test(r.facet) || !isWord(next)) return false
  return (
    STUDENTS.test(next.folded) || (/^asiakka/.test(next.folded) && PLURAL_GENITIVE.test(tokens[item.to - 1]!.folded))
  )
}

// "work from home", "cook at home", "travel home": home as a place someone is, not an interest in home and garden.
const HOME = /^(home|hem|hemma)$/
const HOME_LINKS =
  /^(at|from|to|back|stay|staying|travel|travelling|go|going|come|coming|work|working|way|cook|bor|jobbar|arbetar|hemifran)$/
const whereSomeoneIs = (tokens: readonly Token[], item: Item) =>
  item.to - item.from === 1 &&
  HOME.test(tokens[item.from]?.folded ?? '') &&
  HOME_LINKS.test(tokens[item.from - 1]?.folded ?? '')

// "24 kaksiota ja kolmiota", "12 new villas", "3 st reels": a number right before a noun counts things the ad offers;
// people are not counted so. The list the counted noun heads shares the count.
const HAVING =
  /^(joilla|jolla|joilla|with|having|has|have|own|owns|med|har|ager|omistaa|omistavat|vahintaan|least|over|yli|than|an)$/
const LISTING = new Set(['ja', 'tai', 'och', 'eller', 'and', 'or', ','])
function countedDrops(
  tokens: readonly Token[],
  table: readonly (Item | undefined)[],
  items: readonly Item[],
): Set<Item> {
  const drop = new Set<Item>()
  for (const item of items) {
    const r = readingOf(item)
    const count = tokens[item.from - 1]
    if (r?.kind !== 'term' || count?.kind !== 'number' || table[item.from - 1]) continue
    // "joilla 2 koiraa", "with 2 dogs": what the people have is who they are.
    if (HAVING.test(tokens[item.from - 2]?.folded ?? '')) continue
    drop.add(item)
    for (let next = table[item.to + 1]; next && LISTING.has(tokens[next.from - 1]?.folded ?? '');) {
      if (readingOf(next)?.kind !== 'term') break
      drop.add(next)
      next = table[next.to + 1]
    }
  }
  return drop
}

// "villas for sale", "Black Friday sale", "myynnissä", "myyntiin": a thing being sold, not people working in sales
// (the function is "sales").
const FOR_SALE = /^(myynnissa|myyntiin|salu)$/
const forSale = (tokens: readonly Token[], item: Item) => {
  const word = tokens[item.from]?.folded ?? ''
  return item.to - item.from === 1 && (FOR_SALE.test(word) || word === 'sale')
}

// "construction workers", "rakennusalan työntekijät", "vårdens anställda": a field before the word for its workers
// is their trade, not a hobby; a word that reads both ways keeps its trade, one read only as an interest is dropped.
const WORKERS =
  /^(workers?|employees?|staff|professionals?|tyontekij|ammattilai|henkilost|tyoskentelevat|arbetare|anstallda|yrkesverksamma|personal)/
const TRADE_FACETS = /^(industry|jobFunction)$/
function tradeBeforeWorkers(tokens: readonly Token[], item: Item): Item | null {
  if (!WORKERS.test(tokens[item.to]?.folded ?? '')) return item
  const terms = item.candidates.filter((c) => c.reading.kind === 'term')
  if (terms.length === 0 || terms.length < item.candidates.length) return item
  const trade = terms.filter((c) => c.reading.kind === 'term' && TRADE_FACETS.test(c.reading.facet))
  if (trade.length > 0) return trade.length === item.candidates.length ? item : { ...item, candidates: trade }
  return terms.every((c) => c.reading.kind === 'term' && c.reading.facet === 'interest') ? null : item
}

// "Lapin matkailu", "Saimaan kalastus": a place in the genitive before a hobby is where the hobby is, not where the
// people live. "Turun Sanomat", "Lahden Pelicans", "Oulun Kärpät": before a capitalised word nothing reads, it begins
// a proper name. A district after its city ("Helsingin Kalliossa") is in a place case, and stays the city.
const LOCATIVE = /(ssa|ssa|sta|lla|lta|lle|hin|seen|aan|een|iin|oon|uun)$/
const HOBBY_FACETS = /^(interest|behavior)$/
function placeModifier(tokens: readonly Token[], table: readonly (Item | undefined)[], item: Item): boolean {
  const r = readingOf(item)
  const place = tokens[item.from]
  const next = tokens[item.to]
  if ((r?.kind !== 'geo' && r?.kind !== 'geoGroup') || item.to - item.from !== 1 || !place?.upper) return false
  if (!place.folded.endsWith('n') || !isWord(next) || next.joined || !item.langs?.includes('fi')) return false
  // "Kauniainen planning": a name that ends in n in the nominative is no genitive.
  if (foldText(r.labels.fi) === place.folded) return false
  const after = readingOf(table[item.to])
  if (after?.kind === 'term') return HOBBY_FACETS.test(after.facet)
  return (
    after === undefined &&
    next.upper &&
    !LOCATIVE.test(next.folded) &&
    !next.folded.endsWith('n') &&
    next.folded.length > 2
  )
}

// "keskisuuret kaupungit", "pienet kunnat": towns are an employer (the public sector) only beside other company or
// job criteria; in a consumer brief they are where people live.
const TOWNS = /^(kaupung|kunna|kunta|stader|kommuner|cities|towns|municipalities)/
const B2B = /^(title|seniority|jobFunction|skill|companySize|companyRevenue|companySites)$/
function townsAsEmployer(tokens: readonly Token[], items: readonly Item[], item: Item): boolean {
  const r = readingOf(item)
  if (r?.kind !== 'term' || r.value !== 'industry.public-sector' || item.to - item.from !== 1) return false
  if (!TOWNS.test(tokens[item.from]?.folded ?? '')) return false
  // "Helsingin kaupungin työntekijät": the town's staff work in the public sector.
  if (STAFF_WORDS.test(tokens[item.to]?.folded ?? '') || WORKERS.test(tokens[item.to]?.folded ?? '')) return false
  return !items.some((other) => {
    const o = readingOf(other)
    return o?.kind === 'term' && B2B.test(o.facet)
  })
}

// "some" (English) is not "some" (Finnish for social media), "vill" is not "villor", "will" no estate planning: a
// function word of any of the three languages written in small letters is no criterion ("SoMe" still is).
const functionWord = (tokens: readonly Token[], item: Item) => {
  const token = tokens[item.from]
  return (
    item.to - item.from === 1 &&
    readingOf(item)?.kind === 'term' &&
    token !== undefined &&
    ((!token.upper && FUNCTION_WORDS.has(token.folded) && !MEANING_VERBS.has(token.folded)) || VERBS.has(token.folded))
  )
}
// English and Swedish words that are nouns of the vocabulary but in a brief nearly always something else.
const VERBS = new Set(['will', 'watch', 'can', 'sedan', 'ring', 'affar', 'affaren', 'hemsida', 'hemsidan'])
// Verbs among the function words that do say something: "som flyger business class" are flyers.
const MEANING_VERBS = new Set(['flyger', 'aker', 'bor', 'soker', 'rekryterar', 'gillar', 'kiinnostaa', 'kiinnostavat'])

/** Drops readings of words that only look like criteria here; the words are then offered as free text. */
export function dropGenericReadings(tokens: readonly Token[], items: readonly Item[]): Item[] {
  const suspect = (item: Item) =>
    item.to - item.from === 1 &&
    (GENERIC.has(tokens[item.from]?.folded ?? '') ||
      (item.langs?.length === 1 && item.langs[0] === 'en') ||
      PRONOUNS.has(tokens[item.from - 1]?.folded ?? '') ||
      BUYERS.has(tokens[item.to]?.folded ?? '') ||
      MUNICIPALITY_WORDS.has(tokens[item.from]?.folded ?? '') ||
      districtWord(tokens[item.to]) ||
      NOT_OF_THE_TRADE.test(tokens[item.to]?.folded ?? '') ||
      HOME.test(tokens[item.from]?.folded ?? '') ||
      FOR_SALE.test(tokens[item.from]?.folded ?? '') ||
      tokens[item.from]?.folded === 'sale' ||
      WORKERS.test(tokens[item.to]?.folded ?? '') ||
      TOWNS.test(tokens[item.from]?.folded ?? '') ||
      FUNCTION_WORDS.has(tokens[item.from]?.folded ?? '') ||
      VERBS.has(tokens[item.from]?.folded ?? '') ||
      tokens[item.from]?.upper === true)
  const members = membershipSpans(tokens)
  const ranked = (item: Item) => item.candidates.length > 1 || tokens[item.from - 1]?.kind === 'number'
  if (!members && !items.some(suspect) && !items.some(ranked)) return [...items]
  const table = itemsByToken(items, tokens.length)
  const counted = countedDrops(tokens, table, items)
  return items
    .map((item) => seniorityBeforeRole(table, tokens, item))
    .flatMap((item) => tradeBeforeWorkers(tokens, item) ?? [])
    .filter(
      (item) =>
        !inMembership(members, item) &&
        !headOfAnother(tokens, table, item) &&
        !modifiesNext(tokens, table, item) &&
        !narrowedRole(tokens, table, item) &&
        !bought(tokens, item) &&
        !namesPlace(tokens, table, item) &&
        !verb(tokens, item) &&
        !counted.has(item) &&
        !forSale(tokens, item) &&
        !fieldOfHead(tokens, item) &&
        !whereSomeoneIs(tokens, item) &&
        !beforeDistrict(tokens, item) &&
        !placeModifier(tokens, table, item) &&
        !townsAsEmployer(tokens, items, item) &&
        !functionWord(tokens, item),
    )
}
