import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { parseBrief } from '../../audiences/briefs/index.js'

// The classes of wrong readings the third precision round fixed (issue 15): each sentence here is written for the
// test, none is copied from a corpus part.
const parse = (text: string) => parseBrief(text, DEFAULT_TAXONOMY)
const included = (text: string) =>
  parse(text)
    .audience.include.flat()
    .map((t) => t.value)
const centreOf = (code: string) => DEFAULT_TAXONOMY.geoByCode('municipality', 'FI', code)?.centre

describe('a radius adds its circle and nothing else', () => {
  it('when the town of the circle is also named bare, then only the circle is targeted (it holds the town)', () => {
    const { geo } = parse('Avaamme kahvilan Joensuussa. Kohde: 25 km säteellä Joensuusta, naiset 30–60').audience
    const joensuu = centreOf('167')

    expect(geo.include).toEqual([expect.objectContaining({ radius: { ...joensuu, km: 25 } })])
  })

  it('when the town of the circle is excluded, then the exclusion stays (a ring around the town)', () => {
    const { geo } = parse('Joensuu +25 km, ei Joensuu, miehet').audience

    expect(geo.include).toEqual([expect.objectContaining({ radius: { ...centreOf('167'), km: 25 } })])
    expect(geo.exclude).toEqual([{ municipality: '167', country: 'FI' }])
  })

  it('when the radius is "of the store" and the brief names one town, then the circle is around that town', () => {
    const { geo } = parse('Grand opening of our shop in Porvoo. Reach adults within 12 km of the shop.').audience

    expect(geo.include).toEqual([expect.objectContaining({ radius: { ...centreOf('638'), km: 12 } })])
  })

  it('when the radius is "of the store" and the brief names two towns, then no circle is guessed', () => {
    const result = parse('Liikkeet Porvoossa ja Lohjalla, 8 km:n säteellä liikkeestä')

    expect(result.audience.geo.include.some((g) => 'radius' in g)).toBe(false)
    expect(result.notes.map((n) => n.code)).toContain('radius_without_place')
  })
})

describe('a hyphenated compound of a known interest', () => {
  it('when an interest is written with a hyphen before the word for its people, then it is that interest', () => {
    expect(included('Padel-pelaajat Lahdessa, 20–40 v')).toEqual(['interest.padel'])
    expect(included('Padel-spelare i Västerås')).toEqual(['interest.padel'])
    expect(included('Sisustus-intoilijat Kotkassa')).toEqual(['interest.interior-design'])
  })

  it('when the same compound is written together, then it reads the same', () => {
    expect(included('padelpelaajat Lahdessa')).toEqual(['interest.padel'])
  })

  it('when the word after the hyphen is no word for people, then the compound is not read as the interest', () => {
    expect(included('Padel-kenttien rakentajat Lahdessa')).not.toContain('interest.padel')
  })
})

describe('a special ad category needs a cause', () => {
  const special = (text: string) => parse(text).audience.specialAdCategory

  it('when a home is only where a product is used, then the ad is no housing ad', () => {
    expect(special('Cordless vacuums for small apartments, men 25–45 in Vaasa')).toBe('none')
    expect(special('Lampor till din lägenhet, kvinnor 30–50 i Örebro')).toBe('none')
    expect(special('Säilytysratkaisuja pieniin asuntoihin, pariskunnat Kuopiossa')).toBe('none')
  })

  it('when a rental or a first half of a compound is no home, then the ad is no housing ad', () => {
    expect(special('Bike rentals in Hanko, families')).toBe('none')
    expect(special('Vuokra-autot matkailijoille Kittilässä')).toBe('none')
    expect(special('Asuntoautoilijat 55+, koko Suomi')).toBe('none')
  })

  it('when the word is negated, then it is no cause', () => {
    expect(special('This is not a recruitment campaign: nurses interested in yoga')).toBe('none')
    expect(special('Perheet Porissa, jotka eivät asu vuokralla')).toBe('none')
  })

  it('when a word only looks like the cause, then no category is set', () => {
    expect(special('Lounasta työpaikoille Jyväskylässä, henkilöstöpäälliköt')).toBe('none')
    expect(special('Vaalimme käsityöperinteitä: neulojat Porissa')).toBe('none')
  })

  it('when homes are for sale or a job is open, then the category is still set', () => {
    expect(special('Apartments for rent in Kotka, students')).toBe('housing')
    expect(special('People looking for an apartment in Pori')).toBe('housing')
    expect(special('Avoimet työpaikat: lähihoitajat Porissa')).toBe('employment')
  })
})

describe('a word that describes the people, not their job or interest', () => {
  it('when a field comes right before students, then it is what they study, not a job function', () => {
    expect(included('Finance students in Vaasa, 19–26')).toEqual(['education.students'])
    expect(included('Myynnin opiskelijat Seinäjoella')).toEqual(['education.students'])
  })

  it('when customers of firms of a trade are named, then the trade is not theirs', () => {
    expect(included('Tilitoimistojen asiakkaat Lappeenrannassa')).not.toContain('industry.accounting-finance')
  })

  it('when customers are "in" a sector (a singular genitive), then the sector stays', () => {
    expect(included('Rakennusalan asiakkaat Lappeenrannassa')).toEqual(['industry.construction'])
  })

  it('when home is where someone is, then it is no interest in home and garden', () => {
    expect(included('Nurses who work from home, 30–55')).not.toContain('interest.home-garden')
    expect(included('Dads who stay at home, Kerava')).not.toContain('interest.home-garden')
    expect(included('Kerava, interests: home, garden')).toContain('interest.home-garden')
  })
})

describe('the scope of a negation', () => {
  const excluded = (text: string) => parse(text).audience.exclude.map((t) => t.value)

  it('when a negation labels a list with a colon, then every member of the list is excluded', () => {
    expect(excluded('Rajaus EI: opiskelijat, eläkeläiset. Naiset Salossa')).toEqual([
      'education.students',
      'employment.pensioners',
    ])
    expect(included('Rajaus EI: opiskelijat, eläkeläiset. Naiset Salossa')).toEqual([])
  })

  it('when a capitalised negation names a narrowed criterion without "vaan", then the broad criterion is not excluded', () => {
    expect(excluded('EI ulkomaiset matkailijat. Perheet Kainuussa')).toEqual([])
    expect(excluded('Not foreign tourists. Families in Kainuu')).toEqual([])
    expect(included('INTE utländska turister. Familjer i Kainuu')).toEqual(['parental.parent'])
  })

  it('when the negation names the criterion itself, then it is excluded', () => {
    expect(excluded('EI opiskelijoita. Naiset Salossa')).toEqual(['education.students'])
    expect(excluded('Naiset Salossa, ei myöskään opiskelijoita')).toEqual(['education.students'])
    expect(excluded('Kvinnor i Sala, inte redan befintliga kunder')).toEqual(['list.current-customers'])
  })
})

describe('a distance in brackets or farther than a distance', () => {
  const codes = (text: string) => parse(text).notes.map((n) => n.code)

  it('when the distance is in brackets after the place, then it is the place’s circle', () => {
    const { geo } = parse('Naiset 30–60, Rauma (n. 20 km)').audience

    expect(geo.include).toEqual([expect.objectContaining({ radius: { ...centreOf('684'), km: 20 } })])
  })

  it('when people live farther than the distance, then neither a circle nor the place is targeted', () => {
    const text = 'Mökkiläiset yli 60 km:n päässä Raumasta'

    expect(parse(text).audience.geo.include.some((g) => 'radius' in g || 'municipality' in g)).toBe(false)
    expect(codes(text)).toContain('radius_outside')
    expect(codes('Families living more than 60 km from Rauma')).toContain('radius_outside')
  })
})

describe('numbers that count no people', () => {
  it('when people to reach are counted, then no company size is read', () => {
    expect(included('Reach 80 000 people in Pirkanmaa, women 30–50')).toEqual([])
    expect(included('Tavoitteena tavoittaa 40 000 henkilöä Pirkanmaalla')).toEqual([])
  })

  it('when a company is said to have people, then it is still a company size', () => {
    expect(included('Companies with 30 people in Pirkanmaa')).toEqual(['companySize.11-50'])
  })

  it('when a number counts the homes or products the ad offers, then they are no criteria', () => {
    expect(included('Tarjolla 18 kaksiota ja kolmiota Porissa, 30–70')).toEqual([])
  })

  it('when a number counts what the people have, then it stays a criterion', () => {
    expect(included('Perheet Porissa, joilla 2 koiraa')).toContain('interest.dogs')
  })
})

describe('a criterion said to be of no interest', () => {
  const excluded = (text: string) => parse(text).audience.exclude.map((t) => t.value)

  it('when the brief says after a criterion that it is not of interest, then it is neither included nor excluded', () => {
    expect(included('Syyskampanja, metsäala ei kiinnosta, naiset Raumalla')).toEqual([])
    expect(excluded('Syyskampanja, metsäala ei kiinnosta, naiset Raumalla')).toEqual([])
    expect(included('Tennis är inte aktuellt, kvinnor i Luleå')).toEqual([])
    expect(included('Students are not the target, women in Rauma')).toEqual([])
  })

  it('when the negated verb of liking comes first, then the criterion after it is excluded', () => {
    expect(excluded('ei kiinnosta tennis, naiset Raumalla')).toEqual(['interest.tennis'])
  })
})

describe('for sale is no sales function', () => {
  it('when homes are for sale, then no job function is read', () => {
    expect(included('Townhouses for sale in Kerava, families')).not.toContain('jobFunction.sales')
    expect(included('Spring sale: women 25–45 in Kerava')).not.toContain('jobFunction.sales')
    expect(included('Myynnissä rivitaloja Keravalla, perheet')).not.toContain('jobFunction.sales')
  })

  it('when people work in sales, then it is the sales function', () => {
    expect(included('Sales managers in Kerava')).toContain('title.sales-manager')
  })
})

describe('a statement of what matters', () => {
  it('when the brief says a value matters, then the value is no job function', () => {
    expect(included('Customer service is essential for us: men 30–60 in Hamina')).toEqual([])
    expect(included('Laatu ja asiakaspalvelu ovat tärkeitä. Miehet Haminassa')).toEqual([])
  })

  it('when the statement follows a comma, then the criteria before the comma stay', () => {
    const { geo } = parse('Men in Hamina, support is important').audience

    expect(geo.include).toEqual([{ municipality: '075', country: 'FI' }])
  })
})

describe('a journey’s destination is no place to target', () => {
  const places = (text: string) => parse(text).audience.geo.include

  it('when a journey goes from one place to another, then only the starting place is targeted', () => {
    expect(places('Ferry trips from Kokkola to Skellefteå, retirees')).toEqual([{ municipality: '272', country: 'FI' }])
    expect(places('Resor från Luleå till Riga, kvinnor')).toEqual([{ municipality: '2580', country: 'SE' }])
    expect(places('Lennot Kokkolasta Tukholmaan, naiset')).toEqual([{ municipality: '272', country: 'FI' }])
  })

  it('when two places are listed, then both are targeted', () => {
    expect(places('Naiset Kokkolasta ja Kruunupyystä')).toHaveLength(2)
  })
})

describe('a field before the word for its workers', () => {
  it('when a field that reads both as a hobby and a trade comes before workers, then it is the trade', () => {
    expect(included('Construction workers in Kajaani, 20–60')).toEqual(['industry.construction'])
  })

  it('when a field read only as a hobby comes before workers, then no hobby is read', () => {
    expect(included('Golf staff in Kajaani')).toEqual([])
  })

  it('when the people are enthusiasts, then the hobby stays', () => {
    expect(included('Construction enthusiasts in Kajaani')).toEqual(['interest.construction'])
  })
})

describe('a place in the genitive before a hobby or a proper name', () => {
  const places = (text: string) => parse(text).audience.geo.include

  it('when a place in the genitive names where a hobby is, then the people are not placed there', () => {
    expect(places('Miehet 40–60, kiinnostus: Inarin kalastus')).toEqual([{ country: 'FI' }])
  })

  it('when a place in the genitive begins a proper name, then it is not targeted', () => {
    expect(places('Kouvolan Sanomat -lehden tilaajat, 50+')).toEqual([{ country: 'FI' }])
  })

  it('when a district follows its city, or the place is a nominative ending in n, then the place stays', () => {
    expect(places('Jyväskylän Kortepohjan opiskelijat')).toEqual([{ municipality: '179', country: 'FI' }])
    expect(places('Kauniainen golfing families')).toEqual([{ municipality: '235', country: 'FI' }])
  })
})

describe('what the ad shows', () => {
  it('when the brief describes the creative, then its words are no criteria', () => {
    expect(included('The video features a cat and a sailing boat. Target: women 25–45 in Hyvinkää')).toEqual([])
    expect(included('Mainoksessa esiintyy golfaaja. Kohde: miehet 35–60')).toEqual([])
    expect(included('Campaign visuals: forest, fishing, sauna. Audience: men 40+')).toEqual([])
  })

  it('when the audience itself has the interest, then it stays', () => {
    expect(included('Cat owners in Hyvinkää, women 25–45')).toEqual(['interest.cats'])
  })
})

describe('a second criterion asked for as well', () => {
  const groups = (text: string) => parse(text).audience.include.map((g) => g.map((t) => t.value))

  it('when people who do one thing also do another, then both are required', () => {
    expect(groups('Runners who also do yoga, Salo')).toEqual([['interest.running'], ['interest.yoga']])
    expect(groups('Juoksijat, jotka myös harrastavat joogaa, Salo')).toEqual([['interest.running'], ['interest.yoga']])
  })

  it('when "also" only adds to a list, then the list stays alternatives', () => {
    expect(groups('Running, also yoga, Salo')).toEqual([['interest.running', 'interest.yoga']])
  })
})

describe('an address or another kind of number', () => {
  const places = (text: string) => parse(text).audience.geo.include

  it('when a postal code follows a street and house number, then it and its town are the advertiser’s address', () => {
    expect(places('Liike: Rauhankatu 7, 15110 Lahti. Kohde: naiset 30–50 Hollolassa')).toEqual([
      { municipality: '098', country: 'FI' },
    ])
  })

  it('when a code follows a word for another number, then it is no postal code', () => {
    expect(places('Asiakasnumero 15110, naiset Hollolassa')).toEqual([{ municipality: '098', country: 'FI' }])
  })

  it('when the code is named a postal code, then it stays', () => {
    expect(places('Postinumero 15110, naiset')).toEqual([{ postalCode: '15110', country: 'FI' }])
  })
})

describe('towns as an employer', () => {
  it('when towns are named in a consumer brief, then they are no public sector', () => {
    expect(included('Pienet kaupungit Pohjois-Savossa, naiset 30–50')).toEqual([])
  })

  it('when towns are named beside job criteria, then they are the public sector', () => {
    expect(included('Kunnat ja kaupungit: henkilöstöjohtajat')).toContain('industry.public-sector')
  })
})

describe('small everyday words that only look like vocabulary', () => {
  it('when a Swedish brief says "vill" (want), then no detached house is read', () => {
    expect(included('Nu vill vi nå kvinnor 25–40 i Växjö')).toEqual([])
  })

  it('when a Swedish brief says "sedan" (since), then no car body type is read', () => {
    expect(included('Kvinnor som bott i Växjö sedan 2019')).toEqual([])
  })

  it('when an English brief says "some" or "watch", then no social media or watches are read', () => {
    expect(included('Men who watch some ice hockey, Hämeenlinna')).toEqual(['interest.ice-hockey'])
    expect(included('Ring oss! Kvinnor i Växjö som handlar i affären')).toEqual([])
  })

  it('when a villa is written in full, then it is still read', () => {
    expect(included('Par som bor i villa i Växjö')).toContain('homeType.detached-house')
  })

  it('when a house is only built, then it is no house for rent', () => {
    expect(included('People building a house near Hämeenlinna')).not.toContain('behavior.google-80159')
    expect(included('Houses for rent in Hämeenlinna, families')).toContain('behavior.google-80159')
  })
})
