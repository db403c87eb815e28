import { describe, expect, it } from 'vitest'
import { AudienceSchema } from '../../audiences/index.js'
import { BriefParseResultSchema, parseBrief } from '../../audiences/briefs/index.js'
import { formatBriefReport } from '../../server/cli/brief-report.js'
import { briefTestTaxonomy } from './support/brief-taxonomy.js'

const TAXONOMY = briefTestTaxonomy()
const VILLA =
  'Arvokkaan huvilan asiakassegmentti: tulotaso yläluokkaa, toimitusjohtajat, lääkärit, juristit, arvokkailla alueilla asuvat, 30–60v, kiinnostus: Talouselämä, design'

describe('parseBrief structure', () => {
  it('when given the villa brief of the issue, then the draft has its name, age, and one OR group per facet', () => {
    const { audience } = parseBrief(VILLA, TAXONOMY)

    expect(audience).toMatchObject({
      name: 'Arvokkaan huvilan asiakassegmentti',
      locale: 'fi',
      geo: { include: [{ country: 'FI' }], exclude: [], presence: 'home' },
      age: { min: 30, max: 60 },
      genders: [],
      include: [
        [
          { facet: 'income', value: 'income.top-20' },
          { facet: 'income', value: 'income.top-10' },
        ],
        [
          { facet: 'title', value: 'title.ceo' },
          { facet: 'title', value: 'title.physician' },
          { facet: 'title', value: 'title.lawyer' },
        ],
        [
          { facet: 'interest', value: 'interest.business-finance-media' },
          { facet: 'interest', value: 'interest.design' },
        ],
      ],
      exclude: [],
    })
    expect(AudienceSchema.safeParse(audience).success).toBe(true)
  })

  it('when a word is recognised, then its span indexes the original text', () => {
    const { recognized } = parseBrief(VILLA, TAXONOMY)
    const start = VILLA.indexOf('lääkärit')

    expect(recognized.find((r) => r.text === 'lääkärit')).toMatchObject({
      span: [start, start + 'lääkärit'.length],
      term: { kind: 'term', value: 'title.physician' },
    })
  })

  it('when nothing names a place, then the draft targets Finland and a note says so', () => {
    expect(parseBrief(VILLA, TAXONOMY).notes.map((n) => n.code)).toContain('geo_defaulted')
  })

  it('when affluent areas are named, then a note says they became top-10 % income', () => {
    expect(parseBrief(VILLA, TAXONOMY).notes.map((n) => n.code)).toContain('affluent_areas')
  })

  it('when words are not understood, then each stretch is listed with its span, and every letter or digit is in some span', () => {
    const text = 'Naiset 30–45, hirsitalot ja sauna-asiat; ikä?'
    const result = parseBrief(text, TAXONOMY)
    const covered = new Set<number>()
    for (const { span } of [...result.recognized, ...result.unrecognized])
      for (let i = span[0]; i < span[1]; i++) covered.add(i)

    expect(result.unrecognized.map((u) => u.text)).toEqual(['hirsitalot', 'sauna-asiat'])
    expect([...text].every((ch, i) => !/[\p{L}\p{N}]/u.test(ch) || covered.has(i))).toBe(true)
    expect(result.recognized.find((r) => r.text === 'ja')?.term.kind).toBe('stopword')
  })

  it('when a word has two readings and no cue, then it keeps the consumer reading, lists the other and notes the guess', () => {
    const result = parseBrief('rakentaminen', TAXONOMY)

    expect(result.recognized[0]).toMatchObject({
      term: { kind: 'term', value: 'interest.construction' },
      alternatives: [{ kind: 'term', value: 'industry.construction' }],
    })
    expect(result.notes.map((n) => n.code)).toContain('ambiguous')
  })

  it('when a cue names the kind ("toimiala:"), then it decides between the readings without a note', () => {
    const result = parseBrief('toimiala: rakentaminen', TAXONOMY)

    expect(result.audience.include).toEqual([[{ facet: 'industry', value: 'industry.construction' }]])
    expect(result.notes.map((n) => n.code)).not.toContain('ambiguous')
  })

  it('when the head before a colon holds criteria, then it is the name and its criteria are read too', () => {
    const result = parseBrief('Naiset Helsingissä 30–45: kiinnostus design', TAXONOMY)

    expect(result.audience).toMatchObject({
      name: 'Naiset Helsingissä 30–45',
      genders: ['female'],
      age: { min: 30, max: 45 },
      geo: { include: [{ municipality: '091', country: 'FI' }] },
    })
    expect(result.notes.map((n) => n.code)).not.toContain('name_defaulted')
  })

  it('when a cue names a dimension with no value, then a note says nothing was added for it', () => {
    const result = parseBrief('Liikevaihto\nToimiala', TAXONOMY)

    expect(result.notes.filter((n) => n.code === 'dimension_without_value').map((n) => n.span)).toEqual([
      [0, 11],
      [12, 20],
    ])
  })

  it("when no locale is given, then the brief's language is detected for the draft and its labels", () => {
    const result = parseBrief('Kvinnor 25–40 år, läkare, hög inkomst', TAXONOMY)

    expect(result.audience.locale).toBe('sv')
    expect(result.recognized.find((r) => r.text === 'läkare')?.term).toMatchObject({ label: 'Läkare' })
  })

  it("when given a locale, then labels are in it whatever the brief's language", () => {
    const result = parseBrief('lääkärit', TAXONOMY, 'en')

    expect(result.recognized[0]?.term).toMatchObject({ label: 'Physician' })
  })

  it('when parsed, then the result passes its own schema', () => {
    expect(BriefParseResultSchema.safeParse(parseBrief(VILLA, TAXONOMY)).success).toBe(true)
  })
})

describe('formatBriefReport', () => {
  it('when a brief is parsed, then the report lists what became what, what was excluded and what was not understood', () => {
    const report = formatBriefReport(parseBrief('Naiset Helsingissä, hirsitalot, paitsi kanta-asiakkaat', TAXONOMY))

    expect(report).toContain('"Helsingissä" → geo Helsinki')
    expect(report).toContain('"kanta-asiakkaat" → customerList list.current-customers (Kanta-asiakkaat) [excluded]')
    expect(report).toContain('Not understood:\n  "hirsitalot"')
  })
})
