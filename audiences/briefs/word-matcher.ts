import { FINNISH_ENDINGS, FINNISH_PLURAL_ENDINGS, finnishStems, type Stem } from './finnish-stems.js'
import { foldText } from './brief-tokens.js'

export type Lang = 'fi' | 'sv' | 'en'

export type WordMatcher = {
  lemma: string
  // The lemma in lower case with its å, ä, ö, ü kept: a word written with one where the lemma has none is another
  // word ("Gärna" is not "garn", "Vår" is not "Vara", "sää" is not "saa").
  marked: string
  lang: Lang
  // Short words and words written "=x" match only these forms.
  forms: readonly string[] | null
  stems: readonly Stem[]
  // An acronym ("IT", "CEO") matches only when written in capitals, so "it" the pronoun stays a word.
  capitals: boolean
  agreeing: { adjective: readonly string[]; tailStems: readonly Stem[] } | null
  // Also inside a compound with a head such as "omistaja"/"ägare" (koiranomistajat, kattägare).
  compound: boolean
}

const SWEDISH_ENDINGS: ReadonlySet<string> = new Set([
  '',
  's',
  'n',
  'en',
  'et',
  'ens',
  'ets',
  'na',
  'nas',
  'ar',
  'arna',
  'arnas',
  'er',
  'erna',
  'ernas',
  'or',
  'orna',
  'r',
  'rna',
  'a',
  'e',
  't',
  'ns',
  'ts',
])
const ENGLISH_ENDINGS: ReadonlySet<string> = new Set(['', 's', 'es', "'s", "s'"])

// Finnish compounds whose first part agrees in case with the second: Uusimaa → Uudellamaalla, Isokyrö → Isossakyrössä.
const AGREEING_ADJECTIVES: Record<string, readonly string[]> = {
  uusi: ['uude', 'uute', 'uusi'],
  iso: ['iso'],
  pieni: ['piene', 'pieni'],
  vanha: ['vanha'],
  suuri: ['suure', 'suuri'],
}
const AGREEING_CASES = ['n', 'a', 'ta', 'ssa', 'sta', 'lla', 'lta', 'lle', 'ksi', 'na', 'en', 'seen']
const COMPOUND_HEADS: Record<Lang, { linkers: readonly string[]; heads: readonly string[] }> = {
  fi: { linkers: ['', 'n'], heads: ['omistaja', 'harrastaja', 'ystava', 'rakastaja', 'pelaaja', 'intoilija', 'fani'] },
  sv: { linkers: ['', 's'], heads: ['agare', 'alskare', 'entusiast', 'intresserad', 'spelare', 'fantast', 'utovare'] },
  en: { linkers: [], heads: [] },
}
let headMatchers: Record<Lang, WordMatcher[]> | null = null

// A stem cut down to three letters is a different word with no or a one-letter ending: "news" is not "new", the
// bars of "barer" are not "barn" (children), Vara is not "Vår". Such a stem needs an ending of two letters or more.
// A Swedish agent noun without its e is the verb ("spelare" → "spelar" plays, "Ålder spelar ingen roll"): it
// needs an ending ("spelaren", "spelarna").
const SHORT_STEM = 3

function stemOf(lemma: string, stem: string): Stem {
  const cut = stem.length < lemma.length
  const verbLike = cut && lemma.endsWith('are') && stem === lemma.slice(0, -1)
  return {
    stem,
    pluralOnly: false,
    ...(cut && (stem.length <= SHORT_STEM || verbLike) ? { minEnding: verbLike ? 1 : 2 } : {}),
  }
}

function swedishStems(l: string): Stem[] {
  // "lönsam" → "lönsamma", "ensam" → "ensamma": a final m or n after a short vowel doubles before an ending.
  const out = /[aeiouyåäö][mn]$/.test(l) && !/[aeiouyåäö]{2}[mn]$/.test(l) ? [l, l + l.slice(-1)] : [l]
  if (/[ae]$/.test(l)) out.push(l.slice(0, -1))
  if (/(erna|arna|orna)$/.test(l)) out.push(l.slice(0, -4))
  else if (l.length > 4 && /(er|ar|or|en|et)$/.test(l)) out.push(l.slice(0, -2))
  // "villa" → "villor", "villan", but "vill" (want) is another word: a noun without its final a or e, or an -or
  // plural without it (villor, stugor: the singular ends in a), needs an ending.
  const bare = /[ae]$/.test(l) ? l.slice(0, -1) : /or$/.test(l) && l.length > 4 ? l.slice(0, -2) : null
  return out
    .filter((s) => s.length >= 3)
    .map((stem) => {
      const made = stemOf(l, stem)
      return stem === bare && made.minEnding === undefined ? { ...made, minEnding: 1 } : made
    })
}

function englishStems(l: string): Stem[] {
  const out = [l]
  if (l.endsWith('ies')) out.push(`${l.slice(0, -3)}y`)
  else if (l.endsWith('es')) out.push(l.slice(0, -2))
  if (l.endsWith('s') && !l.endsWith('ss')) out.push(l.slice(0, -1))
  if (/[^aeiou]y$/.test(l)) out.push(`${l.slice(0, -1)}ie`)
  return out.filter((s) => s.length >= 3).map((stem) => stemOf(l, stem))
}

const stemsOf = (lemma: string, lang: Lang): Stem[] =>
  lang === 'fi' ? finnishStems(lemma) : lang === 'sv' ? swedishStems(lemma) : englishStems(lemma)

function agreement(lemma: string, lang: Lang): WordMatcher['agreeing'] {
  if (lang !== 'fi') return null
  for (const [adjective, stems] of Object.entries(AGREEING_ADJECTIVES)) {
    const tail = lemma.slice(adjective.length)
    if (lemma.startsWith(adjective) && tail.length >= 3) return { adjective: stems, tailStems: finnishStems(tail) }
  }
  return null
}

/** A matcher for one word of a phrase as written in the data: "=x" exact, "a|b" with an extra stem b. */
export function wordMatcher(written: string, lang: Lang, compound = false): WordMatcher {
  const exact = written.startsWith('=')
  const [written_ = '', ...extra] = written.replace(/^=/, '').split('|')
  // "vd:ar", "S:t": the ending after a colon is the token's too, and tokens fold it away.
  const head = written_.replace(/:\p{L}+$/u, '')
  const lemma = foldText(head)
  const marked = head.toLowerCase().normalize('NFC')
  const capitals = /^\p{Lu}{2,3}$/u.test(head)
  if (exact || lemma.length <= 3) {
    const forms = lang === 'en' && !exact ? [lemma, `${lemma}s`] : [lemma]
    return { lemma, marked, lang, forms, stems: [], capitals, agreeing: null, compound: false }
  }
  const stems = [...stemsOf(lemma, lang), ...extra.map((e) => ({ stem: foldText(e), pluralOnly: false }))]
  return { lemma, marked, lang, forms: null, stems, capitals, agreeing: agreement(lemma, lang), compound }
}

const endingsOf = (lang: Lang, pluralOnly: boolean): ReadonlySet<string> =>
  lang === 'fi'
    ? pluralOnly
      ? FINNISH_PLURAL_ENDINGS
      : FINNISH_ENDINGS
    : lang === 'sv'
      ? SWEDISH_ENDINGS
      : ENGLISH_ENDINGS

function matchesStems(form: string, stems: readonly Stem[], lang: Lang, only?: string): boolean {
  for (const { stem, pluralOnly, minEnding } of stems) {
    if (!form.startsWith(stem)) continue
    const ending = form.slice(stem.length)
    if (minEnding !== undefined && ending.length < minEnding) continue
    if (only === undefined ? endingsOf(lang, pluralOnly).has(ending) : ending === only) return true
  }
  return false
}

function matchesAgreeing(form: string, agreeing: NonNullable<WordMatcher['agreeing']>): boolean {
  for (const adjective of agreeing.adjective) {
    if (!form.startsWith(adjective)) continue
    const rest = form.slice(adjective.length)
    for (const ending of AGREEING_CASES) {
      if (rest.startsWith(ending) && matchesStems(rest.slice(ending.length), agreeing.tailStems, 'fi', ending))
        return true
    }
  }
  return false
}

function matchesCompound(form: string, m: WordMatcher): boolean {
  headMatchers ??= {
    fi: COMPOUND_HEADS.fi.heads.map((h) => wordMatcher(h, 'fi')),
    sv: COMPOUND_HEADS.sv.heads.map((h) => wordMatcher(h, 'sv')),
    en: [],
  }
  for (const { stem, pluralOnly } of m.stems) {
    if (pluralOnly || !form.startsWith(stem)) continue
    for (const linker of COMPOUND_HEADS[m.lang].linkers) {
      const rest = form.slice(stem.length + linker.length)
      if (form.startsWith(linker, stem.length) && headMatchers[m.lang].some((h) => matchesStems(rest, h.stems, m.lang)))
        return true
    }
  }
  return false
}

const MARKED = /[åäöü]/

// Whether the letters the word shares with the lemma agree in their marks. Only a mark the writer typed counts
// against: "Malmo" for Malmö is a typo worth reading, "Gärna" for "garn" is another word.
const MARKED_ANY_CASE = /[åäöüÅÄÖÜ]/
let lastRaw = ''
let lastWritten = ''

function marksAgree(raw: string, marked: string): boolean {
  // Most words carry no mark: they agree without a copy of the word.
  if (!MARKED_ANY_CASE.test(raw)) return true
  // One word is tried against many lemmas in a row: its lower-case form is kept for the next call.
  if (raw !== lastRaw) {
    lastRaw = raw
    lastWritten = raw.toLowerCase().normalize('NFC')
  }
  const written = lastWritten
  if (!MARKED.test(written)) return true
  const n = Math.min(written.length, marked.length)
  for (let i = 0; i < n; i++) {
    const c = written.charAt(i)
    // Only the same letter without its mark disagrees: an ending that differs ("nykyisiä", "nykyiset") is inflection.
    if (MARKED.test(c) && marked.charAt(i) === foldText(c)) return false
  }
  return true
}

function matchesForm(form: string, m: WordMatcher): boolean {
  if (m.forms) return m.forms.includes(form)
  if (matchesStems(form, m.stems, m.lang)) return true
  return (m.agreeing !== null && matchesAgreeing(form, m.agreeing)) || (m.compound && matchesCompound(form, m))
}

/** Whether a folded word form is an inflected form of the matcher's lemma. */
export function matchesWord(form: string, raw: string, m: WordMatcher): boolean {
  if (m.capitals && !/^\p{Lu}{2,}/u.test(raw)) return false
  // The marks are compared only on a match: most tries fail on the form first.
  return matchesForm(form, m) && marksAgree(raw, m.marked)
}

/** The keys under which a text word may find this matcher: its exact forms, or the first three letters of its stems. */
export function indexKeys(m: WordMatcher): { exact: readonly string[]; prefixes: readonly string[] } {
  if (m.forms) return { exact: m.forms, prefixes: [] }
  const prefixes = new Set(m.stems.map((s) => s.stem.slice(0, 3)))
  for (const a of m.agreeing?.adjective ?? []) prefixes.add(a.slice(0, 3))
  return { exact: [], prefixes: [...prefixes] }
}
