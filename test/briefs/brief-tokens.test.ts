import { describe, expect, it } from 'vitest'
import { tokenize } from '../../audiences/briefs/brief-tokens.js'

const shapes = (text: string) => tokenize(text).map((t) => [t.kind, t.raw, t.joined] as const)

describe('tokenize', () => {
  it('when a word is hyphenated, then its parts are words joined to the one before', () => {
    expect(shapes('kanta-asiakkaat')).toEqual([
      ['word', 'kanta', false],
      ['word', 'asiakkaat', true],
    ])
  })

  it('when an age range is written 30-60-vuotiaat, then numbers, dashes and the unit are separate tokens', () => {
    expect(shapes('30-60-vuotiaat').map(([kind, raw]) => `${kind}:${raw}`)).toEqual([
      'number:30',
      'punct:-',
      'number:60',
      'punct:-',
      'word:vuotiaat',
    ])
  })

  it('when the text holds an address, a bare domain and an e-mail address, then each is one token', () => {
    expect(
      shapes('https://www.kilpailija.fi/x, talotehdas.fi ja info@kubla.fi.').map(([kind, raw]) => `${kind}:${raw}`),
    ).toEqual([
      'url:https://www.kilpailija.fi/x',
      'punct:,',
      'url:talotehdas.fi',
      'word:ja',
      'email:info@kubla.fi',
      'punct:.',
    ])
  })

  it('when an abbreviation ends with a dot, then the dot stays in the word and folds away', () => {
    const [first] = tokenize('esim. kissa')
    expect(first).toMatchObject({ raw: 'esim.', folded: 'esim' })
  })

  it('when an acronym is inflected after a colon, then the ending stays in the word but not in its folded form', () => {
    const [first] = tokenize('CFO:t')
    expect(first).toMatchObject({ raw: 'CFO:t', folded: 'cfo' })
  })

  it.each([
    ['Vd:ar och', 'Vd:ar', 'vd'],
    ['HR:n ja', 'HR:n', 'hr'],
    ['S:t Karins', 'S:t', 's'],
    ['50 km:n säteellä', 'km:n', 'km'],
    ['2:n lapsen', '2:n', '2'],
  ])(
    'when a colon sits inside a word ("%s"), then the word keeps it and folds without the ending',
    (text, raw, folded) => {
      expect(tokenize(text).find((t) => t.raw.includes(':'))).toMatchObject({ raw, folded })
    },
  )

  it.each(['Ikä:30-50', 'Kohderyhmä:naiset', 'ikä:alle 30', 'klo 14:30'])(
    'when a colon is a separator ("%s"), then it stays a token of its own',
    (text) => {
      expect(tokenize(text).some((t) => t.raw === ':')).toBe(true)
    },
  )

  it('when the text has emoji and combining marks, then spans still index the original string', () => {
    const text = '🎉 Lääka\u0308rit 😀'
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.raw)
    expect(tokenize(text).find((t) => t.kind === 'word')?.folded).toBe('laakarit')
  })

  it('when lines break, then a break token separates them', () => {
    expect(shapes('Liikevaihto\nTulos').map(([kind]) => kind)).toEqual(['word', 'break', 'word'])
  })
})
