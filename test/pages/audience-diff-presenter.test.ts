import { describe, expect, it } from 'vitest'
import { AudienceSchema, DEFAULT_TAXONOMY, type Audience, type AudienceInput } from '../../audiences/index.js'
import { toAudienceDiff } from '../../server/presenters/audience-diff-presenter.js'

const anAudience = (over: Partial<AudienceInput> = {}): Audience =>
  AudienceSchema.parse({ name: 'Huvila', geo: { include: [{ country: 'FI' }] }, age: { min: 30, max: 60 }, ...over })
const term = (facet: 'title' | 'interest' | 'income' | 'keyword', value: string) => ({ facet, value })
const diff = (
  before: Audience,
  after: Audience,
  locale: 'fi' | 'sv' | 'en' = 'en',
  parents = new Map<string, string>(),
) =>
  toAudienceDiff(
    { audience: before, parentId: null },
    { audience: after, parentId: null },
    DEFAULT_TAXONOMY,
    locale,
    parents,
  )

const TITLES = [term('title', 'title.ceo'), term('title', 'title.physician')]
const INCOME = [term('income', 'income.top-20')]
const DESIGN = [term('interest', 'interest.design')]

describe('toAudienceDiff', () => {
  it('when nothing changed, then lists nothing', () => {
    expect(diff(anAudience(), anAudience())).toEqual([])
  })

  it('when the age range and the name change, then says "Age: 30–60 → 35–60" in the reader’s language', () => {
    const after = anAudience({ name: 'Huvila 2', age: { min: 35, max: 60 } })

    expect(diff(anAudience(), after)).toEqual(['Name: Huvila → Huvila 2', 'Age: 30–60 → 35–60'])
    expect(diff(anAudience(), after, 'fi')).toEqual(['Nimi: Huvila → Huvila 2', 'Ikä: 30–60 → 35–60'])
    expect(diff(anAudience(), after, 'sv')).toEqual(['Namn: Huvila → Huvila 2', 'Ålder: 30–60 → 35–60'])
  })

  it('when the upper age limit is removed, then the new range reads as "30+"', () => {
    expect(diff(anAudience(), anAudience({ age: { min: 30 } }))).toEqual(['Age: 30–60 → 30+'])
  })

  it('when a term is added to a group and another removed, then names the group by its number', () => {
    const before = anAudience({ include: [INCOME, TITLES] })
    const after = anAudience({ include: [INCOME, [term('title', 'title.ceo'), term('title', 'title.lawyer')]] })

    expect(diff(before, after)).toEqual(['Added to group 2: Lawyer', 'Removed from group 2: Physician'])
    expect(diff(before, after, 'fi')).toEqual(['Lisätty ryhmään 2: Juristi', 'Poistettu ryhmästä 2: Lääkäri'])
  })

  it('when the first of three groups is removed, then says so once instead of every later group changing', () => {
    const before = anAudience({ include: [TITLES, INCOME, DESIGN] })
    const after = anAudience({ include: [INCOME, DESIGN] })

    expect(diff(before, after)).toEqual(['Removed group 1: Chief executive officer (CEO) or Physician'])
  })

  it('when a group is added, then lists its terms as an "or"', () => {
    const after = anAudience({ include: [INCOME, TITLES] })
    expect(diff(anAudience({ include: [INCOME] }), after, 'sv')).toEqual([
      'Ny grupp 2: Verkställande direktör eller Läkare',
    ])
  })

  it('when exclusions, places, languages, genders and tags change, then lists each in plain words', () => {
    const before = anAudience({ tags: ['a'], languages: ['fi'], exclude: [term('keyword', 'vuokra')] })
    const after = anAudience({
      tags: ['b'],
      genders: ['female'],
      languages: ['fi', 'sv'],
      geo: {
        include: [{ region: 'FI-18' }],
        exclude: [{ municipality: '091', country: 'FI' }],
        presence: 'homeOrRecent',
      },
      exclude: [term('title', 'title.lawyer')],
      specialAdCategory: 'housing',
    })

    expect(diff(before, after)).toEqual([
      'Special ad category: none → housing',
      'Genders: all → women',
      'Location: lives there → lives or was recently there',
      'Added place: Uusimaa',
      'Removed place: Finland',
      'Added excluded place: Helsinki',
      'Added language: Swedish',
      'Added exclusion: Lawyer',
      'Removed exclusion: searches for “vuokra”',
      'Added tag: b',
      'Removed tag: a',
    ])
  })

  it('when the stored parent changes, then names both segments; an unknown one reads as deleted', () => {
    const parents = new Map([['p1', 'Johtajat']])
    const lines = toAudienceDiff(
      { audience: anAudience(), parentId: null },
      { audience: anAudience(), parentId: 'p1' },
      DEFAULT_TAXONOMY,
      'fi',
      parents,
    )
    const gone = toAudienceDiff(
      { audience: anAudience(), parentId: 'p9' },
      { audience: anAudience(), parentId: null },
      DEFAULT_TAXONOMY,
      'en',
      parents,
    )

    expect(lines).toEqual(['Yläsegmentti: ei ole → Johtajat'])
    expect(gone).toEqual(['Parent segment: a deleted segment → none'])
  })

  it('when only the notes change, then says the notes changed without quoting them', () => {
    expect(diff(anAudience(), anAudience({ description: 'uusi' }))).toEqual(['Notes changed'])
  })
})
