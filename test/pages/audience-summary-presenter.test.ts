import { describe, expect, it } from 'vitest'
import { AudienceSchema, DEFAULT_TAXONOMY, type Audience, type AudienceInput } from '../../audiences/index.js'
import { toAudienceSummary } from '../../server/presenters/audience-summary-presenter.js'

const anAudience = (over: Partial<AudienceInput> = {}): Audience =>
  AudienceSchema.parse({ name: 'Test', geo: { include: [{ country: 'FI' }] }, ...over })
const summary = (audience: Audience, locale: 'fi' | 'sv' | 'en') =>
  toAudienceSummary(audience, DEFAULT_TAXONOMY, locale).sentences

const villa = anAudience({
  specialAdCategory: 'housing',
  age: { min: 30, max: 60 },
  include: [
    [
      { facet: 'title', value: 'title.ceo' },
      { facet: 'title', value: 'title.physician' },
      { facet: 'title', value: 'title.lawyer' },
    ],
    [{ facet: 'income', value: 'income.top-20' }],
  ],
})

describe('toAudienceSummary', () => {
  it('when the audience has an age range, a country and two include groups, then says "(A, B or C) AND D" in English', () => {
    expect(summary(villa, 'en')).toEqual([
      'People aged 30–60 in Finland, who match (Chief executive officer (CEO), Physician or Lawyer) AND Income: top 20%.',
      'Special ad category: housing. The channels restrict targeting.',
    ])
  })

  it('when the reader is Finnish, then the taxonomy labels and the words are Finnish', () => {
    expect(summary(villa, 'fi')).toEqual([
      '30–60-vuotiaat ihmiset alueella Suomi, joihin pätee: (Toimitusjohtaja, Lääkäri tai Juristi) JA Tulotaso: ylin 20 %.',
      'Erityinen mainosluokka: asuminen. Kanavat rajoittavat kohdentamista.',
    ])
  })

  it('when the reader is Swedish, then the taxonomy labels and the words are Swedish', () => {
    expect(summary(villa, 'sv')).toEqual([
      'Personer i åldern 30–60 år i Finland, som uppfyller: (Verkställande direktör, Läkare eller Jurist) OCH Inkomst: högsta 20 %.',
      'Särskild annonskategori: bostäder. Kanalerna begränsar målgruppsinriktningen.',
    ])
  })

  it('when only women of 25 and over, living or recently in a region or a city, speaking two languages, then names them all', () => {
    const audience = anAudience({
      age: { min: 25 },
      genders: ['female'],
      geo: { include: [{ region: 'FI-18' }, { municipality: '091', country: 'FI' }], presence: 'homeOrRecent' },
      languages: ['fi', 'sv'],
    })

    expect(summary(audience, 'en')).toEqual([
      'Women aged 25 or over living in or recently in Uusimaa or Helsinki, speaking Finnish or Swedish.',
    ])
    expect(summary(audience, 'sv')).toEqual([
      'Kvinnor som är 25 år eller äldre som bor eller nyligen har varit i Nyland eller Helsingfors, som talar finska eller svenska.',
    ])
    expect(summary(audience, 'fi')).toEqual([
      'Vähintään 25-vuotiaat naiset alueella Uusimaa tai Helsinki (asuvat tai äskettäin siellä olleet), kielenä suomi tai ruotsi.',
    ])
  })

  it('when one include group has several terms, then it needs no brackets; free-text terms say what they are', () => {
    const audience = anAudience({
      age: { min: 18, max: 24 },
      genders: ['male'],
      include: [
        [
          { facet: 'keyword', value: 'mökki' },
          { facet: 'website', value: 'https://www.honka.fi' },
        ],
      ],
    })

    expect(summary(audience, 'en')).toEqual([
      'Men aged 18–24 in Finland, who match searches for “mökki” or visitors of https://www.honka.fi.',
    ])
    expect(summary(audience, 'fi')).toEqual([
      '18–24-vuotiaat miehet alueella Suomi, joihin pätee: hakusana ”mökki” tai sivuston https://www.honka.fi kävijät.',
    ])
  })

  it('when places and people are excluded, then adds a sentence for each; postal codes name their municipality', () => {
    const audience = anAudience({
      age: { min: 30, max: 65 },
      geo: {
        include: [{ country: 'FI' }],
        exclude: [{ postalCode: '00100', country: 'FI' }, { radius: { lat: 60.1699, lng: 24.9384, km: 5 } }],
      },
      exclude: [
        { facet: 'keyword', value: 'vuokra' },
        { facet: 'title', value: 'title.lawyer' },
      ],
    })

    expect(summary(audience, 'en').slice(1)).toEqual([
      'Not in postal code 00100 (Helsinki) or 5 km around 60.1699, 24.9384.',
      'Excluding people who match searches for “vuokra” or Lawyer.',
    ])
    expect(summary(audience, 'fi').slice(1)).toEqual([
      'Ei alueella postinumero 00100 (Helsinki) tai 5 km:n säde pisteestä 60,1699, 24,9384.',
      'Pois rajataan ne, joihin pätee hakusana ”vuokra” tai Juristi.',
    ])
    expect(summary(audience, 'sv').slice(1)).toEqual([
      'Inte i postnummer 00100 (Helsingfors) eller 5 km runt 60,1699, 24,9384.',
      'Utom personer som uppfyller sökordet ”vuokra” eller Jurist.',
    ])
  })

  it("when the audience narrows a parent, then the first sentence folds in the parent's criteria and a last one names it", () => {
    const parent = anAudience({
      name: 'Johtajat',
      age: { min: 30, max: 60 },
      include: [[{ facet: 'title', value: 'title.ceo' }]],
    })
    const child = anAudience({
      name: 'Johtajat Uudellamaalla',
      geo: { include: [{ region: 'FI-18' }] },
      age: { min: 40 },
      include: [[{ facet: 'income', value: 'income.top-20' }]],
      parent,
    })

    expect(summary(child, 'en')).toEqual([
      'People aged 40–60 in Uusimaa, who match Chief executive officer (CEO) AND Income: top 20%.',
      'Narrows the segment “Johtajat”; its criteria are included above.',
    ])
    expect(summary(child, 'fi')[1]).toBe('Tarkentaa segmenttiä ”Johtajat”; sen rajaukset sisältyvät kuvaukseen.')
  })

  it('when a term is not in the taxonomy, then its value is shown as written rather than dropped', () => {
    const audience = anAudience({ include: [[{ facet: 'employer', value: 'Talotehdas Oy' }]] })
    expect(summary(audience, 'en')).toEqual(['People aged 18 or over in Finland, who match Talotehdas Oy.'])
  })
})
