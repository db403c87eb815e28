import { describe, expect, it } from 'vitest'
import { compileLinkedIn } from './linkedin-compile.js'

const facet = (name: string) => `urn:li:adTargetingFacet:${name}`

describe('linkedinCompiler include and exclude structure', () => {
  it('when two groups are given, then include.and holds locations and one `or` object per group, facets of a group together', () => {
    const result = compileLinkedIn({
      include: [
        [
          { facet: 'seniority', value: 'seniority.cxo' },
          { facet: 'seniority', value: 'seniority.director' },
        ],
        [
          { facet: 'industry', value: 'industry.software' },
          { facet: 'companySize', value: 'companySize.2-10' },
        ],
      ],
    })

    expect(result.spec).toEqual({
      targetingCriteria: {
        include: {
          and: [
            { or: { [facet('locations')]: ['urn:li:geo:100456013'] } },
            { or: { [facet('seniorities')]: ['urn:li:seniority:8', 'urn:li:seniority:6'] } },
            {
              or: {
                [facet('industries')]: ['urn:li:industry:4'],
                [facet('staffCountRanges')]: ['urn:li:staffCountRange:(2,10)'],
              },
            },
          ],
        },
      },
    })
  })

  it('when a group has nothing LinkedIn can target, then it adds no clause and the others remain', () => {
    const result = compileLinkedIn({
      include: [[{ facet: 'income', value: 'income.top-10' }], [{ facet: 'seniority', value: 'seniority.cxo' }]],
    })

    expect(result.and).toEqual([
      { or: { [facet('locations')]: ['urn:li:geo:100456013'] } },
      { or: { [facet('seniorities')]: ['urn:li:seniority:8'] } },
    ])
  })

  it('when excluded places and terms meet, then exclude is one `or` object with locations first', () => {
    const result = compileLinkedIn({
      geo: { include: [{ country: 'FI' }, { country: 'SE' }], exclude: [{ country: 'SE' }] },
      exclude: [
        { facet: 'seniority', value: 'seniority.partner' },
        { facet: 'industry', value: 'industry.banking' },
        { facet: 'title', value: 'title.ceo' },
      ],
    })

    expect(result.spec.targetingCriteria.exclude).toEqual({
      or: {
        [facet('locations')]: ['urn:li:geo:105117694'],
        [facet('seniorities')]: ['urn:li:seniority:9'],
        [facet('industries')]: ['urn:li:industry:41'],
      },
    })
  })

  it('when a sub-segment narrows its parent, then the parent groups come first and each term keeps its own path', () => {
    const result = compileLinkedIn({
      geo: { include: [] },
      age: { min: 35, max: 54 },
      include: [[{ facet: 'industry', value: 'industry.software' }]],
      exclude: [{ facet: 'customerList', value: 'list.current-customers' }],
      parent: {
        name: 'Executives',
        geo: { include: [{ country: 'SE' }] },
        include: [[{ facet: 'seniority', value: 'seniority.cxo' }]],
      },
    })

    expect(result.and).toEqual([
      { or: { [facet('locations')]: ['urn:li:geo:105117694'] } },
      { or: { [facet('seniorities')]: ['urn:li:seniority:8'] } },
      { or: { [facet('industries')]: ['urn:li:industry:4'] } },
      { or: { [facet('ageRanges')]: ['urn:li:ageRange:(35,54)'] } },
    ])
    expect(result.fidelity.items.find((i) => i.path.join('.') === 'parent.include.0.0')).toMatchObject({
      status: 'exact',
    })
    expect(result.item('not list.current-customers').path).toEqual(['exclude', 0])
  })
})
