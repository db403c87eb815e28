import { describe, expect, it } from 'vitest'
import type { AudienceInput, Facet, Term } from '../../../audiences/index.js'
import type { AdGroupCriterion } from '../../../audiences/channels/google/google-spec-schema.js'
import { compileGoogle, compileSubSegment, itemAt, verdictAt, type Verdict } from './google-compile.js'
import { googleLiveTaxonomy } from './google-test-taxonomy.js'

const t = (facet: Facet, value: string): Term => ({ facet, value })
const segment = (n: number, negative?: true): AdGroupCriterion => ({
  custom_audience: { custom_audience: `customers/{customerId}/customAudiences/-${n}` },
  ...(negative ? { negative } : {}),
})
const CEO = t('title', 'title.ceo')
const PHYSICIAN = t('title', 'title.physician')
const DESIGN = t('interest', 'interest.design')
const CATS = t('interest', 'interest.cats')
const PARENTS = t('parentalStatus', 'parental.parent')
const VILLA = t('keyword', 'hirsihuvila')

// Google ANDs criterion types in an ad group and ORs within one; all audience segments share one OR.
type GroupCase = {
  include: AudienceInput['include']
  criteria: AdGroupCriterion[]
  audiences: string[]
  verdicts: Record<string, Verdict>
}

const GROUP_CASES: Record<string, GroupCase> = {
  'one group of custom segments (an OR)': {
    include: [[CEO, PHYSICIAN]],
    criteria: [segment(1)],
    audiences: ['Test audience · group 1'],
    verdicts: { '0.0': ['approximated', 'custom_segment'], '0.1': ['approximated', 'custom_segment'] },
  },
  'a user interest and a custom segment in one group': {
    include: [[CATS, DESIGN]],
    criteria: [segment(1), { user_interest: { user_interest_category: 'customers/{customerId}/userInterests/90001' } }],
    audiences: ['Test audience · group 1'],
    verdicts: { '0.0': ['exact', 'user_interest'], '0.1': ['approximated', 'custom_segment'] },
  },
  'two groups of audience segments (an AND Google ORs)': {
    include: [[CEO, PHYSICIAN], [CATS]],
    criteria: [segment(1), { user_interest: { user_interest_category: 'customers/{customerId}/userInterests/90001' } }],
    audiences: ['Test audience · group 1'],
    verdicts: {
      '0.0': ['approximated', 'groups_or_ed'],
      '0.1': ['approximated', 'groups_or_ed'],
      '1.0': ['approximated', 'groups_or_ed'],
    },
  },
  'a group mixing a parental status and a custom segment (an OR Google ANDs)': {
    include: [[PARENTS, DESIGN]],
    criteria: [segment(1), { parental_status: { type: 'PARENT' } }],
    audiences: ['Test audience · group 1'],
    verdicts: {
      '0.0': ['approximated', 'group_mixes_criterion_types'],
      '0.1': ['approximated', 'group_mixes_criterion_types'],
    },
  },
  'a keyword group and a segment group (an AND Google keeps)': {
    include: [[VILLA], [DESIGN]],
    criteria: [{ keyword: { text: 'hirsihuvila', match_type: 'PHRASE' } }, segment(1)],
    audiences: ['Test audience · group 2'],
    verdicts: { '0.0': ['exact', 'keyword_phrase'], '1.0': ['approximated', 'custom_segment'] },
  },
  'two keyword groups': {
    include: [[VILLA], [t('keyword', 'rantatontti')]],
    criteria: [
      { keyword: { text: 'hirsihuvila', match_type: 'PHRASE' } },
      { keyword: { text: 'rantatontti', match_type: 'PHRASE' } },
    ],
    audiences: [],
    verdicts: { '0.0': ['approximated', 'groups_or_ed'], '1.0': ['approximated', 'groups_or_ed'] },
  },
  'a group whose other terms are unsupported': {
    include: [[t('seniority', 'seniority.cxo'), PARENTS]],
    criteria: [{ parental_status: { type: 'PARENT' } }],
    audiences: [],
    verdicts: { '0.0': ['unsupported', 'no_google_targeting'], '0.1': ['exact', 'parental_status'] },
  },
}

describe('googleCompiler include groups', () => {
  it.each(Object.entries(GROUP_CASES))(
    'when the groups are %s, then criteria and verdicts are as the table says',
    (_name, c) => {
      const result = compileGoogle({ include: c.include }, googleLiveTaxonomy)

      expect(result.spec.adGroupCriteria).toEqual(c.criteria)
      expect(result.spec.customAudiences.map((a) => a.name)).toEqual(c.audiences)
      for (const [at, verdict] of Object.entries(c.verdicts))
        expect(verdictAt(result.fidelity.items, 'include', ...at.split('.').map(Number)), at).toEqual(verdict)
    },
  )

  it('when two groups become audience segments, then the message explains the lost AND and the fix', () => {
    const result = compileGoogle({ include: [[CEO], [DESIGN]] })

    expect(itemAt(result.fidelity.items, 'include', 1, 0).message).toContain(
      'groups 1 and 2 became audience segments, which Google ORs within an ad group, so their AND became an OR: over-inclusive; a combined segment in the Google Ads UI can AND them exactly',
    )
    expect(result.spec.customAudiences.map((a) => a.resource_name)).toEqual([
      'customers/{customerId}/customAudiences/-1',
      'customers/{customerId}/customAudiences/-2',
    ])
  })

  it('when terms repeat keywords, then each custom segment lists a member once', () => {
    const result = compileGoogle({ include: [[CEO, t('title', 'ceo')]] })

    expect(result.spec.customAudiences[0]?.members).toEqual([
      { member_type: 'KEYWORD', keyword: 'toimitusjohtaja' },
      { member_type: 'KEYWORD', keyword: 'ceo' },
    ])
  })
})

type ExcludeCase = { term: Term; criteria: AdGroupCriterion[]; verdict: Verdict }

const EXCLUDE_CASES: Record<string, ExcludeCase> = {
  'an uploaded customer list': {
    term: t('customerList', 'list.current-customers'),
    criteria: [{ user_list: { user_list: 'customers/{customerId}/userLists/90002' }, negative: true }],
    verdict: ['exact', 'user_list'],
  },
  'a keyword': {
    term: t('keyword', 'vuokra'),
    criteria: [{ keyword: { text: 'vuokra', match_type: 'PHRASE' }, negative: true }],
    verdict: ['exact', 'keyword_phrase'],
  },
  'a parental status': {
    term: t('parentalStatus', 'parental.not-parent'),
    criteria: [{ parental_status: { type: 'NOT_A_PARENT' }, negative: true }],
    verdict: ['exact', 'parental_status'],
  },
  'a user interest': {
    term: CATS,
    criteria: [
      { user_interest: { user_interest_category: 'customers/{customerId}/userInterests/90001' }, negative: true },
    ],
    verdict: ['exact', 'user_interest'],
  },
  'a custom-segment interest': {
    term: DESIGN,
    criteria: [segment(1, true)],
    verdict: ['approximated', 'custom_segment_excluded'],
  },
  'a website': {
    term: t('website', 'kilpailija.fi'),
    criteria: [segment(1, true)],
    verdict: ['approximated', 'custom_segment_excluded'],
  },
  'a special-category interest': {
    term: t('interest', 'interest.religion'),
    criteria: [],
    verdict: ['unsupported', 'dsa_special_category'],
  },
  'an unsupported facet': {
    term: t('seniority', 'seniority.cxo'),
    criteria: [],
    verdict: ['unsupported', 'no_google_targeting'],
  },
}

describe('googleCompiler exclusions', () => {
  it.each(Object.entries(EXCLUDE_CASES))(
    'when the audience excludes %s, then the negative criteria are as the table says',
    (_name, c) => {
      const result = compileGoogle({ exclude: [c.term] }, googleLiveTaxonomy)

      expect(result.spec.adGroupCriteria).toEqual(c.criteria)
      expect(verdictAt(result.fidelity.items, 'exclude', 0)).toEqual(c.verdict)
    },
  )

  it('when several exclusions need custom segments, then they share one negative custom segment', () => {
    const result = compileGoogle({ include: [[CEO]], exclude: [DESIGN, t('website', 'https://kilpailija.fi')] })

    expect(result.spec.adGroupCriteria).toEqual([segment(1), segment(2, true)])
    expect(result.spec.customAudiences.map((a) => [a.name, a.members.length])).toEqual([
      ['Test audience · group 1', 2],
      ['Test audience · excluded', 4],
    ])
  })

  it('when a criterion is excluded, then the message says it became a negative criterion', () => {
    const result = compileGoogle({ exclude: [t('customerList', 'list.current-customers')] }, googleLiveTaxonomy)

    expect(itemAt(result.fidelity.items, 'exclude', 0).message).toBe(
      'Current customers became user list 90002, excluded as a negative criterion',
    )
  })
})

describe('googleCompiler sub-segments', () => {
  const parent: AudienceInput = {
    name: 'Villa buyers',
    geo: { include: [{ country: 'FI' }], exclude: [{ country: 'SE' }] },
    age: { min: 30, max: 60 },
    include: [[CEO, PHYSICIAN]],
  }

  it('when a sub-segment narrows its parent, then both groups compile, with paths into the parent', () => {
    const result = compileSubSegment(parent, { include: [[VILLA]], age: { min: 35, max: 44 } })

    expect(result.spec.campaignCriteria).toEqual([
      { location: { geo_target_constant: 'geoTargetConstants/2246' } },
      { location: { geo_target_constant: 'geoTargetConstants/2752' }, negative: true },
    ])
    expect(result.spec.adGroupCriteria).toEqual([
      { age_range: { type: 'AGE_RANGE_35_44' } },
      segment(1),
      { keyword: { text: 'hirsihuvila', match_type: 'PHRASE' } },
    ])
    expect(verdictAt(result.fidelity.items, 'parent', 'geo', 'include', 0)).toEqual(['exact', 'geo_exact'])
    expect(verdictAt(result.fidelity.items, 'parent', 'include', 0, 1)).toEqual(['approximated', 'custom_segment'])
    expect(verdictAt(result.fidelity.items, 'include', 0, 0)).toEqual(['exact', 'keyword_phrase'])
    expect(verdictAt(result.fidelity.items, 'age')).toEqual(['exact', 'age_exact'])
  })

  it('when parent and sub-segment both add segment groups, then their AND is reported as ORed', () => {
    const result = compileSubSegment(parent, { include: [[DESIGN]] })

    expect(result.spec.customAudiences.map((a) => a.name)).toEqual(['Sub-segment · group 1', 'Sub-segment · group 2'])
    expect(verdictAt(result.fidelity.items, 'parent', 'include', 0, 0)).toEqual(['approximated', 'groups_or_ed'])
    expect(verdictAt(result.fidelity.items, 'include', 0, 0)).toEqual(['approximated', 'groups_or_ed'])
  })
})
