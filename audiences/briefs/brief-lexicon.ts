import type { Gender, GeoItem, SpecialAdCategory } from '../model/audience-schema.js'
import type { Facet } from '../model/facets.js'
import type { GeoEntry } from '../taxonomy/taxonomy-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { BRIEF_WORDS, CONTEXT_ONLY, GEO_GROUPINGS, TERM_PHRASES, type PhraseNote, type Phrases } from './brief-data.js'
import type { Dimension } from './brief-schema.js'
import { tokenize } from './brief-tokens.js'
import { indexKeys, wordMatcher, type Lang, type WordMatcher } from './word-matcher.js'

export type Labels = { fi: string; sv: string; en: string }

export type Reading =
  | { kind: 'term'; facet: Facet; value: string; labels: Labels; note: PhraseNote | null }
  // around: the place a radius circle was drawn around ("Kuopio +30 km").
  | { kind: 'geo'; geo: GeoItem; labels: Labels; around?: GeoItem }
  | { kind: 'distance'; km: number }
  | { kind: 'special'; category: Exclude<SpecialAdCategory, 'none'> }
  | { kind: 'geoGroup'; places: GeoItem[]; labels: Labels }
  | { kind: 'age'; min?: number; max?: number }
  | { kind: 'gender'; gender: Gender }
  | { kind: 'language'; language: string }
  | { kind: 'dimension'; dimension: Dimension }
  | { kind: 'exclusion' }
  | { kind: 'scopeEnd' }
  | { kind: 'stopword' }
  | { kind: 'name' }

export type LexiconEntry = {
  words: readonly WordMatcher[]
  reading: Reading
  // One key per meaning: entries for the same term from several phrases or languages share it.
  meaning: string
  lang: Lang
  // 0 a taxonomy label, 1 a taxonomy synonym, 2 a phrase from the brief data: the lower wins a tie.
  rank: number
  localeOnly: boolean
  contextOnly: boolean
  // A short place name ("Salo", "Pori") matches only when capitalised: as a common word it means something else.
  proper: boolean
}

export type Lexicon = {
  exact: ReadonlyMap<string, LexiconEntry[]>
  prefix: ReadonlyMap<string, LexiconEntry[]>
}

const LANGS: readonly Lang[] = ['fi', 'sv', 'en']

function phraseWords(written: string, lang: Lang, compound: boolean): WordMatcher[] | null {
  const exact = written.startsWith('=')
  // "Houses (For Rent)", "Sedans (Used)": a qualifier that makes the term is read with it; any other bracket only
  // explains ("Professional driver (truck, bus)").
  const text = written
    .replace(/^=/, '')
    .replace(/^(.*)\((used|new)\)\s*$/i, '$2 $1')
    .replace(/\((for (?:sale|rent))\)/i, ' $1 ')
    .replace(/\([^)]*\)/g, ' ')
    .trim()
  if (text.includes('|')) return [wordMatcher(`${exact ? '=' : ''}${text}`, lang, compound)]
  const tokens = tokenize(text)
  if (tokens.length === 0 || tokens.some((t) => t.kind !== 'word' && t.kind !== 'number')) return null
  return tokens.map((t) => wordMatcher(`${exact || t.kind === 'number' ? '=' : ''}${t.raw}`, lang, compound))
}

type Add = (written: string, lang: Lang, reading: Reading, rank: number, proper?: boolean, onlyCued?: boolean) => void

const contextOnly = (reading: Reading, written: string): boolean =>
  reading.kind === 'term' && (CONTEXT_ONLY[reading.value]?.includes(written.toLowerCase()) ?? false)

function builder(): { add: Add; lexicon: Lexicon } {
  const exact = new Map<string, LexiconEntry[]>()
  const prefix = new Map<string, LexiconEntry[]>()
  const seen = new Set<string>()
  const push = (map: Map<string, LexiconEntry[]>, key: string, entry: LexiconEntry) => {
    const list = map.get(key)
    if (list) list.push(entry)
    else map.set(key, [entry])
  }
  const add: Add = (written, lang, reading, rank, proper = false, onlyCued = false) => {
    const localeOnly = written.startsWith('!')
    const compound = reading.kind === 'term' && reading.facet === 'interest'
    const words = phraseWords(written.replace(/^!/, ''), lang, compound)
    const first = words?.[0]
    if (!words || !first) return
    const id = `${lang}|${words.map((w) => w.lemma).join(' ')}|${JSON.stringify(reading)}`
    if (seen.has(id)) return
    seen.add(id)
    const entry: LexiconEntry = {
      words,
      reading,
      meaning: reading.kind === 'term' ? `term|${reading.value}` : JSON.stringify(reading),
      lang,
      rank,
      localeOnly,
      contextOnly: onlyCued || contextOnly(reading, written),
      proper: proper && first.lemma.length < 6 && words.length === 1,
    }
    const keys = indexKeys(first)
    for (const key of keys.exact) push(exact, key, entry)
    for (const key of keys.prefixes) push(prefix, key, entry)
  }
  return { add, lexicon: { exact, prefix } }
}

function addPhrases(add: Add, phrases: Phrases, reading: Reading, rank: number, proper = false): void {
  for (const lang of LANGS) for (const written of phrases[lang]) add(written, lang, reading, rank, proper)
}

function geoItem(entry: GeoEntry): GeoItem {
  if (entry.kind === 'country') return { country: entry.country }
  if (entry.kind === 'region') return { region: entry.code }
  // A town a platform lists (no municipality code of its own) is named by its name.
  if (entry.kind === 'city') return { city: entry.labels.en, country: entry.country }
  return { municipality: entry.code, country: entry.country }
}

// "espoolaiset äänestäjät", "helsinkiläiset", "jyväskyläläiset": a Finnish municipality's people are named by its
// name and -lainen/-läinen by vowel harmony. Irregular ones (lahtelainen, rovaniemeläinen) need a synonym.
function finnishDemonym(entry: GeoEntry): string | null {
  if (entry.kind !== 'municipality' || entry.country !== 'FI') return null
  const name = entry.labels.fi.toLowerCase()
  if (!/^\p{L}+$/u.test(name) || name.length < 4) return null
  return `${name}${/[aou]/.test(name) ? 'lainen' : 'läinen'}`
}

function addTaxonomy(add: Add, taxonomy: Taxonomy): void {
  for (const term of taxonomy.terms.values()) {
    const reading: Reading = { kind: 'term', facet: term.facet, value: term.key, labels: term.labels, note: null }
    for (const lang of LANGS) add(term.labels[lang], lang, reading, 0)
    addPhrases(add, term.synonyms, reading, 1)
  }
  for (const entry of taxonomy.geo.values()) {
    const reading: Reading = { kind: 'geo', geo: geoItem(entry), labels: entry.labels }
    // Towns a platform lists carry its spelling ("Skanor"): matched only as written, never stemmed into another name.
    if (entry.kind === 'city') {
      for (const name of new Set(Object.values(entry.labels))) add(`=${name}`, 'sv', reading, 1, true)
      continue
    }
    for (const lang of LANGS) add(entry.labels[lang], lang, reading, 0, true)
    addPhrases(add, entry.synonyms, reading, 1, true)
    const demonym = finnishDemonym(entry)
    if (demonym) add(demonym, 'fi', reading, 1)
    // "Northern Ostrobothnia", "Southern Savo": English writes a compass part both ways ("North Ostrobothnia").
    for (const name of [entry.labels.en, ...entry.synonyms.en]) {
      const m = /^(North|South|East|West)(ern)? (.+)$/.exec(name)
      if (m) add(`${m[1]}${m[2] ? '' : 'ern'} ${m[3]}`, 'en', reading, 1, true)
    }
  }
  // A language's name ("suomi", "English") is a language only after a cue ("kieli:") or beside a speaker phrase
  // ("English and Swedish speakers"): alone it is a country, an adjective or a course.
  for (const entry of taxonomy.languages.values()) {
    const reading: Reading = { kind: 'language', language: entry.code }
    for (const lang of LANGS) add(entry.labels[lang], lang, reading, 1, false, true)
    for (const lang of LANGS) for (const written of entry.synonyms[lang]) add(written, lang, reading, 1, false, true)
  }
}

function addBriefData(add: Add, taxonomy: Taxonomy): void {
  for (const phrase of TERM_PHRASES) {
    const term = taxonomy.term(phrase.key)
    if (!term) continue
    addPhrases(
      add,
      phrase,
      { kind: 'term', facet: term.facet, value: term.key, labels: term.labels, note: phrase.note ?? null },
      2,
    )
  }
  for (const group of GEO_GROUPINGS) {
    const places = group.municipalities
      .filter((code) => taxonomy.geoByCode('municipality', group.country, code))
      .map((municipality) => ({ municipality, country: group.country }))
    if (places.length > 0) addPhrases(add, group.names, { kind: 'geoGroup', places, labels: group.labels }, 0, true)
  }
  const words = BRIEF_WORDS
  for (const [dimension, phrases] of Object.entries(words.dimensions))
    addPhrases(add, phrases, { kind: 'dimension', dimension: dimension as Dimension }, 3)
  for (const [gender, phrases] of Object.entries(words.genders))
    addPhrases(add, phrases, { kind: 'gender', gender: gender as Gender }, 2)
  for (const [language, phrases] of Object.entries(words.languages))
    addPhrases(add, phrases, { kind: 'language', language }, 2)
  addPhrases(add, words.exclusions, { kind: 'exclusion' }, 3)
  addPhrases(add, words.scopeEnds, { kind: 'scopeEnd' }, 3)
  addPhrases(add, words.stopwords, { kind: 'stopword' }, 4)
}

const cache = new WeakMap<Taxonomy, Lexicon>()

/** The words kohde can read in a brief: the taxonomy's labels and synonyms plus the brief data. Built once per taxonomy. */
export function lexiconOf(taxonomy: Taxonomy): Lexicon {
  const cached = cache.get(taxonomy)
  if (cached) return cached
  const { add, lexicon } = builder()
  addTaxonomy(add, taxonomy)
  addBriefData(add, taxonomy)
  cache.set(taxonomy, lexicon)
  return lexicon
}
