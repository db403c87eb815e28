import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { parseBrief } from '../../audiences/briefs/index.js'
import { foldText, tokenize } from '../../audiences/briefs/brief-tokens.js'

// The parser remembers per written word what the lexicon makes of it (bounded memos): a reading must not depend on
// what was parsed before, nor on a memo being cleared when full.
describe('memos of the brief parser', () => {
  const brief = 'Kesämökin ostajat Keski-Suomessa: perheet, 30–50 v, IT-päättäjät ja CEO:t, home owners in Oulu'

  it('reads a brief the same cold, warm and after the memos were flooded with other words', () => {
    const cold = parseBrief(brief, DEFAULT_TAXONOMY, 'fi')
    expect(parseBrief(brief, DEFAULT_TAXONOMY, 'fi')).toEqual(cold)
    // 60 briefs of 1,000 distinct made-up words: 60,000 words, more than any memo holds (50,000).
    for (let b = 0; b < 60; b++) {
      const words = Array.from({ length: 1000 }, (_, k) => `zq${(b * 1000 + k).toString(36)}x`)
      parseBrief(words.join(' '), DEFAULT_TAXONOMY, 'fi')
    }
    expect(parseBrief(brief, DEFAULT_TAXONOMY, 'fi')).toEqual(cold)
  }, 120_000)

  it('reads a word the same in any brief: the memo is keyed by the word as written', () => {
    // "Salo" is a town only when capitalised (brief-lexicon.ts: short place names are proper nouns).
    const places = (text: string) => parseBrief(text, DEFAULT_TAXONOMY, 'fi').audience.geo.include
    expect(places('asiakkaat Salo')).toEqual([{ municipality: '734', country: 'FI' }])
    expect(places('asiakkaat salo')).toEqual([{ country: 'FI' }])
    expect(places('asiakkaat Salo')).toEqual([{ municipality: '734', country: 'FI' }])
  })
})

describe('foldText', () => {
  // The definition the letter table must agree with: lower case, the typographic apostrophe as ', marks dropped.
  const reference = (text: string) => text.toLowerCase().replace(/’/g, "'").normalize('NFD').replace(/\p{M}/gu, '')

  it('folds every letter of the Latin blocks as the definition does', () => {
    for (let c = 0; c < 0x250; c++) {
      const letter = String.fromCharCode(c)
      expect(foldText(letter), `U+${c.toString(16)}`).toBe(reference(letter))
    }
  })

  it('folds words by the definition, also with letters past the table and combining marks', () => {
    expect(foldText('Lääkärit')).toBe('laakarit')
    expect(foldText('ÅLAND')).toBe('aland')
    expect(foldText('İstanbul')).toBe('istanbul')
    expect(foldText('Ε-ΣΟΦΙΑΣ’')).toBe("ε-σοφιας'")
    expect(foldText('Mala\u0301ga')).toBe('malaga')
    expect(foldText('plain')).toBe('plain')
  })

  it('gives tokens the folded form of their word', () => {
    expect(tokenize('Yritysjohtajat Åbossa, esim. CEO:t').map((t) => t.folded)).toEqual([
      'yritysjohtajat',
      'abossa',
      ',',
      'esim',
      'ceo',
    ])
  })
})
