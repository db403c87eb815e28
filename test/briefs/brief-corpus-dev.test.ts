import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, parseBrief, type Audience } from '../../audiences/index.js'
import { expectationsOf } from './support/corpus-expect.js'
import { CORPUS_ROOT, loadCorpusPart, type CorpusEntry } from './support/corpus-format.js'
import { offerMatches, scoreBrief, totalsOf, type ParseLike } from './support/corpus-score.js'

const taxonomy = DEFAULT_TAXONOMY
const entry = (over: Partial<CorpusEntry>): CorpusEntry => ({
  id: 'fi-x',
  classes: [],
  text: 'x',
  places: [],
  notPlaces: [],
  genders: [],
  languages: [],
  include: [],
  exclude: [],
  free: [],
  lang: 'fi',
  file: 'fi.yaml',
  ...over,
})
const concepts = (e: CorpusEntry) => expectationsOf(e, taxonomy).map((x) => [x.concept, x.pending, x.free])

describe('the brief corpus format (test/fixtures/brief-corpus/README.md)', () => {
  const parts = readdirSync(CORPUS_ROOT).filter((p) => existsSync(join(CORPUS_ROOT, p, 'fi.yaml')))

  it.each(parts)('when part %s is loaded, then every brief follows the format', (part) => {
    expect(loadCorpusPart(part).length).toBeGreaterThan(0)
  })

  it('when places are written as names, ranges, radii or unknown names, then they become the parse strings', () => {
    // Kuopio's centre in geo-fi.json; the range keeps the codes the postal data has (65100, 65130 … 65380: 11).
    const expected = concepts(entry({ places: ['Kuopio +30km', '65100-65380', 'Tallinna'], notPlaces: ['Vasa'] }))

    expect(expected[0]).toEqual(['place:radius:62.989,27.698:30', false, null])
    expect(expected.filter(([c]) => String(c).startsWith('place:postal:FI:65'))).toHaveLength(11)
    // Malmö is in the taxonomy now (geo-se.json); Tallinn is not.
    expect(expected).toContainEqual(['place:unknown:tallinna', true, null])
    expect(expected).toContainEqual(['not-place:municipality:FI:905', false, null])
  })

  it('when terms are keys, pending keys with words, or alternatives, then pending ones are marked and groups give pairs', () => {
    const expected = concepts(
      entry({
        include: [
          ['title.ceo', 'seniority.owner'],
          ['interest.golf ~golf', 'interest.nope|interest.dogs'],
        ],
      }),
    )

    expect(expected).toEqual([
      ['term:title.ceo', false, null],
      ['term:seniority.owner', false, null],
      ['term:interest.golf', true, 'golf'],
      ['term:interest.dogs', false, null],
      ['or:seniority.owner|title.ceo', false, null],
    ])
  })

  it.each([
    ['golf', 'golfista kiinnostuneet', true],
    ['purjehtija', 'purjehtijat', true],
    ['HR', 'HR:n', true],
    ['craft beer', 'Craft beer enthusiasts', true],
    ['craft beer', 'beer', false],
    ['auto', 'autot ja veneet', true],
    ['kalastus', 'kala', false],
  ])('when "%s" is expected and "%s" offered, then it matches: %s', (expected, offered, matches) => {
    expect(offerMatches(expected, offered)).toBe(matches)
  })

  it('when a parse is scored, then recall counts free-text offers for pending terms and precision the draft only', () => {
    const e = entry({ age: '30-50', places: ['Espoo'], include: [['title.ceo', 'interest.golf ~golf']] })
    const audience: Audience = {
      name: 'x',
      tags: [],
      locale: 'fi',
      specialAdCategory: 'none',
      geo: { include: [{ municipality: '091', country: 'FI' }], exclude: [], presence: 'home' },
      age: { min: 30, max: 50 },
      genders: [],
      languages: [],
      include: [[{ facet: 'title', value: 'title.ceo' }]],
      exclude: [],
    }
    const parse: ParseLike = {
      audience,
      recognized: [{ span: [0, 1], text: 'x', term: { kind: 'age', min: 30, max: 50, label: '30–50' } }],
      unrecognized: [{ span: [0, 4], text: 'golf' }],
      notes: [],
      freeText: [{ text: 'golfin pelaajat' }],
    }
    const score = scoreBrief(e, parse, taxonomy)

    // Expected: age, Espoo, title.ceo, golf (pending, offered) and, since interest.golf is a taxonomy key now, the
    // group's pair or:interest.golf|title.ceo (pending like golf, so counted by vocab only). Produced: age, Helsinki,
    // title.ceo.
    expect(score).toMatchObject({
      now: { expected: 4, found: 3 },
      vocab: { expected: 5, found: 2 },
      produced: 3,
      right: 2,
    })
    expect(score.wrong).toEqual(['place:municipality:FI:091'])
    expect(totalsOf([score])).toMatchObject({ recall: 0.75, precision: 2 / 3, vocabRecall: 2 / 5, pending: 2 })
  })
})

describe('the parser on the dev corpus (npm run brief-corpus -- --part dev prints the figures)', () => {
  const scores = loadCorpusPart('dev').map((e) => scoreBrief(e, parseBrief(e.text, taxonomy), taxonomy))

  // Floors a little under what the parser reached when it was tuned (97.8–99.0 % recall, 98.4–100 % precision):
  // a change that loses readings fails here before anyone measures the held-out part.
  it.each(['fi', 'sv', 'en'] as const)(
    'when the %s briefs are parsed, then recall ≥ 95 % and precision ≥ 97 %',
    (lang) => {
      const totals = totalsOf(scores.filter((s) => s.entry.lang === lang))

      expect(totals.recall).toBeGreaterThanOrEqual(0.95)
      expect(totals.precision).toBeGreaterThanOrEqual(0.97)
    },
  )
})
