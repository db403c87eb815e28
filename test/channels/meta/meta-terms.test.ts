import { describe, expect, it } from 'vitest'
import { TAXONOMY_PARTS, withMappings, type Facet, type Term } from '../../../audiences/index.js'
import { LIVE, LIVE_TAXONOMY, compileMeta, itemAt } from './meta-support.js'

type FacetCase = { value: string; status: string; code: string; flexible?: object }

// Ids and names as platforms.md §2.7 sources them (carried in the taxonomy data); everything else must not be emitted.
const FACETS: Record<Facet, FacetCase> = {
  interest: {
    value: 'interest.interior-design',
    status: 'exact',
    code: 'term_exact',
    flexible: { interests: [{ id: '6002920953955', name: 'Interior design (design)' }] },
  },
  behavior: { value: 'frequent travellers', status: 'unresolved', code: 'free_text_unresolved' },
  lifeEvent: {
    value: 'lifeEvent.recently-moved',
    status: 'exact',
    code: 'term_exact',
    flexible: { life_events: [{ id: '6003054185372', name: 'Recently moved' }] },
  },
  parentalStatus: {
    value: 'parental.parent',
    status: 'exact',
    code: 'term_exact',
    flexible: { family_statuses: [{ id: '6002714398372', name: 'Parents (All)' }] },
  },
  relationship: { value: 'relationship.in-relationship', status: 'unresolved', code: 'meta_id_unconfirmed' },
  income: { value: 'income.top-10', status: 'unsupported', code: 'meta_restricted_field' },
  education: { value: 'education.university', status: 'unresolved', code: 'meta_id_unconfirmed' },
  employment: { value: 'employment.employed', status: 'unsupported', code: 'meta_fallback_unsupported' },
  homeType: { value: 'homeType.detached-house', status: 'unsupported', code: 'meta_restricted_field' },
  title: { value: 'title.ceo', status: 'unresolved', code: 'meta_id_unconfirmed' },
  seniority: { value: 'seniority.director', status: 'unsupported', code: 'meta_fallback_unsupported' },
  jobFunction: { value: 'jobFunction.finance', status: 'unresolved', code: 'meta_id_unconfirmed' },
  industry: {
    value: 'industry.accounting-finance',
    status: 'exact',
    code: 'term_exact',
    flexible: { industries: [{ id: '6009003307783', name: 'Accounting and finance' }] },
  },
  companySize: { value: 'companySize.11-50', status: 'unsupported', code: 'meta_fallback_unsupported' },
  companyRevenue: { value: 'companyRevenue.under-2m', status: 'unsupported', code: 'meta_fallback_unsupported' },
  companyProfit: { value: 'companyProfit.positive', status: 'unsupported', code: 'meta_fallback_unsupported' },
  companyTrade: { value: 'companyTrade.exporter', status: 'unsupported', code: 'meta_fallback_unsupported' },
  companySites: { value: 'companySites.multiple', status: 'unsupported', code: 'meta_fallback_unsupported' },
  skill: { value: 'skill.erp', status: 'unresolved', code: 'meta_id_unconfirmed' },
  employer: { value: 'Nokia', status: 'unresolved', code: 'free_text_unresolved' },
  keyword: { value: 'hirsihuvila', status: 'unsupported', code: 'meta_no_keyword_targeting' },
  website: { value: 'talotehdas.fi', status: 'unsupported', code: 'meta_no_site_targeting' },
  customerList: { value: 'list.current-customers', status: 'unresolved', code: 'custom_audience_not_uploaded' },
}

describe('metaCompiler terms', () => {
  it.each(Object.entries(FACETS))(
    'when the audience includes a %s term, then it compiles as Meta allows',
    (facet, c) => {
      const result = compileMeta({ include: [[{ facet: facet as Facet, value: c.value }]] })

      expect(result.spec.targeting.flexible_spec).toEqual(c.flexible ? [c.flexible] : undefined)
      expect(itemAt(result, ['include', 0, 0])).toMatchObject({ criterion: c.value, status: c.status, code: c.code })
    },
  )

  it.each([
    ['interest.design', 'GET /search?type=adinterest&q=Design'],
    ['title.ceo', 'GET /search?type=adworkposition&q=Chief Executive Officer'],
  ])('when %s has no confirmed id, then the message names the taxonomy lookup', (value, lookup) => {
    const [facet] = value.split('.') as [Facet]
    const result = compileMeta({ include: [[{ facet, value }]] })

    expect(itemAt(result, ['include', 0, 0]).message).toContain(lookup)
  })

  it('when a free-text job title is given, then it is unresolved with a targetingsearch by that text', () => {
    const result = compileMeta({ include: [[{ facet: 'title', value: 'toimitusjohtaja' }]] })

    expect(itemAt(result, ['include', 0, 0]).message).toContain(
      'GET /act_<AD_ACCOUNT_ID>/targetingsearch?q=toimitusjohtaja&limit_type=work_positions',
    )
  })

  it('when a website is included, then the message points to a Pixel custom audience', () => {
    const result = compileMeta({ include: [[{ facet: 'website', value: 'talotehdas.fi' }]] })

    expect(itemAt(result, ['include', 0, 0]).message).toContain('Meta Pixel')
  })
})

describe('metaCompiler include groups', () => {
  const term = (facet: Facet, value: string): Term => ({ facet, value })

  it('when there are two groups, then flexible_spec has one object per group (OR inside, AND between)', () => {
    const result = compileMeta({
      include: [
        [term('interest', 'interest.interior-design'), term('interest', 'interest.luxury-goods')],
        [term('interest', 'interest.business'), term('parentalStatus', 'parental.parent')],
      ],
    })

    expect(result.spec.targeting.flexible_spec).toEqual([
      {
        interests: [
          { id: '6002920953955', name: 'Interior design (design)' },
          { id: '6007828099136', name: 'Luxury goods' },
        ],
      },
      {
        interests: [{ id: '6003402305839', name: 'Business (business & finance)' }],
        family_statuses: [{ id: '6002714398372', name: 'Parents (All)' }],
      },
    ])
  })

  it('when a sub-segment narrows its parent, then the parent’s groups and its own are ANDed', () => {
    const result = compileMeta({
      include: [[term('interest', 'interest.business')]],
      parent: {
        name: 'Villa buyers',
        geo: { include: [{ country: 'FI' }] },
        include: [[term('interest', 'interest.luxury-goods')]],
      },
    })

    expect(result.spec.targeting.flexible_spec).toEqual([
      { interests: [{ id: '6007828099136', name: 'Luxury goods' }] },
      { interests: [{ id: '6003402305839', name: 'Business (business & finance)' }] },
    ])
    expect(itemAt(result, ['parent', 'include', 0, 0]).code).toBe('term_exact')
  })

  it('when groups add up to more than 25, then the groups beyond flexible_spec’s limit are unsupported', () => {
    const groups = Array.from({ length: 25 }, () => [term('interest', 'interest.luxury-goods')])
    const result = compileMeta({
      include: [[term('interest', 'interest.business')]],
      parent: { name: 'Parent', geo: { include: [{ country: 'FI' }] }, include: groups },
    })

    expect(result.spec.targeting.flexible_spec).toHaveLength(25)
    expect(itemAt(result, ['include', 0, 0])).toMatchObject({ status: 'unsupported', code: 'flexible_spec_limit' })
  })

  it('when a sensitive interest targets Finland, then the DSA drops it', () => {
    const result = compileMeta({ include: [[term('interest', 'interest.religion')]] })

    expect(result.spec.targeting).not.toHaveProperty('flexible_spec')
    expect(itemAt(result, ['include', 0, 0])).toMatchObject({ status: 'unsupported', code: 'dsa_special_category' })
  })

  it('when a customer list has a stored custom audience id, then flexible_spec carries it', () => {
    const result = compileMeta(
      { include: [[term('customerList', 'list.current-customers')]] },
      { taxonomy: LIVE_TAXONOMY },
    )

    expect(result.spec.targeting.flexible_spec).toEqual([
      { custom_audiences: [{ id: LIVE.customers, name: 'Current customers' }] },
    ])
  })

  it('when a relationship status with an id is alone in its group, then it goes to the top-level field', () => {
    const result = compileMeta(
      { include: [[term('relationship', 'relationship.in-relationship')]] },
      { taxonomy: LIVE_TAXONOMY },
    )

    expect(result.spec.targeting.relationship_statuses).toEqual([LIVE.relationship])
    expect(result.spec.targeting).not.toHaveProperty('flexible_spec')
  })

  it('when a relationship status shares a group with other terms, then it cannot be ORed and is unsupported', () => {
    const result = compileMeta(
      { include: [[term('relationship', 'relationship.in-relationship'), term('interest', 'interest.business')]] },
      { taxonomy: LIVE_TAXONOMY },
    )

    expect(result.spec.targeting).not.toHaveProperty('relationship_statuses')
    expect(itemAt(result, ['include', 0, 0])).toMatchObject({
      status: 'unsupported',
      code: 'meta_field_outside_flexible_spec',
    })
  })
})

describe('a Meta mapping with several ids', () => {
  it('when a term carries further ids, then every one joins its flexible_spec group (OR) and the message names each', () => {
    // Made-up live ids (not platform facts): one term resolved to two interests.
    const taxonomy = withMappings(TAXONOMY_PARTS, [
      {
        key: 'interest.cottages',
        platform: 'meta',
        mapping: {
          target: 'interests',
          id: '900101',
          name: 'Cottage',
          source: 'live',
          confirmed: '2026-12-07',
          also: [{ target: 'interests', id: '900102', name: 'Summer house', source: 'live' }],
        },
      },
    ])
    const result = compileMeta({ include: [[{ facet: 'interest', value: 'interest.cottages' }]] }, { taxonomy })

    expect(result.spec.targeting.flexible_spec).toEqual([
      {
        interests: [
          { id: '900101', name: 'Cottage' },
          { id: '900102', name: 'Summer house' },
        ],
      },
    ])
    expect(itemAt(result, ['include', 0, 0]).message).toContain(
      'interests Cottage (900101) or interests Summer house (900102)',
    )
  })
})
