// Finnish inflection, enough to find a lemma in running text: the stems a word takes before its case endings,
// with consonant gradation (Helsinki → Helsingissä, Turku → Turussa, lääkäri → lääkäreitä, asiakas → asiakkaat).
// Works on folded text (ä → a, ö → o), so vowel harmony needs no rules.

// minEnding: the fewest letters an ending after this stem must have (see word-matcher.ts).
export type Stem = { stem: string; pluralOnly: boolean; minEnding?: number }

const VOWEL = /[aeiouy]/
// "kk>k nk>ng …": consonant gradation pairs; the cluster on the left becomes the one on the right.
const gradations = (pairs: string): Record<string, string> =>
  Object.fromEntries(pairs.split(' ').map((pair) => pair.split('>') as [string, string]))
const WEAK = gradations('kk>k pp>p tt>t nk>ng mp>mm nt>nn lt>ll rt>rr ht>hd lk>l rk>r hk>h lp>lv rp>rv k> p>v t>d')
const STRONG = gradations('k>kk p>pp t>tt d>t v>p ng>nk mm>mp nn>nt ll>lt rr>rt hd>ht')

// Regrades the consonant cluster at the end of `head`; single consonants grade only after a vowel.
function regrade(head: string, table: Record<string, string>): string | null {
  const two = head.slice(-2)
  if (head.length > 2 && table[two] !== undefined && !VOWEL.test(two)) return head.slice(0, -2) + table[two]
  const one = head.slice(-1)
  const before = head.slice(-2, -1)
  if (head.length > 1 && table[one] !== undefined && VOWEL.test(before)) return head.slice(0, -1) + table[one]
  return null
}

/** The weak grade of a word ending in one vowel: "helsinki" → "helsingi", "turku" → "turu". */
export function weakGrade(word: string): string | null {
  const m = /^(.*[aeiouy])([^aeiouy]+)([aeiouy])$/.exec(word)
  if (!m) return null
  const graded = regrade(`${m[1]}${m[2]}`, WEAK)
  return graded === null ? null : graded + m[3]
}

function strongGrade(consonantFinal: string): string | null {
  return regrade(consonantFinal, STRONG)
}

function consonantStemmed(l: string): Stem[] {
  const out: Stem[] = []
  const add = (stem: string | null, pluralOnly = false) => {
    if (stem) out.push({ stem, pluralOnly })
  }
  if (l.endsWith('nen')) {
    add(`${l.slice(0, -3)}se`)
    add(`${l.slice(0, -3)}s`)
  }
  if (/(as|es)$/.test(l)) {
    const base = l.slice(0, -2)
    const vowel = l.slice(-2, -1)
    for (const b of [base, strongGrade(base)]) {
      if (!b) continue
      add(b + vowel + vowel)
      add(b + vowel, true)
    }
  }
  if (/(us|ys|os)$/.test(l)) {
    const base = l.slice(0, -1)
    add(`${base}kse`)
    add(`${base}ks`, true)
    add(`${base.slice(0, -1)}ude`)
  }
  if (l.endsWith('is')) add(`${l.slice(0, -1)}i`)
  if (l.endsWith('ton')) {
    add(`${l.slice(0, -3)}ttoma`)
    add(`${l.slice(0, -3)}ttom`, true)
  }
  if (l.endsWith('in')) add(`${l.slice(0, -1)}me`)
  return out
}

function vowelStemmed(l: string): Stem[] {
  const out: Stem[] = [{ stem: l.slice(0, -1), pluralOnly: true }]
  const weak = weakGrade(l)
  if (weak) out.push({ stem: weak, pluralOnly: false }, { stem: weak.slice(0, -1), pluralOnly: true })
  if (l.endsWith('si')) {
    out.push({ stem: `${l.slice(0, -2)}de`, pluralOnly: false }, { stem: `${l.slice(0, -2)}te`, pluralOnly: false })
    out.push({ stem: `${l.slice(0, -2)}s`, pluralOnly: true })
  }
  if (l.endsWith('i')) {
    const e = `${l.slice(0, -1)}e`
    out.push({ stem: e, pluralOnly: false })
    const weakE = weakGrade(e)
    if (weakE) out.push({ stem: weakE, pluralOnly: false })
  }
  if (l.endsWith('e')) {
    out.push({ stem: `${l}e`, pluralOnly: false })
    const strong = strongGrade(l.slice(0, -1))
    if (strong) out.push({ stem: `${strong}ee`, pluralOnly: false }, { stem: `${strong}e`, pluralOnly: true })
  }
  return out
}

// A plural lemma ("talotehtaat", "päälliköt"): its stem, and the singular it comes from.
function pluralLemmaStems(l: string): Stem[] {
  const base = l.slice(0, -1)
  const out: Stem[] = [{ stem: base, pluralOnly: false }, ...vowelStemmed(base)]
  const strong = strongGradeOfVowelFinal(base)
  if (strong) out.push({ stem: strong, pluralOnly: false })
  const long = /([aeiouy])\1$/.exec(base)
  if (long) {
    const head = base.slice(0, -2)
    const singular = `${regrade(head, WEAK) ?? head}${long[1]}s`
    out.push({ stem: singular, pluralOnly: false }, ...consonantStemmed(singular))
  }
  return out
}

function strongGradeOfVowelFinal(word: string): string | null {
  const m = /^(.*[aeiouy])([^aeiouy]+)([aeiouy])$/.exec(word)
  if (!m) return null
  const graded = strongGrade(`${m[1]}${m[2]}`)
  return graded === null ? null : graded + m[3]
}

/** Every stem of a folded Finnish lemma word, each marked whether only plural endings may follow it. */
export function finnishStems(lemma: string): Stem[] {
  const stems: Stem[] = [{ stem: lemma, pluralOnly: false }]
  if (lemma.length > 4 && /[aeiouy]t$/.test(lemma)) stems.push(...pluralLemmaStems(lemma))
  else if (VOWEL.test(lemma.slice(-1))) stems.push(...vowelStemmed(lemma))
  else stems.push(...consonantStemmed(lemma))
  return stems.filter((s) => s.stem.length >= 3)
}

const CASES =
  ' n a ta tta ssa sta lla lta lle ksi na tta seen hin han hen hon hun an en in on un yn ten lainen laiset laisia laisille laisten laisiin'.split(
    ' ',
  )
const PLURAL = 't ja jen oja ojen oita oiden oitten oihin oille oilla oissa oista oina'.split(' ')
const I_PLURAL = 'ia ien iden itten ita ihin iin ille illa issa ista ilta iksi ina ine itta i'.split(' ')
const E_PLURAL = 'eita eiden eitten eihin eille eilla eissa eista eilta eina eja ejen'.split(' ')
const POSSESSIVE = ['', 'nsa', 'mme', 'nne', 'ni', 'si', 'kin', 'an', 'en']

const withPossessive = (endings: readonly string[]): string[] => endings.flatMap((e) => POSSESSIVE.map((p) => e + p))

export const FINNISH_PLURAL_ENDINGS: ReadonlySet<string> = new Set(
  withPossessive([...PLURAL, ...I_PLURAL, ...E_PLURAL]),
)
export const FINNISH_ENDINGS: ReadonlySet<string> = new Set([...withPossessive(CASES), ...FINNISH_PLURAL_ENDINGS])
