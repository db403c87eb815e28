import { describe, expect, it } from 'vitest'
import { createTaxonomy, type ChannelMapping } from '../../../audiences/index.js'
import { facetUrn } from '../../../audiences/channels/linkedin/linkedin-spec-schema.js'
import { aTerm } from '../../support/tiny-taxonomy.js'
import { compileLinkedIn } from './linkedin-compile.js'
import { LINKEDIN_TEST_PARTS } from './linkedin-taxonomy.js'

// Ids from audiences/data/platforms: function 12 Human Resources, seniority 5 Manager, 6 Director, industry 96 IT Services.
const sourced = (target: string, id: string, extra: Partial<ChannelMapping> = {}): ChannelMapping => ({
  target,
  id,
  source: 'linkedin-*.csv',
  confirmed: '2026-12-07',
  ...extra,
})
const also = (target: string, id: string) => ({ target, id, source: 'linkedin-*.csv' })
const taxonomy = createTaxonomy({
  ...LINKEDIN_TEST_PARTS,
  terms: [
    ...LINKEDIN_TEST_PARTS.terms,
    aTerm('title.hr-manager', 'title', {
      channels: {
        linkedin: sourced('jobFunctions', 'urn:li:function:12', {
          also: [also('seniorities', 'urn:li:seniority:5'), also('seniorities', 'urn:li:seniority:6')],
          combine: 'all',
        }),
      },
    }),
    aTerm('industry.it', 'industry', { channels: { linkedin: sourced('industries', 'urn:li:industry:96') } }),
    aTerm('seniority.leaders', 'seniority', {
      channels: {
        linkedin: sourced('seniorities', 'urn:li:seniority:6', { also: [also('seniorities', 'urn:li:seniority:7')] }),
      },
    }),
  ],
})
const FUNCTIONS = facetUrn('jobFunctions')
const SENIORITIES = facetUrn('seniorities')
const INDUSTRIES = facetUrn('industries')
const compile = (include: { facet: 'title' | 'industry' | 'seniority'; value: string }[][], exclude = []) =>
  compileLinkedIn({ geo: { include: [{ country: 'FI' }] }, include, exclude }, taxonomy)

describe('linkedinCompiler with terms of several ids', () => {
  it('when a group holds a function AND seniority term, then each facet is its own AND clause (exact)', () => {
    const result = compile([[{ facet: 'title', value: 'title.hr-manager' }]])

    expect(result.and.slice(1)).toEqual([
      { or: { [FUNCTIONS]: ['urn:li:function:12'] } },
      { or: { [SENIORITIES]: ['urn:li:seniority:5', 'urn:li:seniority:6'] } },
    ])
    expect(result.item('title.hr-manager')).toMatchObject({ status: 'exact', code: 'term_exact' })
    expect(result.item('title.hr-manager').message).toContain(
      'jobFunctions urn:li:function:12 and seniorities urn:li:seniority:5 or urn:li:seniority:6',
    )
  })

  it('when the combination shares its group with another term, then the OR is distributed: (F ∧ S) ∨ I = (F ∨ I) ∧ (S ∨ I)', () => {
    const result = compile([
      [
        { facet: 'title', value: 'title.hr-manager' },
        { facet: 'industry', value: 'industry.it' },
      ],
    ])

    expect(result.and.slice(1)).toEqual([
      { or: { [INDUSTRIES]: ['urn:li:industry:96'], [FUNCTIONS]: ['urn:li:function:12'] } },
      { or: { [INDUSTRIES]: ['urn:li:industry:96'], [SENIORITIES]: ['urn:li:seniority:5', 'urn:li:seniority:6'] } },
    ])
  })

  it('when a term has several ids of one facet combined any, then they sit in one OR clause', () => {
    const result = compile([[{ facet: 'seniority', value: 'seniority.leaders' }]])

    expect(result.and.slice(1)).toEqual([{ or: { [SENIORITIES]: ['urn:li:seniority:6', 'urn:li:seniority:7'] } }])
  })

  it('when a combination is excluded, then it is not: LinkedIn would leave out everyone of either facet', () => {
    const result = compileLinkedIn(
      {
        geo: { include: [{ country: 'FI' }] },
        exclude: [{ facet: 'title', value: 'title.hr-manager' }],
      },
      taxonomy,
    )

    expect(result.spec.targetingCriteria.exclude).toBeUndefined()
    expect(result.item('not title.hr-manager')).toMatchObject({
      status: 'unsupported',
      code: 'combination_not_excludable',
    })
  })
})
