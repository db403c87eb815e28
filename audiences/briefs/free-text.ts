import { BRIEF_STRUCTURE } from './brief-data.js'
import type { Resolved } from './brief-resolve.js'
import type { FreeText } from './brief-schema.js'
import type { Token } from './brief-tokens.js'

const MAX_WORDS = 4
const MAX_CHARS = 80
const MAX_OFFERS = 30
const S = BRIEF_STRUCTURE.functionWords
const FUNCTION_WORDS = new Set([...S.fi, ...S.sv, ...S.en])
// Finnish finite verbs and participles ("harrastavat", "ostaneet"): they end a noun phrase.
const VERB = /(vat|neet|neita|maan|massa)$/
const QUOTES = /^["'“”‘’«»„]+|["'“”‘’«»„]+$/gu

const isPhraseWord = (t: Token) =>
  t.kind === 'word' && t.folded.length > 1 && !FUNCTION_WORDS.has(t.folded) && !VERB.test(t.folded)

/**
 * The noun phrases kohde did not understand, offered as free-text terms: runs of up to four words no reading
 * covers, cut at punctuation, function words and verbs ("Golfin pelaajat", "craft beer enthusiasts").
 */
export function freeTextOffers(tokens: readonly Token[], resolved: readonly Resolved[], text: string): FreeText[] {
  const covered = new Uint8Array(tokens.length)
  // A name's words and the words of a special category still name who the audience is: they are offered too.
  for (const r of resolved)
    if (r.reading.kind !== 'name' && r.reading.kind !== 'special') covered.fill(1, r.item.from, r.item.to)
  const out: FreeText[] = []
  const seen = new Set<string>()
  let run: Token[] = []
  const close = () => {
    const first = run[0]
    const last = run[run.length - 1]
    const words = run.length
    run = []
    if (!first || !last || words > MAX_WORDS || out.length >= MAX_OFFERS) return
    const raw = text.slice(first.start, last.end)
    const value = raw.replace(QUOTES, '').trim()
    const key = value.toLowerCase()
    if (value.length < 3 || value.length > MAX_CHARS || seen.has(key)) return
    seen.add(key)
    out.push({ span: [first.start, last.end], text: raw, value })
  }
  tokens.forEach((token, i) => {
    // "e-sport": a short word joined to the next is part of the compound.
    const open = covered[i] === 0 && (isPhraseWord(token) || (token.kind === 'word' && tokens[i + 1]?.joined === true))
    const previous = run[run.length - 1]
    // A hyphenated compound ("business-luokassa") stays one phrase; any other mark between words ends it.
    const adjacent = previous !== undefined && (token.joined || tokens[i - 1] === previous)
    if (open && (run.length === 0 || adjacent)) run.push(token)
    else {
      close()
      if (open) run.push(token)
    }
  })
  close()
  return out
}
