import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { parseBrief } from '../../audiences/briefs/index.js'

// Words around the audience that ask for nothing (audiences/briefs/rejected-readings.ts). Each rule has a sentence
// where it drops a reading and a control where the same word still is a criterion. Sentences are hand-written.
const parse = (text: string) => parseBrief(text, DEFAULT_TAXONOMY)
const included = (text: string) =>
  parse(text)
    .audience.include.flat()
    .map((t) => t.value)
const excluded = (text: string) =>
  parse(text)
    .audience.exclude.flat()
    .map((t) => t.value)

describe('a suggestion answered "no"', () => {
  it('when a question is answered "ei käy", "nej, skippa dem" or "no", then its words are no criterion', () => {
    expect(included('Pariskunnat Lahdessa. Entä opiskelijat? Ei käy.')).toEqual(['relationship.in-relationship'])
    expect(included('Par i Västerås. Pensionärer också? -> nej, skippa dem.')).toEqual(['relationship.in-relationship'])
    expect(excluded('Par i Västerås. Pensionärer också? -> nej, skippa dem.')).toEqual([])
    expect(included('Couples in Lahti. Also students? No, not these.')).toEqual(['relationship.in-relationship'])
  })

  it('when a dash or colon marks the suggestion, then only the words back to it are dropped', () => {
    expect(included('Couples in Lahti – students: not these.')).toEqual(['relationship.in-relationship'])
    expect(parse('Couples in Lahti – students: not these.').audience.geo.include).toEqual([
      { municipality: '398', country: 'FI' },
    ])
  })

  it('when the answer is yes, then the suggestion stays', () => {
    expect(included('Pariskunnat Lahdessa. Entä opiskelijat? Kyllä.')).toEqual([
      'relationship.in-relationship',
      'education.students',
    ])
    expect(included('Par i Västerås. Pensionärer också? -> ja')).toContain('employment.pensioners')
  })

  it('when "inte" negates a word after a comma, then it still excludes', () => {
    expect(excluded('Par i Västerås, inte pensionärer.')).toEqual(['employment.pensioners'])
  })
})

describe('the first half of a contrast ("ei X vaan Y", "inte X utan Y", "not X but Y")', () => {
  it('when the negated half has a word left unread, then its broader reading is not excluded', () => {
    expect(excluded('Yrittäjät Kuopiossa, ei nuoret opiskelijat vaan kokeneet johtajat')).toEqual([])
    expect(excluded('Managers in Turku, not retired engineers but working ones')).toEqual([])
  })

  it('when the negated half is read whole, then it is excluded', () => {
    expect(excluded('Yrittäjät Kuopiossa, ei opiskelijat vaan johtajat')).toEqual(['education.students'])
  })
})

describe('the department a list comes from', () => {
  it('when "HR:ltä" or "list … from HR" names the sender, then it is no job function', () => {
    expect(included('Lista tulee HR:ltä, kohteena myyjät Tampereella')).toEqual(['jobFunction.sales'])
    expect(included('Managers in Oulu; the customer list comes from HR')).toEqual(['seniority.manager'])
  })

  it('when people are "from HR" without a list, then HR is their function', () => {
    expect(included('HR managers in Oulu, people from HR and finance')).toContain('jobFunction.hr')
    expect(included('HR-päälliköt Tampereella')).toEqual(['title.hr-manager'])
  })
})

describe("the advertiser's description of itself and of its product", () => {
  it('when the brief opens with a singular business noun, then the words of that opening are no criteria', () => {
    expect(included('Bike shop, families in Espoo')).toEqual(['parental.parent'])
  })

  it('when the shops are plural, they are the audience', () => {
    expect(included('Bike shops in Espoo')).toEqual(['behavior.bicycle-buyers'])
  })

  it('when words stand right before a product head (software, ohjelmisto), then they describe the product', () => {
    expect(included('LinkedIn-kampanja palkanlaskennan sovellukselle, kohde yrittäjät Turussa')).toEqual([
      'seniority.owner',
    ])
    expect(included('Taloushallinnon softa, mainonta toimitusjohtajille Turussa')).toEqual(['title.ceo'])
    expect(included('Vi marknadsför ett lönesystem; HR app for CEOs in Umeå')).toEqual(['title.ceo'])
  })

  it('when users of the product or a role follow the head, then the words are read', () => {
    expect(included('Accounting software users in Turku')).toEqual(['behavior.accounting-software'])
    expect(included('Kirjanpidon ammattilaiset Turussa')).toEqual(['jobFunction.accounting'])
  })
})
