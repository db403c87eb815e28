import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { parseBrief } from '../../audiences/briefs/index.js'

// Words that describe the campaign rather than the audience (audiences/briefs/campaign-context.ts). Each rule has a
// sentence where it drops a reading and a control where the same word still is a criterion.
const parse = (text: string) => parseBrief(text, DEFAULT_TAXONOMY)
const included = (text: string) =>
  parse(text)
    .audience.include.flat()
    .map((t) => t.value)
const places = (text: string) => parse(text).audience.geo.include
const offered = (text: string) => (parse(text).freeText ?? []).map((f) => f.text.toLowerCase())

describe('examples given as illustrations', () => {
  it('when examples follow no general term of their kind, then they are no criteria but offered', () => {
    expect(included('Aktiiviset eläkeläiset Porissa, esim. golf tai keilailu')).toEqual(['employment.pensioners'])
    expect(offered('Aktiiviset eläkeläiset Porissa, esim. golf tai keilailu')).toContain('golf')
    expect(included('Pensionärer i Borås som rör på sig, t.ex. golf')).toEqual(['employment.pensioners'])
    expect(included('Retired people in Kotka who keep active, e.g. golf, tennis')).toEqual(['employment.pensioners'])
  })

  it('when examples follow a general term of their kind, then they widen its group', () => {
    expect(included('Opiskelijat Oulussa, jotka harrastavat urheilua, esim. golf')).toEqual([
      'education.students',
      'interest.sports-fans',
      'interest.golf',
    ])
  })

  it('when a place follows the examples, then the place is still read', () => {
    expect(places('Aktiiviset eläkeläiset, esim. golf ja tennis, Kotka')).toEqual([
      { municipality: '285', country: 'FI' },
    ])
  })
})

describe('an emphasis inside the audience', () => {
  it('when "erityisesti", "särskilt" or "especially" names a part, then the part is no restriction', () => {
    expect(included('Vantaalaiset 25–50, erityisesti lapsiperheet')).toEqual([])
    expect(included('Boende i Lund 25–50, särskilt barnfamiljer')).toEqual([])
    expect(included('Residents of Lahti aged 25–50, especially parents')).toEqual([])
  })

  it('when the emphasis ends at a comma, then a place after it is read', () => {
    expect(places('Naiset 25–45, erityisesti äidit, Hyvinkää')).toEqual([{ municipality: '106', country: 'FI' }])
  })

  it('without an emphasis, then the same words are criteria', () => {
    expect(included('Vantaalaiset 25–50, lapsiperheet')).toEqual(['parental.parent'])
  })
})

describe('campaign logistics', () => {
  it('when budget, channels, creatives and KPIs are listed, then none of them is a criterion', () => {
    const text = 'Budget 8 000 €, creatives: two videos, KPI: leads and sales. Women 30–55 in Kerava'
    expect(included(text)).toEqual([])
    expect(places(text)).toEqual([{ municipality: '245', country: 'FI' }])
    expect(offered(text)).toEqual([])
  })

  it('when a contact person is named, then the surname is no town', () => {
    expect(places('Yhteyshenkilö Liisa Virtanen, nuoret 18–25 Kouvolassa')).toEqual([
      { municipality: '286', country: 'FI' },
    ])
  })

  it('when the same word describes people, then it is read', () => {
    expect(included('Graphic designers and creatives in Turku')).toContain('jobFunction.arts-design')
  })
})

describe('the product, a prize and a trip', () => {
  it('when a sentence sells new homes, then their type is not the home the audience lives in', () => {
    expect(included('Uudiskohde: rivitaloja Kempeleessä. Lapsiperheet Oulussa')).not.toContain(
      'homeType.terraced-house',
    )
    expect(included('Till salu: radhus i Kungsbacka. Barnfamiljer i Göteborg')).not.toContain('homeType.terraced-house')
  })

  it('when no home is sold, then the home type is read', () => {
    expect(included('Rivitaloasujat Kempeleessä')).toContain('homeType.terraced-house')
  })

  it('when a trip is the prize, then its destination and the trip are no criteria', () => {
    expect(places('Voita viikonloppu Tukholmaan! Naiset 30–50 Porissa')).toEqual([
      { municipality: '609', country: 'FI' },
    ])
    expect(included('Vinn en resa till Kreta – kvinnor 25–45 i Örebro')).toEqual([])
  })

  it('when people travel to a place or to work, then neither the place nor travel is a criterion', () => {
    expect(places('Porilaiset, jotka matkustavat Tampereelle')).toEqual([{ municipality: '609', country: 'FI' }])
    expect(included('Pendlare i Uppsala som reser till jobbet')).not.toContain('interest.travel')
  })

  it('when people travel a lot, then travel is an interest', () => {
    expect(included('Eläkeläiset Kuopiossa, jotka matkustavat paljon')).toContain('interest.travel')
    expect(included('Pensionärer i Umeå som reser mycket')).toContain('interest.travel')
  })
})

describe('a general word that labels a list', () => {
  it('when a general term stands before a colon and a list of its kind, then only the list is read', () => {
    expect(included('Kuntoilijat: uinti, tennis. Miehet 40–60 Kotkassa')).toEqual([
      'interest.swimming',
      'interest.tennis',
    ])
  })

  it('when a term of another kind follows the colon, then the first term stays', () => {
    expect(included('Golfers: women 40–60 in Kotka')).toEqual(['interest.golf'])
  })
})

describe('words too broad to read without a cue', () => {
  it('when a store or shop is where consumers buy, then it is no retail industry', () => {
    expect(included('People who shop at our store in Pori, 25–60')).toEqual([])
    expect(included('Kunder som handlar i butiken i Borås')).toEqual([])
    expect(included('Asiakkaat, jotka käyvät kaupassa Porissa')).toEqual([])
  })

  it('when an industry cue names them, then they are the retail industry', () => {
    expect(included('Toimiala: myymälät. Toimitusjohtajat Porissa')).toContain('industry.retail')
  })

  it('when "arbetsledare" is named, then it is no manager seniority', () => {
    expect(included('Arbetsledare på byggen i Gävle')).not.toContain('seniority.manager')
  })
})

describe('greetings and who the client is', () => {
  it('when a brief opens with a greeting, then the greeting is no criterion and is not offered', () => {
    expect(included('Moi, naiset 30–40 Kotkassa')).toEqual([])
    expect(offered('Moi, naiset 30–40 Kotkassa')).toEqual([])
    expect(offered('Hej! Kvinnor 30–40 i Borås')).toEqual([])
  })

  it('when the brief says who the client is, then the client business is no criterion', () => {
    expect(included('Asiakas on paikallinen autoliike Kuopiossa. Naiset 35–60 Kuopiossa')).toEqual([])
    expect(included('Our client is a hotel chain in Pori. Couples 30–55 in Tampere')).toEqual([
      'relationship.in-relationship',
    ])
  })

  it('when a new business opens, then what opens is the product, not an interest', () => {
    expect(included('Uusi ravintola avataan Kotkaan. Naiset 25–50 Kotkassa')).toEqual([])
    expect(included('Ett nytt gym öppnar i Borås. Kvinnor 25–40 i Borås')).toEqual([])
  })

  it('when the audience comes before the product verb and a comma, then it is read', () => {
    expect(included('Kuntoilijat Kotkassa, avataan uusi kuntosali')).toEqual(['interest.fitness'])
  })
})

describe('negations that widen and places named with their municipality word', () => {
  const excluded = (text: string) => parse(text).audience.exclude.map((t) => t.value)

  it('when "not only", "inte bara" or "ei pelkästään" precedes a list, then the list is neither wanted nor excluded', () => {
    for (const text of [
      'Women 25–45 in Pori, not only mothers',
      'Kvinnor 25–45 i Borås, inte bara mammor',
      'Naiset 25–45 Porissa, ei pelkästään äidit',
    ]) {
      expect(excluded(text)).toEqual([])
      expect(included(text)).toEqual([])
    }
  })

  it('when a requirement is lifted ("no previous experience needed"), then nothing is excluded', () => {
    expect(excluded('Nurses in Pori, no previous experience needed')).toEqual([])
  })

  it('when "not" stands alone, then the list is still excluded', () => {
    expect(excluded('Kvinnor i Borås, inte studenter')).toEqual(['education.students'])
  })

  it('when "kommun" or "kunta" follows a place, then it names the place, not the public sector', () => {
    expect(included('Boende i Umeå kommun, 30–50')).toEqual([])
    expect(included('Kuopion kunta, naiset 30–50')).toEqual([])
  })

  it("when the municipality's employees are named, then they are the public sector", () => {
    expect(included('Helsingin kaupungin työntekijät')).toEqual(['industry.public-sector'])
  })
})

describe('Swedish "inga"/"ingen", more exclusion verbs and month names', () => {
  const excluded = (text: string) => parse(text).audience.exclude.map((t) => t.value)

  it('when "inga" or "ingen" is written, then it is a negation, not the municipality Ingå', () => {
    expect(places('Kvinnor i Borås, inga studenter')).toEqual([{ municipality: '1490', country: 'SE' }])
    expect(excluded('Kvinnor i Borås, inga studenter')).toEqual(['education.students'])
    expect(places('Ingen åldersgräns. Män i Kalix')).toEqual([{ municipality: '2514', country: 'SE' }])
  })

  it('when Ingå is named, then it is the municipality', () => {
    expect(places('Kvinnor i Ingå')).toEqual([{ municipality: '149', country: 'FI' }])
  })

  it('when "exkludera", "skip" or "avoid" opens a list, then the list is excluded', () => {
    expect(excluded('Exkludera studenter, kvinnor i Borås')).toEqual(['education.students'])
    expect(excluded('Women in Pori, avoid students')).toEqual(['education.students'])
    expect(excluded('Men in Pori; skip students')).toEqual(['education.students'])
  })

  it('when a month is named, then it is no seniority or other criterion', () => {
    expect(included('Mässan hålls i juni, kvinnor i Borås')).toEqual([])
  })
})

describe('destinations, ages of things, events, what the client sells and what a campaign is called', () => {
  it('when places are named as travel destinations, then they are not targeted; the audience place is', () => {
    expect(places('Matkakohteina Riika ja Tallinna, naiset Porissa')).toEqual([{ municipality: '609', country: 'FI' }])
  })

  it('when an age describes a thing ("yli 10 v vanha talo"), then it is no age of the audience', () => {
    const r = parse('Omakotitaloasujat Porissa, joilla yli 10 v vanha talo, ikä 35–65')
    expect([r.audience.age.min, r.audience.age.max]).toEqual([35, 65])
  })

  it('when the thing that old is named ("yli 10 v vanha auto", "över 8 år gammal bil"), then it is owned, no interest', () => {
    expect(included('Autoilijat Porissa, joilla yli 10 v vanha auto')).toEqual(['interest.motorists'])
    expect(included('Bilister i Umeå med över 8 år gammal bil')).toEqual(['interest.motorists'])
    // Control: cars liked are an interest.
    expect(included('Autoilijat Porissa, jotka pitävät autoista')).toEqual(['interest.motorists', 'interest.cars'])
  })

  it('when examples follow a cue for their kind, then they are the criteria asked for', () => {
    expect(included('Miehet Porissa, kiinnostukset esim. golf ja tennis')).toEqual(['interest.golf', 'interest.tennis'])
  })

  it('when a trade fair or webinar is the campaign, then its place is no target', () => {
    expect(places('Mässa i Borås 3 maj. Inköpschefer i Umeå')).toEqual([{ municipality: '2480', country: 'SE' }])
  })

  it('when the client sells something, then the goods are no criterion', () => {
    expect(included('Vi säljer golfutrustning. Kvinnor 40–60 i Borås')).toEqual([])
    expect(included('They sell hiking boots. Women 40–60 in Pori')).toEqual([])
  })

  it('when words name the campaign or its ad category, then they are no criterion', () => {
    expect(included('Home insurance renewal campaign – women 30–50 in Pori')).toEqual([])
    expect(included('Women 30–50 in Pori. Financial services ad category.')).toEqual([])
  })

  it('when wool socks are sold, then no housing category is set (villa is wool in Finnish compounds)', () => {
    expect(parse('Joulukampanja villasukista, naiset 35–70').audience.specialAdCategory).toBe('none')
    expect(parse('Villan ostajat Espoossa').audience.specialAdCategory).toBe('housing')
  })
})

describe('prices and thousands separators', () => {
  it('when a small euro amount has no revenue cue, then it is a price or cost, no company revenue', () => {
    expect(included('Liput alk. 49 €, naiset 40+ Porissa')).toEqual([])
    expect(included('Target CPC under €0.80, women in Pori')).toEqual([])
  })

  it('when a revenue cue names the amount, then a small revenue is still read', () => {
    expect(included('yritykset, joiden liikevaihto alle 80 000 €')).toEqual(['companyRevenue.under-2m'])
  })

  it('when an English headcount uses a thousands comma, then 1,500 is fifteen hundred', () => {
    // 300–1,500 employees overlaps the buckets 201-500, 501-1000 and 1001-5000.
    expect(included('Companies with 300–1,500 employees')).toEqual([
      'companySize.201-500',
      'companySize.501-1000',
      'companySize.1001-5000',
    ])
  })
})

describe('an age limit right after the people it is about', () => {
  const age = (text: string) => {
    const a = parse(text).audience.age
    return [a.min, a.max ?? null]
  }

  it('when "naiset yli 40", "kvinnor över 40" or "women over 40" is written, then the age is 40 and up', () => {
    // "over 40" is read as in the parser's age rule for "yli 40 v" (over 40 includes 40, noted age_over_inclusive).
    const expected = age('Naiset yli 40 v Porissa')
    expect(expected[0]).toBeGreaterThanOrEqual(40)
    expect(age('Naiset yli 40 Porissa')).toEqual(expected)
    expect(age('Kvinnor över 40 i Borås')).toEqual(expected)
    expect(age('Women over 40 in Pori')).toEqual(expected)
  })

  it('when the limit follows no people word, then it is no age', () => {
    expect(parse('Yritykset, yli 50 Porissa').recognized.some((r) => r.term.kind === 'age')).toBe(false)
  })
})

describe('an election candidate', () => {
  it('when "kandidat" names a candidate, then it is no bachelor degree', () => {
    expect(included('Riksdagsvalet: kandidat i Nylands valkrets, röstberättigade i Esbo')).toEqual([])
  })
})

describe('an exclusion written after what it excludes', () => {
  const excluded = (text: string) => parse(text).audience.exclude.map((t) => t.value)

  it('when "rajataan pois", "exkluderas" or "excluded" ends the clause, then the criteria before it are excluded', () => {
    expect(excluded('Yrittäjät Porissa. Pankit rajataan pois, ne ovat kumppaneita.')).toEqual(['industry.banking'])
    expect(included('Yrittäjät Porissa. Pankit rajataan pois, ne ovat kumppaneita.')).toEqual(['seniority.owner'])
    expect(excluded('Kvinnor i Umeå, studenter exkluderas')).toEqual(['education.students'])
    expect(excluded('Women in Pori; students excluded.')).toEqual(['education.students'])
  })

  it('when a verb is negated ("jotka eivät"), then the criteria before it are not excluded', () => {
    expect(excluded('Opiskelijat jotka eivät asu kotona, Pori')).toEqual([])
  })
})

describe('senior as a level and as pensioners', () => {
  it('when "senior" stands before a role or "level", then it is the seniority', () => {
    expect(included('Senior data analysts in Pori')).toContain('seniority.senior')
    expect(included('Senior data analysts in Pori')).not.toContain('employment.pensioners')
  })

  it('when "seniors" or "seniorer" stands alone, then they are pensioners', () => {
    expect(included('Seniors in Pori who like golf')).toEqual(['employment.pensioners', 'interest.golf'])
    expect(included('Seniorer i Umeå')).toEqual(['employment.pensioners'])
  })
})

describe('offers, bracketed products, products held with us and house music', () => {
  it('when a promo names what is on offer, then the goods are no criterion', () => {
    expect(included('Spring promo on robot vacuums. Women 30–50 in Pori')).toEqual([])
  })

  it('when brackets after a campaign word list the products, then they are no criterion', () => {
    expect(included('Kevätkampanja (maastopyörät + kypärät). Naiset 30–50 Porissa')).toEqual([])
  })

  it('when a product is held "with us" or "hos oss", then it is no criterion of the audience', () => {
    expect(parse('Förstagångsköpare i Umeå som inte redan har bolån hos oss').audience.exclude).toEqual([])
  })

  it('when "house" is a kind of music, then it is no detached house', () => {
    expect(included('Klubbkväll med house och techno, 20–35 i Borås')).not.toContain('homeType.detached-house')
    expect(included('Detached house owners in Pori')).toContain('homeType.detached-house')
  })
})

describe("the advertiser's own partners and events, and the metro area", () => {
  const excluded = (text: string) => parse(text).audience.exclude.map((t) => t.value)

  it('when "our partners" are excluded, then no partner seniority is excluded', () => {
    expect(excluded('IT managers in Sweden. Not our partners.')).toEqual([])
  })

  it('when "our current customers" are excluded, then the customer list is', () => {
    expect(excluded('Exclude our current customers, women in Pori')).toEqual(['list.current-customers'])
  })

  it('when a webinar is on a topic, then the topic is no criterion', () => {
    expect(included('Webinar on cybersecurity. IT managers in Sweden')).toEqual(['title.it-manager'])
  })

  it('when "Helsinki metro area" is named, then it is the capital region, not public transport', () => {
    expect(included('Women 30–55, Helsinki metro area')).toEqual([])
    expect(places('Women 30–55, Helsinki metro area')).toContainEqual({ municipality: '235', country: 'FI' })
  })
})
