import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../../audiences/index.js'
import { compileLinkedIn } from './linkedin-compile.js'

const facet = (name: string) => `urn:li:adTargetingFacet:${name}`
const FINLAND = { or: { [facet('locations')]: ['urn:li:geo:100456013'] } }

describe('linkedinCompiler with the shipped taxonomy', () => {
  it('when compiling the villa buyers of api.md, then LinkedIn gets Finland and three age brackets, and the rest is reported', () => {
    const result = compileLinkedIn(
      {
        name: 'Luxury villa buyers',
        age: { min: 30, max: 60 },
        languages: ['fi', 'sv'],
        include: [
          [
            { facet: 'title', value: 'title.ceo' },
            { facet: 'title', value: 'title.physician' },
            { facet: 'title', value: 'title.lawyer' },
          ],
          [{ facet: 'income', value: 'income.top-20' }],
          [
            { facet: 'interest', value: 'interest.interior-design' },
            { facet: 'interest', value: 'interest.luxury-goods' },
          ],
        ],
        exclude: [{ facet: 'customerList', value: 'list.current-customers' }],
      },
      DEFAULT_TAXONOMY,
    )

    expect(result.spec).toEqual({
      targetingCriteria: {
        include: {
          and: [
            FINLAND,
            {
              or: {
                [facet('ageRanges')]: [
                  'urn:li:ageRange:(25,34)',
                  'urn:li:ageRange:(35,54)',
                  'urn:li:ageRange:(55,2147483647)',
                ],
              },
            },
          ],
        },
      },
    })
    expect(result.fidelity.level).toBe('lossy')
    expect(result.fidelity.items.map((i) => [i.criterion, i.status, i.code])).toEqual([
      ['specialAdCategory:none', 'exact', 'special_ad_category_none'],
      ['geo:FI', 'exact', 'geo_exact'],
      ['presence:home', 'approximated', 'presence_recent_included'],
      ['age:30–60', 'approximated', 'age_widened'],
      ['genders:all', 'exact', 'genders_all'],
      ['language:fi', 'unresolved', 'language_urn_unknown'],
      ['language:sv', 'unresolved', 'language_urn_unknown'],
      ['title.ceo', 'unresolved', 'term_urn_unknown'],
      ['title.physician', 'unresolved', 'term_urn_unknown'],
      ['title.lawyer', 'unresolved', 'term_urn_unknown'],
      ['income.top-20', 'unsupported', 'income_unsupported'],
      ['interest.interior-design', 'unresolved', 'term_urn_unknown'],
      ['interest.luxury-goods', 'unresolved', 'term_urn_unknown'],
      ['not list.current-customers', 'unresolved', 'matched_audience_not_uploaded'],
    ])
  })

  it('when compiling a B2B audience from sourced URNs, then every professional criterion is exact', () => {
    const result = compileLinkedIn(
      {
        geo: { include: [{ country: 'FI' }, { country: 'SE' }], presence: 'homeOrRecent' },
        include: [
          [
            { facet: 'seniority', value: 'seniority.cxo' },
            { facet: 'seniority', value: 'seniority.owner' },
          ],
          [
            { facet: 'industry', value: 'industry.software' },
            { facet: 'industry', value: 'industry.it-services' },
          ],
          [
            { facet: 'companySize', value: 'companySize.11-50' },
            { facet: 'companySize', value: 'companySize.51-200' },
          ],
        ],
      },
      DEFAULT_TAXONOMY,
    )

    expect(result.and).toEqual([
      { or: { [facet('locations')]: ['urn:li:geo:100456013', 'urn:li:geo:105117694'] } },
      { or: { [facet('seniorities')]: ['urn:li:seniority:8', 'urn:li:seniority:10'] } },
      { or: { [facet('industries')]: ['urn:li:industry:4', 'urn:li:industry:96'] } },
      { or: { [facet('staffCountRanges')]: ['urn:li:staffCountRange:(11,50)', 'urn:li:staffCountRange:(51,200)'] } },
    ])
    expect(result.fidelity.level).toBe('exact')
  })

  it('when Helsinki and Uusimaa are targeted, then each is the LinkedIn location two public sources agree on', () => {
    // linkedin-geo-nordic-places.csv: "Helsinki, Uusimaa, Finland" 106591199 and "Uusimaa, Finland" 110596923, confirmed.
    const result = compileLinkedIn(
      { geo: { include: [{ city: 'Helsingfors', country: 'FI' }, { region: 'FI-18' }] } },
      DEFAULT_TAXONOMY,
    )

    expect(result.and).toEqual([{ or: { [facet('locations')]: ['urn:li:geo:106591199', 'urn:li:geo:110596923'] } }])
    expect(result.item('geo:FI-18').code).toBe('geo_exact')
  })

  it('when Oulu is targeted, then Finland stands in and the message names the unconfirmed candidate', () => {
    // "Oulu, North Ostrobothnia, Finland" 106842242 has one source only: a candidate, never compiled as it is.
    const result = compileLinkedIn({ geo: { include: [{ city: 'Oulu', country: 'FI' }] } }, DEFAULT_TAXONOMY)

    expect(result.and).toEqual([FINLAND])
    expect(result.item('geo:FI/city:Oulu').code).toBe('geo_widened_to_country')
    expect(result.item('geo:FI/city:Oulu').message).toContain('one public source gives urn:li:geo:106842242')
  })

  it('when a GDPR special-category interest is used in Sweden, then the DSA drops it', () => {
    const result = compileLinkedIn(
      {
        geo: { include: [{ country: 'SE' }] },
        include: [[{ facet: 'interest', value: 'interest.health-conditions' }]],
      },
      DEFAULT_TAXONOMY,
    )

    expect(result.item('interest.health-conditions')).toMatchObject({
      status: 'unsupported',
      code: 'dsa_special_category',
    })
  })
})
