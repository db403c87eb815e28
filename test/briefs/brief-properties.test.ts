import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AudienceSchema, DEFAULT_TAXONOMY, validateAudience } from '../../audiences/index.js'
import {
  BRIEF_MAX_CHARS,
  BriefParseRequestSchema,
  BriefParseResultSchema,
  parseBrief,
  type BriefParseResult,
} from '../../audiences/briefs/index.js'

const WORDS = [
  'naiset',
  'Helsingissä',
  '30–60v',
  'yli',
  '20',
  '+',
  'ei',
  'paitsi',
  'kanta-asiakkaat',
  'liikevaihto',
  '10',
  'M€',
  'hakusanat:',
  'kilpailija.fi',
  'lasten',
  'ikä',
  '0–6',
  'v',
  'except',
  'utom',
  'Uudellamaalla',
  ':',
  ',',
  '.',
  '\n',
  '😀',
  'د',
  '中文',
  '<b>',
  '&amp;',
  'CFO:t',
  '00100',
  '-',
  '–',
]
const briefLike = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((words) => words.join(' '))
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  briefLike,
)

function expectWellFormed(text: string, result: BriefParseResult): void {
  expect(BriefParseResultSchema.safeParse(result).error).toBeUndefined()
  // A draft is something the user can compile straight away: no 422 issues.
  expect(validateAudience(AudienceSchema.parse(result.audience), DEFAULT_TAXONOMY)).toEqual([])
  const covered = new Uint8Array(text.length)
  for (const { span, text: slice } of [...result.recognized, ...result.unrecognized]) {
    expect(span[0]).toBeLessThanOrEqual(span[1])
    expect(span[1]).toBeLessThanOrEqual(text.length)
    expect(text.slice(span[0], span[1])).toBe(slice)
    covered.fill(1, span[0], span[1])
  }
  // Letters and digits are all accounted for; spaces, punctuation, symbols and emoji need not be.
  const uncovered = [...text.matchAll(/[\p{L}\p{N}]/gu)].filter((m) => covered[m.index] === 0)
  expect(uncovered.map((m) => m[0])).toEqual([])
}

describe('parseBrief properties', () => {
  it('when given any string, then it returns a well-formed result whose spans cover every letter and digit', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, 'fi', 'sv', 'en' as const), (text, locale) => {
        expectWellFormed(text, parseBrief(text, DEFAULT_TAXONOMY, locale))
      }),
      { numRuns: 300 },
    )
  })

  it.each([
    ['empty', ''],
    ['spaces only', '   \n\t  '],
    ['emoji', '😀🎉👨‍👩‍👧 '.repeat(20)],
    ['HTML', '<div class="brief"><p>Naiset <b>30–60v</b> &amp; Helsingissä</p><script>alert(1)</script></div>'],
    ['mixed scripts', 'Женщины 30–60 ليلى 中文 Helsingissä naiset ᚠᚢᚦ'],
    ['lone surrogates', '\ud800 naiset \udfff'],
    ['an excluded age range (found by this property)', 'ikä utom 0–6'],
  ])('when the brief is %s, then the result is well formed', (_name, text) => {
    expectWellFormed(text, parseBrief(text, DEFAULT_TAXONOMY))
  })

  it.each([
    ['a brief repeated', 'Naiset 30–60v Helsingissä, ei kanta-asiakkaat, kiinnostus: design, liikevaihto yli 10 M€. '],
    ['hyphen chains', 'a-'],
    ['dotted chains', 'a.'],
    ['at signs', 'x@'],
    ['digits and dashes', '1–2-'],
    ['a keyword list', 'hakusanat: kissa, '],
  ])(
    'when 100 kB of %s are parsed, then the result is well formed (bench/briefs.ts measures the time)',
    (_name, unit) => {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000)

      expectWellFormed(text, parseBrief(text, DEFAULT_TAXONOMY))
    },
  )

  it('when a request is longer than the limit, then the request schema rejects it (a 400 at the edge)', () => {
    expect(BriefParseRequestSchema.safeParse({ text: 'a'.repeat(BRIEF_MAX_CHARS) }).success).toBe(true)
    expect(BriefParseRequestSchema.safeParse({ text: 'a'.repeat(BRIEF_MAX_CHARS + 1) }).success).toBe(false)
    expect(BriefParseRequestSchema.safeParse({ text: 'x', locale: 'de' }).success).toBe(false)
    expect(BriefParseRequestSchema.safeParse({ text: 'x', extra: 1 }).success).toBe(false)
  })
})
