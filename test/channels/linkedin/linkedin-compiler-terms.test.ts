import { describe, expect, it } from 'vitest'
import { withMappings, type Term } from '../../../audiences/index.js'
import { compileLinkedIn } from './linkedin-compile.js'
import { LINKEDIN_TEST_PARTS } from './linkedin-taxonomy.js'

const facet = (name: string) => `urn:li:adTargetingFacet:${name}`
const typeahead = (name: string, query: string) => `adTargetingEntities?q=typeahead&facet=${facet(name)}&query=${query}`
const listing = (name: string) => `adTargetingEntities?q=adTargetingFacet&facet=${facet(name)}`

// `emits`: the `or` object the term's group becomes (URNs from platforms.md §3.6); `says`: a part of the message.
type Row = { status: string; code: string; emits?: Record<string, string[]>; says?: string }

const TERMS: [Term['facet'], string, Row][] = [
  [
    'title',
    'title.ceo',
    { status: 'unresolved', code: 'term_urn_unknown', says: typeahead('titles', 'Chief Executive Officer') },
  ],
  [
    'title',
    'title.physician',
    { status: 'unresolved', code: 'term_urn_unknown', says: typeahead('titles', 'Physician') },
  ],
  [
    'title',
    'toimitusjohtaja',
    { status: 'unresolved', code: 'free_text_lookup', says: typeahead('titles', 'toimitusjohtaja') },
  ],
  [
    'seniority',
    'seniority.cxo',
    { status: 'exact', code: 'term_exact', emits: { [facet('seniorities')]: ['urn:li:seniority:8'] } },
  ],
  [
    'jobFunction',
    'jobFunction.finance',
    { status: 'unresolved', code: 'term_urn_unknown', says: listing('jobFunctions') },
  ],
  [
    'industry',
    'industry.software',
    { status: 'exact', code: 'term_exact', emits: { [facet('industries')]: ['urn:li:industry:4'] } },
  ],
  [
    'industry',
    'industry.construction',
    { status: 'unresolved', code: 'term_urn_unknown', says: typeahead('industries', 'Construction') },
  ],
  [
    'industry',
    'industry.agency-excluded',
    {
      status: 'unsupported',
      code: 'term_unsupported',
      says: 'the agency keeps this industry out of LinkedIn campaigns',
    },
  ],
  [
    'companySize',
    'companySize.2-10',
    { status: 'exact', code: 'term_exact', emits: { [facet('staffCountRanges')]: ['urn:li:staffCountRange:(2,10)'] } },
  ],
  [
    'companyRevenue',
    'companyRevenue.50m-plus',
    { status: 'unresolved', code: 'term_urn_unknown', says: listing('revenue') },
  ],
  [
    'companyProfit',
    'companyProfit.positive',
    { status: 'unsupported', code: 'facet_unsupported', says: 'matched audience' },
  ],
  [
    'companyTrade',
    'companyTrade.exporter',
    { status: 'unsupported', code: 'facet_unsupported', says: 'import/export' },
  ],
  ['companySites', 'companySites.multiple', { status: 'unsupported', code: 'facet_unsupported', says: 'company list' }],
  ['skill', 'skill.erp', { status: 'unresolved', code: 'term_urn_unknown', says: typeahead('skills', 'ERP') }],
  ['skill', 'SAP', { status: 'unresolved', code: 'free_text_lookup', says: typeahead('skills', 'SAP') }],
  [
    'employer',
    'employer.doc-example',
    { status: 'exact', code: 'term_exact', emits: { [facet('employers')]: ['urn:li:organization:1035'] } },
  ],
  ['employer', 'Nokia', { status: 'unresolved', code: 'free_text_lookup', says: typeahead('employers', 'Nokia') }],
  [
    'education',
    'education.university',
    { status: 'unresolved', code: 'term_urn_unknown', says: typeahead('degrees', 'University degree') },
  ],
  [
    'interest',
    'interest.design',
    { status: 'unresolved', code: 'term_urn_unknown', says: typeahead('interests', 'Design') },
  ],
  ['interest', 'interest.cats', { status: 'unsupported', code: 'interest_unavailable', says: 'professional topics' }],
  [
    'interest',
    'interest.luxury-goods',
    { status: 'unsupported', code: 'interest_unavailable', says: 'none covers luxury goods' },
  ],
  // Free text is looked up on the interests facet (professional topics): no term decided it has no LinkedIn match.
  [
    'interest',
    'design furniture',
    { status: 'unresolved', code: 'free_text_lookup', says: typeahead('interests', 'design furniture') },
  ],
  ['behavior', 'frequent travellers', { status: 'unsupported', code: 'facet_unsupported' }],
  ['lifeEvent', 'lifeEvent.recently-moved', { status: 'unsupported', code: 'facet_unsupported', says: 'life-event' }],
  ['parentalStatus', 'parental.parent', { status: 'unsupported', code: 'facet_unsupported', says: 'parental-status' }],
  ['relationship', 'relationship.in-relationship', { status: 'unsupported', code: 'facet_unsupported' }],
  [
    'income',
    'income.top-10',
    {
      status: 'unsupported',
      code: 'income_unsupported',
      says: 'seniorities (Director, VP, CXO, Owner), job titles, company size',
    },
  ],
  [
    'income',
    'income.top-20',
    {
      status: 'unsupported',
      code: 'income_unsupported',
      says: '"Top 20 % income": LinkedIn has no income targeting; seniority is the usual proxy.',
    },
  ],
  ['employment', 'employment.employed', { status: 'unsupported', code: 'facet_unsupported' }],
  ['homeType', 'homeType.detached-house', { status: 'unsupported', code: 'facet_unsupported' }],
  ['keyword', 'hirsihuvila', { status: 'unsupported', code: 'keyword_unsupported', says: 'no keyword' }],
  ['website', 'kilpailija.fi', { status: 'unsupported', code: 'website_unsupported', says: 'Insight Tag' }],
  [
    'customerList',
    'list.current-customers',
    { status: 'unresolved', code: 'matched_audience_not_uploaded', says: 'urn:li:adSegment' },
  ],
  ['customerList', 'list.former-customers', { status: 'unresolved', code: 'matched_audience_not_uploaded' }],
  ['customerList', 'our newsletter list', { status: 'unresolved', code: 'matched_audience_not_uploaded' }],
  [
    'customerList',
    'list.site-visitors',
    { status: 'unresolved', code: 'retargeting_segment_missing', says: 'Insight Tag' },
  ],
]

describe('linkedinCompiler terms', () => {
  it.each(TERMS)('when the audience includes %s %s, then it compiles as the table says', (facetName, value, row) => {
    const result = compileLinkedIn({ include: [[{ facet: facetName, value }]] })

    const item = result.item(value)
    expect(item).toMatchObject({ status: row.status, code: row.code })
    if (row.says) expect(item.message).toContain(row.says)
    expect(result.and.slice(1)).toEqual(row.emits ? [{ or: row.emits }] : [])
  })

  it.each(TERMS)(
    'when the audience excludes %s %s, then it compiles the same way into exclude.or',
    (facetName, value, row) => {
      const result = compileLinkedIn({ exclude: [{ facet: facetName, value }] })

      expect(result.item(`not ${value}`)).toMatchObject({ status: row.status, code: row.code })
      expect(result.spec.targetingCriteria.exclude).toEqual(row.emits ? { or: row.emits } : undefined)
    },
  )

  it('when a GDPR special-category interest targets Finland, then the DSA drops it', () => {
    const result = compileLinkedIn({ include: [[{ facet: 'interest', value: 'interest.religion' }]] })

    expect(result.item('interest.religion')).toMatchObject({ status: 'unsupported', code: 'dsa_special_category' })
    expect(result.policyCodes).toContain('dsa_special_category')
  })

  it('when the same special-category interest targets the United States, then it goes through the normal lookup', () => {
    const result = compileLinkedIn({
      geo: { include: [{ country: 'US' }] },
      include: [[{ facet: 'interest', value: 'interest.religion' }]],
    })

    expect(result.item('interest.religion')).toMatchObject({ status: 'unresolved', code: 'term_urn_unknown' })
  })

  it('when a mapping names a facet LinkedIn does not have, then the term is unsupported rather than emitted', () => {
    const taxonomy = withMappings(LINKEDIN_TEST_PARTS, [
      {
        key: 'skill.erp',
        platform: 'linkedin',
        mapping: { target: 'keywords', id: 'urn:li:keyword:erp', source: 'test stand-in', confirmed: '2026-01-15' },
      },
    ])

    const result = compileLinkedIn({ include: [[{ facet: 'skill', value: 'skill.erp' }]] }, taxonomy)

    expect(result.item('skill.erp')).toMatchObject({ status: 'unsupported', code: 'mapping_target_unknown' })
    expect(result.and.slice(1)).toEqual([])
  })
})
