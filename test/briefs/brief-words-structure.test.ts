import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { parseBrief } from '../../audiences/briefs/index.js'

// Issue 15, classes 3, 4, 5, 8, 9 and 10: names and colons, generic words, company sizes, coordination, special ad
// categories and free-text offers.
const parse = (text: string) => parseBrief(text, DEFAULT_TAXONOMY)
const terms = (text: string) =>
  parse(text)
    .audience.include.flat()
    .map((t) => t.value)
const codes = (text: string) => parse(text).notes.map((n) => n.code)
const BANDS = ['1', '2-10', '11-50', '51-200', '201-500', '501-1000', '1001-5000', '5001-10000', '10001-plus']
const sizes = (...bands: string[]) => bands.map((b) => `companySize.${b}`)

describe('names and colons (class 3)', () => {
  it.each([
    ['Kesämökin ostajat Keski-Suomessa: lapsiperheet', 'Kesämökin ostajat Keski-Suomessa'],
    ['Kohderyhmä: IT-päättäjät\n- CIO:t', 'IT-päättäjät'],
    ['Höstkampanj för Vasa stadsteater\nKulturintresserade vuxna 30+', 'Höstkampanj för Vasa stadsteater'],
    ['Boat owners in Turku, 45+, men', 'Boat owners in Turku'],
  ])('when the brief opens "%s", then the audience is named "%s"', (text, name) => {
    expect(parse(text).audience.name).toBe(name)
  })

  it('when the head names a place, then the place is read as well as the name', () => {
    expect(parse('Kesämökin ostajat Keski-Suomessa: lapsiperheet').audience.geo.include).toEqual([{ region: 'FI-08' }])
  })

  it('when a head only names a kind of criterion ("Ikä:"), then the default name is used', () => {
    expect(parse('Ikä: 30–50').audience.name).toBe('Luonnos briefistä')
    expect(codes('Ikä: 30–50')).toContain('name_defaulted')
  })

  it('when colons sit inside words (vd:ar, 2:n), then they do not cut a head off and the words are read', () => {
    const { audience } = parse('Vd:ar i Helsingfors, 35–60 år')

    expect(audience).toMatchObject({ age: { min: 35, max: 60 }, geo: { include: [{ municipality: '091' }] } })
    expect(terms('Vd:ar i Helsingfors, 35–60 år')).toEqual(['title.ceo'])
  })

  it('when the body restates the kind of criterion the head names, then the head is the name only', () => {
    const text = 'IT decision makers: CIOs and IT directors in Uusimaa'

    expect(terms(text)).toEqual(['title.it-manager'])
    expect(codes(text)).toContain('name_criteria_not_read')
  })

  it('when the head names the product before "for", then the product is not a criterion', () => {
    expect(terms('Payroll software for accounting firms: CFOs')).toEqual(['industry.accounting-finance', 'title.cfo'])
  })
})

describe('generic words (class 4)', () => {
  it.each([
    ['Frequent flyers in business class', 'business class'],
    ['campsite owners in Espoo', 'campsite owners'],
    ['choir managers in Finland', 'choir managers'],
    // The company word is itself narrowed ("corner shop", "toy store"), so the owners are of that trade, not every business owner.
    ['corner shop owners in Lahti', 'corner shop owners'],
    ['toy store owners in Lahti', 'toy store owners'],
    // An unread noun before an English role narrows it to an occupation the vocabulary lacks.
    ['tunnel engineers in Tampere', 'tunnel engineers'],
  ])('when "%s" is read, then no role or interest comes from the generic word and "%s" is offered', (text, offer) => {
    expect(terms(text)).toEqual([])
    expect(parse(text).freeText.map((f) => f.value)).toContain(offer)
  })

  it.each([
    ['owners and CEOs', ['seniority.owner', 'title.ceo']],
    ['business owners', ['seniority.owner']],
    ['shop owners in Lahti', ['seniority.owner']],
    ['local engineers in Tampere', ['title.engineer']],
    ['Engineers in Tampere', ['title.engineer']],
    ['omakotitalon omistajat', ['homeType.detached-house']],
    // The platform-scale vocabulary knows these whole phrases (synonyms of the terms), so no generic word is read.
    ['boat owners in Espoo', ['interest.boating']],
    ['HR managers in Finland', ['title.hr-manager']],
    ['software developers in Oulu', ['title.software-developer']],
  ])('when "%s" is read, then the terms are %o', (text, values) => {
    expect(terms(text)).toEqual(values)
  })

  it('when an explicit employee range and a size word are both given, then the range decides', () => {
    expect(terms('pienyritykset, 20–80 henkilöä')).toEqual(sizes('11-50', '51-200'))
    expect(codes('pienyritykset, 20–80 henkilöä')).toContain('size_word_overridden')
  })
})

describe('company size words by the EU definition (class 5)', () => {
  // Recommendation 2003/361/EC: micro < 10, small < 50, medium < 250 persons; a band is kept when half of it is inside.
  const LARGE = BANDS.slice(4)
  const SME = BANDS.slice(0, 4)
  it.each([
    ['mikroyritykset', sizes('1', '2-10')],
    ['pienyrityksille', sizes('11-50')],
    ['keskisuurissa yrityksissä', sizes('51-200')],
    ['suuryritykset', sizes(...LARGE)],
    ['pk-yritysten', sizes(...SME)],
    ['mikro- ja pienyritykset', sizes('1', '2-10', '11-50')],
    ['småföretag', sizes('11-50')],
    ['medelstora företag', sizes('51-200')],
    // "tillverkningsföretag" is now a synonym of the manufacturing industry, read beside the size.
    ['stora tillverkningsföretag', [...sizes(...LARGE), 'industry.manufacturing']],
    ['små och medelstora företag', sizes(...SME)],
    ['SMEs', sizes(...SME)],
    ['mid-sized companies', sizes('51-200')],
    ['large enterprises', sizes(...LARGE)],
    ['enterprise customers', sizes('1001-5000', '5001-10000', '10001-plus')],
  ])('when the brief says "%s", then the company sizes are %o', (text, values) => {
    expect(terms(text)).toEqual(values)
  })

  it.each(['pieni budjetti', 'large families', 'stora städer'])('when "%s" names no company, then no size', (text) => {
    expect(terms(text).filter((t) => t.startsWith('companySize'))).toEqual([])
  })
})

describe('coordination (class 8)', () => {
  it.each([
    ['English and Swedish speakers', ['en', 'sv']],
    ['Ruotsin- ja suomenkieliset', ['sv', 'fi']],
    ['Language: Finnish or Swedish', ['fi', 'sv']],
    ['kieli: suomi', ['fi']],
  ])('when the brief says "%s", then the languages are %o and no country comes from them', (text, languages) => {
    const { audience } = parse(text)

    expect(audience.languages).toEqual(languages)
    expect(codes(text)).toContain('geo_defaulted')
  })

  it.each([
    ['toimitusjohtajat tai yrittäjät', [['title.ceo', 'seniority.owner']]],
    ['barnfamiljer och par', [['parental.parent', 'relationship.in-relationship']]],
    ['par utan barn', [['relationship.in-relationship'], ['parental.not-parent']]],
    ['households with both a dog and a cat', [['interest.dogs'], ['interest.cats']]],
    ['toimitusjohtajat ja talousjohtajat, rakennusala', [['title.ceo', 'title.cfo'], ['industry.construction']]],
  ])('when the brief says "%s", then the include groups are %o', (text, groups) => {
    expect(parse(text).audience.include.map((g) => g.map((t) => t.value))).toEqual(groups)
  })

  it('when men and women are both named, then the draft has all genders', () => {
    expect(parse('miehet ja naiset').audience.genders).toEqual([])
  })
})

describe('special ad categories (class 9)', () => {
  it.each([
    ['Vuokra-asunnot Tampereella', 'housing'],
    ['Lakeside villa buyers', 'housing'],
    ['Rekrytointikampanja: sairaanhoitajat', 'employment'],
    ['Vi rekryterar lagerarbetare', 'employment'],
    ['Kulutusluoton kilpailutus', 'financial'],
    ['Privatlån och kreditkort', 'financial'],
    ['Eduskuntavaalit 2027', 'politics'],
    ['Stockholms län, kvinnor', 'none'],
    ['vakuutusalan ammattilaiset', 'none'],
    ['kvinnor som bor i villa', 'none'],
    // A category named beside the word "category" wins over one the other words suggest (a mortgage is housing too).
    ['Bolån för förstagångsköpare i Umeå. Särskild annonskategori (kredit).', 'financial'],
    ['Bolån för förstagångsköpare i Umeå.', 'housing'],
    ['Asuntolainat ensiasunnon ostajille Oulussa, erityiskategoria: luotto', 'financial'],
  ])('when the brief says "%s", then the special ad category is %s', (text, category) => {
    expect(parse(text).audience.specialAdCategory).toBe(category)
  })

  it('when the category comes from the words, then a note quotes them', () => {
    const text = 'Kulutusluoton kilpailutus, Espoo'
    const note = parse(text).notes.find((n) => n.code === 'special_ad_category')

    expect(note?.span && text.slice(...note.span)).toBe('Kulutusluoton')
  })

  it('when an election word is also an interest in politics, then it is not targeted as an interest', () => {
    expect(terms('Municipal election campaign in Helsinki')).toEqual([])
  })
})

describe('free-text offers (class 10) and media shorthand', () => {
  // Golfers, sailors and boating, the first example, are taxonomy terms now; stamp collectors and choirs are not.
  it('when noun phrases are not understood, then each is offered whole, cut at list words and verbs', () => {
    const text = 'Postimerkkien keräilijät ja kuorolaulajat Espoossa, jotka harrastavat retkeilyä'
    expect(parse(text).freeText.map((f) => f.value)).toEqual(['Postimerkkien keräilijät', 'kuorolaulajat', 'retkeilyä'])
  })

  it.each([
    ['W25-34 in Espoo', ['female'], { min: 25, max: 34 }],
    ['M35+ Espoossa', ['male'], { min: 35 }],
  ])('when the brief says "%s", then the genders are %o and the age %o', (text, genders, age) => {
    expect(parse(text).audience).toMatchObject({ genders, age })
  })
})
