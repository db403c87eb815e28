export type TokenKind = 'word' | 'number' | 'url' | 'email' | 'punct' | 'break'

export type Token = {
  kind: TokenKind
  start: number
  end: number
  raw: string
  // Lower case without diacritics ("Lääkärit" → "laakarit"); abbreviation dots dropped ("esim." → "esim").
  folded: string
  upper: boolean
  // A word attached to the previous word by a hyphen ("kanta-asiakkaat" → "kanta", "asiakkaat"): one compound.
  joined: boolean
}

const SPACE = /[^\S\n]+/uy
const LINE_BREAK = /\n\s*/uy
const URL = /(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+/iuy
// Lengths are bounded (RFC 1035 labels, RFC 5321 local parts) so a long run like "a-a-a-…" costs linear time.
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`
const TLDS = 'fi|se|com|net|org|eu|io|ax|no|dk|de|ee|info|biz|co|uk|nu|app|shop|ai'
const DOMAIN = new RegExp(
  String.raw`${LABEL}(?:\.${LABEL}){0,8}\.(?:${TLDS})(?![\p{L}\p{N}-])(?:\/[^\s<>"'()]*)?`,
  'iuy',
)
// Abbreviations keep their dots, so "esim." does not end a sentence.
const ABBREVIATION =
  /(?:e\.g\.|i\.e\.|t\.ex\.|bl\.a\.|m\.m\.|o\.s\.v\.|yms\.|ym\.|mm\.|esim\.|jne\.|tms\.|ns\.|milj\.|mrd\.|ca\.|pl\.|etc\.|inkl\.|exkl\.|excl\.|incl\.|vs\.|approx\.|n\.|kpl\.)(?![\p{L}\p{N}])/iuy
const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)?|\p{N}+/uy
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)?/uy
// Finnish and Swedish inflect acronyms, abbreviations and numerals after a colon: "CFO:t", "IT:n", "vd:ar", "S:t",
// "km:n", "2:n". The ending stays in the token (a colon inside a word names nothing) but not in its folded form.
const ACRONYM_ENDING = /:\p{Ll}{1,4}(?![\p{L}\p{N}])/uy
const CASE_ENDING =
  /:(?:n|t|s|e|a|ä|ta|tä|na|nä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|ään|een|iin|ien|ia|iä|ar|er|or|en|et|na|ns|arna|erna|ars|ers)(?![\p{L}\p{N}])/uy
const isLowerLatin = (c: number): boolean => c >= 0x61 && c <= 0x7a
const isUpperLatin = (c: number): boolean => c >= 0x41 && c <= 0x5a
// A long word starting with a small Latin letter is none of these: most words, tried without a regular expression.
const inflectable = (word: string): boolean =>
  (word.length <= 3 || !isLowerLatin(word.charCodeAt(0))) && /^\p{Lu}{2,}$|^\p{Lu}$|^\p{L}{2,3}$/u.test(word)
const startsUpper = (raw: string): boolean => {
  const c = raw.charCodeAt(0)
  return isUpperLatin(c) || (!isLowerLatin(c) && /^\p{Lu}/u.test(raw))
}
const HYPHEN_THEN_LETTER = /[-‐‑](?=\p{L})/uy
const ANY = /[\s\S]/uy
const TRAILING_PUNCT = /[.,;:!?]+$/u

const fold = (text: string): string => text.toLowerCase().replace(/’/g, "'").normalize('NFD').replace(/\p{M}/gu, '')

// Each Latin letter's fold, worked out once. Folding a word letter by letter gives the same text: lower-casing depends
// on the neighbours only for the Greek sigma, and the marks that decomposing could reorder are all dropped.
const LATIN_END = 0x250
const LATIN_FOLDS: readonly string[] = Array.from({ length: LATIN_END }, (_, c) => fold(String.fromCharCode(c)))
const FOLDS_TO_ITSELF = Uint8Array.from(LATIN_FOLDS, (f, c) => (f === String.fromCharCode(c) ? 1 : 0))

export const foldText = (text: string): string => {
  let same = true
  let ascii = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= LATIN_END) return fold(text)
    same &&= FOLDS_TO_ITSELF[c] === 1
    ascii &&= c < 0x80
  }
  if (same) return text
  if (ascii) return text.toLowerCase()
  let out = ''
  for (let i = 0; i < text.length; i++) out += LATIN_FOLDS[text.charCodeAt(i)]
  return out
}

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at
  const m = re.exec(text)
  return m ? m[0] : null
}

function token(kind: TokenKind, text: string, start: number, raw: string, joined = false): Token {
  const bare = (kind === 'word' || kind === 'number') && raw.includes(':') ? raw.replace(/:\p{L}+$/u, '') : raw
  const folded = kind === 'word' && raw.includes('.') ? foldText(bare).replace(/\./g, '') : foldText(bare)
  return { kind, start, end: start + raw.length, raw, folded, upper: startsUpper(raw), joined }
}

// Whether letters, digits and hyphens may run from at to the dot: an ASCII character of another kind says not.
function mayRunToDot(text: string, at: number, dot: number): boolean {
  for (let i = at; i < dot; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80 && !isLatinOrDigit(c) && c !== 0x2d) return false
  }
  return true
}

const isLatinOrDigit = (c: number): boolean => isLowerLatin(c | 0x20) || (c >= 0x30 && c <= 0x39)

// Latin letters with marks (À–ɏ, not × or ÷): letters to the word pattern as much as a–z are.
const isMarkedLatin = (c: number): boolean => c >= 0xc0 && c < LATIN_END && c !== 0xd7 && c !== 0xf7
const isWordLetter = (c: number): boolean => isLatinOrDigit(c) || isMarkedLatin(c)

// The word at a position: a run of Latin letters and digits that ASCII punctuation or a space ends is read without
// the regular expression, which any other word needs.
function wordAt(text: string, at: number): string | null {
  const first = text.charCodeAt(at)
  if (!isLowerLatin(first | 0x20) && !isMarkedLatin(first)) return matchAt(WORD, text, at)
  let end = at + 1
  while (isWordLetter(text.charCodeAt(end))) end++
  const c = text.charCodeAt(end)
  return Number.isNaN(c) || (c < 0x80 && c !== 0x27) ? text.slice(at, end) : matchAt(WORD, text, at)
}

// The end of a run of plain spaces, or -1 when other white space follows it (the regular expression reads that).
function spacesEnd(text: string, at: number): number {
  let end = at
  while (text.charCodeAt(end) === 0x20) end++
  const c = text.charCodeAt(end)
  return Number.isNaN(c) || (c < 0x80 && (c < 0x09 || c > 0x0d)) ? end : -1
}

// ASCII punctuation that no address, number or word can start (an address can start with . _ % + or -, and a hyphen
// may join a compound): a one-character token, read without trying each regular expression on it.
const isPlainPunct = (c: number): boolean =>
  c > 0x20 && c < 0x7f && !isLatinOrDigit(c) && c !== 0x2e && c !== 0x5f && c !== 0x25 && c !== 0x2b && c !== 0x2d

// Where the next "@" and "." are: addresses are tried only when one is near, which keeps plain words cheap.
type Marks = { at: number; dot: number }

// Whether an "@" is near enough after at for an address to start there (the same bound nextToken tries).
function emailNear(text: string, at: number, marks: Marks): boolean {
  if (marks.at < at) marks.at = text.indexOf('@', at) >>> 0
  return marks.at - at <= 64
}

// An ending after a colon ("IT:n", "2:n"): tried only when a colon is there.
const endingAt = (re: RegExp, text: string, at: number): string | null =>
  text.charCodeAt(at) === 0x3a ? matchAt(re, text, at) : null

function nextToken(text: string, at: number, joined: boolean, marks: Marks): Token {
  if (marks.at < at) marks.at = text.indexOf('@', at) >>> 0
  if (marks.dot < at) marks.dot = text.indexOf('.', at) >>> 0
  const c = text.charCodeAt(at) | 0x20
  // An address starts "http" or "www." (in any case): the two first letters say whether to try it.
  const c2 = text.charCodeAt(at + 1) | 0x20
  const url = (c === 0x68 && c2 === 0x74) || (c === 0x77 && c2 === 0x77) ? matchAt(URL, text, at) : null
  if (url) return token('url', text, at, url.replace(TRAILING_PUNCT, '') || url)
  const email = marks.at - at <= 64 ? matchAt(EMAIL, text, at) : null
  if (email) return token('email', text, at, email)
  // A domain's first label (63 characters at most) and an abbreviation's first letters run up to the first dot.
  const dotted = marks.dot - at <= 63 && mayRunToDot(text, at, marks.dot)
  const domain = dotted ? matchAt(DOMAIN, text, at) : null
  if (domain) return token('url', text, at, domain)
  const abbreviation = dotted && marks.dot - at <= 8 ? matchAt(ABBREVIATION, text, at) : null
  if (abbreviation) return token('word', text, at, abbreviation)
  // A Latin letter starts no number.
  const number = isLowerLatin(c) ? null : matchAt(NUMBER, text, at)
  if (number) return token('number', text, at, number + (endingAt(CASE_ENDING, text, at + number.length) ?? ''))
  const word = wordAt(text, at)
  // Both endings start with a colon: a word that no colon follows has none.
  const ending =
    word && text.charCodeAt(at + word.length) === 0x3a && inflectable(word)
      ? ((/^\p{Lu}{2,}$/u.test(word) ? matchAt(ACRONYM_ENDING, text, at + word.length) : null) ??
        matchAt(CASE_ENDING, text, at + word.length))
      : null
  if (word) return token('word', text, at, word + (ending ?? ''), joined)
  return token('punct', text, at, matchAt(ANY, text, at) ?? text.charAt(at))
}

/** Splits a brief into tokens whose spans index the original text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let at = 0
  let joined = false
  const marks: Marks = { at: -1, dot: -1 }
  while (at < text.length) {
    const c = text.charCodeAt(at)
    // A Latin letter or a digit starts no space, line break or hyphen.
    if (isLatinOrDigit(c)) {
      const next = nextToken(text, at, joined, marks)
      joined = false
      tokens.push(next)
      at = next.end
      continue
    }
    if (isPlainPunct(c) || (c === 0x2e && !emailNear(text, at, marks))) {
      joined = false
      tokens.push(token('punct', text, at, text.charAt(at)))
      at += 1
      continue
    }
    const spaces = c === 0x20 ? spacesEnd(text, at) : -1
    if (spaces > at) {
      at = spaces
      continue
    }
    const space = matchAt(SPACE, text, at)
    if (space) {
      at += space.length
      continue
    }
    const lineBreak = matchAt(LINE_BREAK, text, at)
    if (lineBreak) {
      tokens.push(token('break', text, at, lineBreak))
      at += lineBreak.length
      continue
    }
    const previous = tokens[tokens.length - 1]
    if (previous?.kind === 'word' && previous.end === at && matchAt(HYPHEN_THEN_LETTER, text, at)) {
      at += 1
      joined = true
      continue
    }
    const next = nextToken(text, at, joined, marks)
    joined = false
    tokens.push(next)
    at = next.end
  }
  return tokens
}

export const isContent = (t: Token): boolean =>
  t.kind === 'word' || t.kind === 'number' || t.kind === 'url' || t.kind === 'email'

const CLAUSE_ENDS = new Set(['.', ';', '!', '?', '•', '·', '|', '(', ')', '[', ']', '▪', '●', '◦', '*'])

/** Whether a token ends a clause: a line break or a sentence mark. Commas do not: lists run across them. */
export const isClauseEnd = (t: Token): boolean => t.kind === 'break' || (t.kind === 'punct' && CLAUSE_ENDS.has(t.raw))

// Each token's folded form and the next one's ("ei ole"), made once per token list: several rules look a pair up at
// every word, and building the string each time was most of their cost.
const pairMemo = new WeakMap<readonly Token[], string[]>()

/** The folded words at i and i + 1 joined by a space ('' for a token past either end). */
export function wordPair(tokens: readonly Token[], i: number): string {
  if (i < 0 || i >= tokens.length) return `${tokens[i]?.folded ?? ''} ${tokens[i + 1]?.folded ?? ''}`
  let pairs = pairMemo.get(tokens)
  if (!pairs) pairMemo.set(tokens, (pairs = new Array<string>(tokens.length)))
  return (pairs[i] ??= `${tokens[i]?.folded ?? ''} ${tokens[i + 1]?.folded ?? ''}`)
}
