import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, parseBrief } from '../../audiences/index.js'

// Wrong readings found on the dev2 corpus part (issue 15, precision round): each case is a class of phrasing, not a
// sentence of the corpus. The real vocabulary is used because the wrong readings came from its words.
const parse = (text: string) => parseBrief(text, DEFAULT_TAXONOMY)
const terms = (text: string) =>
  parse(text)
    .audience.include.flat()
    .map((t) => t.value)
const excluded = (text: string) => parse(text).audience.exclude.map((t) => t.value)
const places = (text: string) => parse(text).audience.geo.include
const languages = (text: string) => parse(text).audience.languages ?? []

describe('parseBrief precision: what frames the brief is not the audience', () => {
  it.each([
    [
      'Terveisin + company and address',
      'Naiset 30-50 Pirkanmaalla.\nTerveisin\nLaura Virtanen\nMainostoimisto Kipinä Oy, Hämeenkatu 12, 33100 Tampere',
      [{ region: 'FI-11' }],
    ],
    [
      'Thanks! + title line',
      'Women 25-44 in Pirkanmaa.\nThanks!\nSarah Mills | Account Manager | Northlight | 00100 Helsinki',
      [{ region: 'FI-11' }],
    ],
    ['//name', 'Kvinnor 30–50 i Pirkanmaa.\n//Johan, Byrå Nord, Uleåborg', [{ region: 'FI-11' }]],
    ['-- and Best,', 'Women in Pirkanmaa.\n--\nBest, Tom\nBrightside Media Oy, Turku', [{ region: 'FI-11' }]],
  ])('when a brief ends in a signature (%s), then its places and titles are not read', (_, text, geo) => {
    expect(places(text)).toEqual(geo)
    // The sender's title (Account Manager) and company (Mainostoimisto, Media) are no criteria.
    expect(terms(text)).toEqual([])
  })

  it("when a brief ends in a signature, then the sender's name and address are neither unrecognised nor offered", () => {
    const result = parse(
      'Naiset 30-50 Pirkanmaalla.\nTerveisin\nLaura Virtanen\nKipinä Oy, Hämeenkatu 12, 33100 Tampere',
    )
    expect(result.freeText).toEqual([])
    expect(result.unrecognized).toEqual([])
  })

  it('when a closing word opens a criteria line ("Best customers"), then it is no signature', () => {
    expect(places('Women 30-50\nBest customers in Pirkanmaa')).toEqual([{ region: 'FI-11' }])
  })

  it.each([
    'Asiakkaamme Metsä Sport Oy: naiset 25-55 Lahdessa',
    'Vår kund Fiskars Group: kvinnor 25-55 i Lahtis',
    'Our client Golf House Sports: women 25-55 in Lahti',
  ])('when "%s" names the client company, then its words are no interests and no places', (text) => {
    expect(terms(text)).toEqual([])
    expect(places(text)).toEqual([{ municipality: '398', country: 'FI' }])
  })

  it('when staff of named companies are excluded, then the company names are read as nothing', () => {
    const text = 'IT-chefer i Göteborg. Exkludera anställda på Volvo och Ericsson.'
    expect(excluded(text)).toEqual([])
    expect(terms(text)).toEqual(['title.it-manager'])
  })

  it.each([
    ['Hei, mainostetaan uutta kuntosalia Vaasassa. Tavoitetaan 18-40-vuotiaat Vaasassa, hyvinvointi', 'fi'],
    ['Vi marknadsför ett nytt gym i Vasa. Vi vill nå 18–40-åringar i Vasa, välmående', 'sv'],
    ["We're promoting a new gym in Vaasa. Reach 18-40s in Vaasa into wellbeing", 'en'],
  ])('when "%s" names the advertised product, then the product is no interest', (text) => {
    expect(terms(text)).toEqual(['interest.wellbeing'])
    expect(places(text)).toEqual([{ municipality: '905', country: 'FI' }])
  })

  it('when the product clause holds the only place, then the place is kept', () => {
    expect(places('Spring promo for a bike shop in Oulu: women 25-55, cycling')).toEqual([
      { municipality: '564', country: 'FI' },
    ])
    expect(terms('Spring promo for a bike shop in Oulu: women 25-55, cycling')).toEqual(['interest.cycling'])
  })

  it.each([
    'Budjetti n. 3000 €, naiset Oulussa',
    'Budget 3 000 €, women in Oulu',
    'Budget: 5000 euroa. Kvinnor i Uleåborg',
  ])('when "%s" gives the campaign budget, then it is no company revenue', (text) => {
    expect(terms(text)).toEqual([])
  })

  it('when a revenue is named, then the amount still becomes revenue bands', () => {
    expect(terms('liikevaihto alle 2 M€')).toEqual(['companyRevenue.under-2m'])
  })
})

describe('parseBrief precision: negations that do not exclude', () => {
  it.each([
    'nuoret aikuiset 18-29 Oulussa, ei tarvitse olla opiskelijoita',
    'unga vuxna 18-29 i Uleåborg men inte nödvändigtvis studenter',
    'young adults 18-29 in Oulu, not necessarily students',
  ])('when "%s" relaxes a criterion, then it is neither excluded nor wanted', (text) => {
    expect(excluded(text)).toEqual([])
    expect(terms(text)).toEqual([])
  })

  it('when "inte X utan Y" contrasts, then only X is excluded', () => {
    const text = 'Inte golfare utan vanliga motionärer: löpning och cykling, 30–55 i Vasa'
    expect(excluded(text)).toEqual(['interest.golf'])
    // "motionärer" (people who exercise) is read as fitness beside the sports listed.
    expect(terms(text)).toEqual(expect.arrayContaining(['interest.running', 'interest.cycling']))
    expect(terms(text)).not.toContain('interest.golf')
    expect(parse(text).audience.name).toBe('Utkast från brief')
  })

  it('when "utan" follows no negation, then it still means without', () => {
    expect(terms('par utan barn i Vasa')).toContain('parental.not-parent')
  })

  it('when English "no" lists people, then they are excluded', () => {
    expect(excluded('employed adults 25-55 in Finland, no students or pensioners')).toEqual([
      'education.students',
      'employment.pensioners',
    ])
    expect(parse('Women 25-44 in Oulu. No men please.').audience.genders).toEqual(['female'])
  })

  it('when "no" starts a comparison ("no more than"), then it excludes nothing', () => {
    expect(excluded('companies with no more than 50 employees, CFOs')).toEqual([])
  })

  it.each([
    ['Naiset Vaasassa. Myös ruotsinkieliset!', []],
    ['Kvinnor i Karleby. Gärna också finskspråkiga!', []],
    ['Women in Espoo. Swedish speakers welcome too.', []],
    ['Ruotsinkieliset naiset Vaasassa', ['sv']],
  ])('when "%s" names a language, then it restricts %o', (text, langs) => {
    expect(languages(text)).toEqual(langs)
  })
})

describe('parseBrief precision: words inside other words', () => {
  it.each([
    ['a new climbing gym in Espoo, fitness', 'interest.news'],
    ['barn under skolåldern i Vasa', 'interest.nightlife'],
    ['Gärna kvinnor i Vasa', 'interest.crafts'],
    ['Ålder spelar ingen roll, kvinnor i Vasa', 'interest.gaming'],
  ])('when "%s" has a word that shares a short stem with a synonym, then it is not %s', (text, wrong) => {
    expect(terms(text)).not.toContain(wrong)
  })

  it('when "Vår" opens a sentence, then it is not the municipality of Vara', () => {
    expect(places('Kvinnor i Vasa. Vår budget är liten.')).toEqual([{ municipality: '905', country: 'FI' }])
  })

  it('when the stem is written in full, then the synonym is still read (barer, spelarna, Vara)', () => {
    expect(terms('barer och klubbar i Vasa')).toContain('interest.nightlife')
    expect(places('kvinnor i Vara')).toEqual([{ municipality: '1470', country: 'SE' }])
  })

  it('when a cue word stands before a colon ("industries:"), then it is the cue, not an industry', () => {
    expect(terms('HR managers\n* industries: retail, hospitality')).toEqual([
      'title.hr-manager',
      'industry.retail',
      'industry.hospitality',
    ])
  })

  it('when a brief names titles, then a shared word reads as the industry ("construction firms")', () => {
    expect(terms('Site managers at construction firms in Oulu')).toEqual([
      'title.site-manager',
      'industry.construction',
    ])
  })

  it('when the headcount is written "yli 200 hengen yrityksissä", then it becomes company sizes', () => {
    expect(terms('talousjohtajat yli 200 hengen yrityksissä')).toEqual([
      'title.cfo',
      'companySize.201-500',
      'companySize.501-1000',
      'companySize.1001-5000',
      'companySize.5001-10000',
      'companySize.10001-plus',
    ])
  })
})

describe('parseBrief: seeking an audience is not recruiting; people named after their town', () => {
  it.each([
    ['haetaan nuoria aikuisia 18-29 Turussa, joita kiinnostaa musiikki', 'none'],
    ['Haemme sairaanhoitajia Pirkanmaalle', 'employment'],
    ['Vi söker säljare i Vasa', 'employment'],
  ])('when "%s" is read, then the special ad category is %s', (text, category) => {
    expect(parse(text).audience.specialAdCategory ?? 'none').toBe(category)
  })

  it.each([
    ['espoolaiset äänestäjät 18+', [{ municipality: '049', country: 'FI' }]],
    [
      'helsinkiläiset ja jyväskyläläiset naiset',
      [
        { municipality: '091', country: 'FI' },
        { municipality: '179', country: 'FI' },
      ],
    ],
  ])('when "%s" names people by their town (-lainen, -läinen), then the town is the place', (text, geo) => {
    expect(places(text)).toEqual(geo)
  })
})

describe('parseBrief: a preference names what is not wanted', () => {
  it.each([
    'hiking rather than golf, men in Oulu',
    'hiking instead of golf, men in Oulu',
    'vandring snarare än golf, män i Uleåborg',
    'vandring i stället för golf, män i Uleåborg',
  ])(
    'when "%s" prefers one interest to another, then only the preferred one is wanted and nothing is excluded',
    (text) => {
      expect(terms(text)).toEqual(['interest.hiking'])
      expect(excluded(text)).toEqual([])
      expect(parse(text).audience.genders).toEqual(['male'])
    },
  )
})

describe('parseBrief: a label before a list', () => {
  it('when "Target:" opens a comma list, then its first item is a criterion, not the name', () => {
    const result = parse('Target: families with kids under 10 in Turku, parents 30-45, hiking')
    expect(result.audience.name).toBe('Draft from brief')
    expect(terms('Target: families with kids under 10 in Turku, parents 30-45, hiking')).toContain(
      'parental.young-children',
    )
  })

  it('when a label names a segment on its own line, then that is still the name', () => {
    expect(parse('Segmentti: IT-päättäjät\n• CIO:t, 50–500 hlö').audience.name).toBe('IT-päättäjät')
  })
})
