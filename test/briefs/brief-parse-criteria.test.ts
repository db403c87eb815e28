import { describe, expect, it } from 'vitest'
import { parseBrief } from '../../audiences/briefs/index.js'
import { briefTestTaxonomy } from './support/brief-taxonomy.js'

const TAXONOMY = briefTestTaxonomy()
const parse = (text: string) => parseBrief(text, TAXONOMY)
const terms = (text: string) =>
  parse(text)
    .audience.include.flat()
    .map((t) => t.value)
const excluded = (text: string) => parse(text).audience.exclude.map((t) => t.value)
const notes = (text: string) => parse(text).notes.map((n) => n.code)

describe('parseBrief criteria', () => {
  it.each([
    ['30–60v', { min: 30, max: 60 }],
    ['30-60-vuotiaat', { min: 30, max: 60 }],
    ['yli 20 v', { min: 20 }],
    ['20+', { min: 20 }],
    ['30–70 år', { min: 30, max: 70 }],
    ['över 65 år', { min: 65 }],
    ['aged 30 to 60', { min: 30, max: 60 }],
    ['alle 40-vuotiaat', { min: 18, max: 39 }],
    ['ikä 35–64', { min: 35, max: 64 }],
    ['Ikarajauksen alarajana voidaan käyttää esimerkiksi 20 vuotta.', { min: 20 }],
  ])('when the age is written "%s", then the audience age is %o', (text, age) => {
    expect(parse(text).audience.age).toEqual(age)
  })

  it("when the children's age is given, then it becomes a parental status and the audience age stays the default", () => {
    const result = parse('lasten ikä 0–6 v, 13–17-vuotiaiden lasten vanhemmat')
    expect(result.audience.age).toEqual({ min: 18 })
    expect(result.audience.include).toEqual([
      [
        { facet: 'parentalStatus', value: 'parental.young-children' },
        { facet: 'parentalStatus', value: 'parental.teenagers' },
      ],
    ])
  })

  it('when only the number of children is given, then it reads as parents and says the count is not targetable', () => {
    expect(terms('2–3 lasta')).toEqual(['parental.parent'])
    expect(notes('2–3 lasta')).toContain('children_count')
  })

  it.each([
    ['naiset', ['female']],
    ['miehille', ['male']],
    ['women', ['female']],
    ['kvinnor och män', []],
    ['ei miehiä', ['female']],
  ])('when the brief says "%s", then genders are %o', (text, genders) => {
    expect(parse(text).audience.genders).toEqual(genders)
  })

  it.each([
    ['Helsingissä', [{ municipality: '091', country: 'FI' }]],
    ['Uudellamaalla', [{ region: 'FI-18' }]],
    ['i Esbo', [{ municipality: '049', country: 'FI' }]],
    ['Ruotsissa', [{ country: 'SE' }]],
    ['Salossa', [{ municipality: '734', country: 'FI' }]],
    ['postinumero 00100', [{ postalCode: '00100', country: 'FI' }]],
    [
      'pääkaupunkiseudulla',
      [
        { municipality: '091', country: 'FI' },
        { municipality: '049', country: 'FI' },
        { municipality: '092', country: 'FI' },
        { municipality: '235', country: 'FI' },
      ],
    ],
  ])('when the place is written "%s", then geo includes %o', (text, include) => {
    expect(parse(text).audience.geo.include).toEqual(include)
  })

  it('when a short place name is written in lower case ("salo", a grove), then it is not a place and Finland is the default', () => {
    const result = parse('salo')
    expect(result.audience.geo.include).toEqual([{ country: 'FI' }])
    expect(result.notes.map((n) => n.code)).toContain('geo_defaulted')
  })

  it('when detached-house areas are named, then the draft targets people in detached houses and notes the assumption', () => {
    expect(terms('omakotitaloalueilla asuvat')).toEqual(['homeType.detached-house'])
    expect(notes('omakotitaloalueilla asuvat')).toContain('detached_house_areas')
  })

  it.each([['tulotaso yläluokkaa'], ['high income'], ['hög inkomst']])(
    'when income is "%s", then it is the top-20 income band',
    (text) => {
      expect(terms(text)).toEqual(['income.top-20'])
    },
  )

  it('when the brief names a couple, then relationship is in a relationship', () => {
    expect(terms('parisuhteessa elävät')).toEqual(['relationship.in-relationship'])
  })

  it('when sites and search words are listed, then they become website and keyword terms', () => {
    const result = parse('vierailleet: https://www.kilpailija.fi/, talotehdas.fi; hakusanat: hirsitalo, "puutalo"')
    expect(result.audience.include).toEqual([
      [
        { facet: 'website', value: 'kilpailija.fi' },
        { facet: 'website', value: 'talotehdas.fi' },
      ],
      [
        { facet: 'keyword', value: 'hirsitalo' },
        { facet: 'keyword', value: 'puutalo' },
      ],
    ])
  })

  it.each([
    ['liikevaihto yli 10 M€', ['companyRevenue.10m-50m', 'companyRevenue.50m-plus']],
    ['revenue under €2 million', ['companyRevenue.under-2m']],
    ['omsättning 2–10 miljoner euro', ['companyRevenue.2m-10m']],
    ['henkilöstö 50–200', ['companySize.51-200']],
    ['51–200 anställda', ['companySize.51-200']],
    ['50–250 anställda', ['companySize.51-200', 'companySize.201-500']],
    ['vientiä', ['companyTrade.exporter']],
    ['useita toimipaikkoja', ['companySites.multiple']],
  ])('when the B2B fact is "%s", then the terms are %o', (text, values) => {
    expect(terms(text)).toEqual(values)
  })

  it('when a compound lends its head to the word before ("bygg- och …branschen"), then both halves are read', () => {
    expect(terms('bygg- och fastighetsbranschen')).toEqual(['industry.construction'])
    expect(parse('bygg- och fastighetsbranschen').unrecognized.map((u) => u.text)).toEqual(['fastighetsbranschen'])
  })

  it.each([
    ['kanta-asiakkaat, paitsi entiset asiakkaat', ['list.current-customers'], ['list.former-customers']],
    ['current customers except former customers', ['list.current-customers'], ['list.former-customers']],
    ['stamkunder utom tidigare kunder', ['list.current-customers'], ['list.former-customers']],
    ['ei kanta-asiakkaat eikä entiset asiakkaat', [], ['list.current-customers', 'list.former-customers']],
  ])('when the brief says "%s", then it includes %o and excludes %o', (text, include, exclude) => {
    expect(terms(text)).toEqual(include)
    expect(excluded(text)).toEqual(exclude)
  })

  it('when a place follows "paitsi", then it goes to the geo exclusions', () => {
    expect(parse('Uudellamaalla, paitsi Kauniaisissa').audience.geo).toMatchObject({
      include: [{ region: 'FI-18' }],
      exclude: [{ municipality: '235', country: 'FI' }],
    })
  })

  it('when "ei" is followed by a clause that turns with "vaan", then the criteria after it are not excluded', () => {
    const text = 'Tulotaso ei luultavasti ole merkityksellinen, vaan kaikki parisuhteessa elävät'
    expect(terms(text)).toEqual(['relationship.in-relationship'])
    expect(excluded(text)).toEqual([])
  })
})
