import { describe, expect, it } from 'vitest'
import type { AudienceInput, Facet, Taxonomy, Term } from '../../../audiences/index.js'
import type { AdGroupCriterion, CustomAudienceMember } from '../../../audiences/channels/google/google-spec-schema.js'
import { compileGoogle, itemAt, verdictAt, type Verdict } from './google-compile.js'
import { googleLiveTaxonomy, googleTestTaxonomy } from './google-test-taxonomy.js'

// One include term per case, in Finland unless the case says otherwise; expectations derived from
// platforms.md §1 and the test taxonomy's mappings, not from compiler output.
type TermCase = {
  term: Term
  criteria: AdGroupCriterion[]
  members?: CustomAudienceMember[]
  verdict: Verdict
  taxonomy?: Taxonomy
  geo?: AudienceInput['geo']
}

const SEGMENT_1: AdGroupCriterion = {
  custom_audience: { custom_audience: 'customers/{customerId}/customAudiences/-1' },
}
const keyword = (k: string): CustomAudienceMember => ({ member_type: 'KEYWORD', keyword: k })
const unsupported: Verdict = ['unsupported', 'no_google_targeting']
const t = (facet: Facet, value: string): Term => ({ facet, value })

const TERM_CASES: Record<string, TermCase> = {
  'interest with a custom-segment fallback': {
    term: t('interest', 'interest.design'),
    criteria: [SEGMENT_1],
    members: [
      keyword('sisustussuunnittelu'),
      keyword('design furniture'),
      { member_type: 'URL', url: 'https://www.designmuseum.fi' },
    ],
    verdict: ['approximated', 'custom_segment'],
  },
  'interest with a stored user-interest id': {
    term: t('interest', 'interest.cats'),
    criteria: [{ user_interest: { user_interest_category: 'customers/{customerId}/userInterests/90001' } }],
    verdict: ['exact', 'user_interest'],
    taxonomy: googleLiveTaxonomy,
  },
  'interest with a lookup fallback': {
    term: t('interest', 'interest.business'),
    criteria: [],
    verdict: ['unresolved', 'lookup_needed'],
  },
  'interest with no id and no fallback': {
    term: t('interest', 'interest.cats'),
    criteria: [],
    verdict: ['unresolved', 'lookup_needed'],
  },
  'special-category interest in the EU': {
    term: t('interest', 'interest.religion'),
    criteria: [],
    verdict: ['unsupported', 'dsa_special_category'],
  },
  'special-category interest in the US': {
    term: t('interest', 'interest.religion'),
    criteria: [],
    verdict: ['unsupported', 'google_sensitive_interest'],
    geo: { include: [{ country: 'US' }] },
  },
  'behaviour as free text': {
    term: t('behavior', 'ostaa luomua'),
    criteria: [SEGMENT_1],
    members: [keyword('ostaa luomua')],
    verdict: ['approximated', 'custom_segment'],
  },
  'life event with a lookup fallback': {
    term: t('lifeEvent', 'lifeEvent.recently-moved'),
    criteria: [],
    verdict: ['unresolved', 'lookup_needed'],
  },
  'life event with a stored id': {
    term: t('lifeEvent', 'lifeEvent.recently-moved'),
    criteria: [{ life_event: { life_event_id: 90003 } }],
    verdict: ['exact', 'life_event'],
    taxonomy: googleLiveTaxonomy,
  },
  'parental status': {
    term: t('parentalStatus', 'parental.parent'),
    criteria: [{ parental_status: { type: 'PARENT' } }],
    verdict: ['exact', 'parental_status'],
  },
  'parental status Google cannot express': {
    term: t('parentalStatus', 'parental.young-children'),
    criteria: [],
    verdict: unsupported,
  },
  relationship: { term: t('relationship', 'relationship.in-relationship'), criteria: [], verdict: unsupported },
  'income in Finland': {
    term: t('income', 'income.top-20'),
    criteria: [],
    verdict: ['unsupported', 'income_unavailable_in_country'],
  },
  // Top 20 % = INCOME_RANGE_80_90 + INCOME_RANGE_90_UP: exactly the percentiles asked (google-ads-v24-enums.md).
  'income in Australia': {
    term: t('income', 'income.top-20'),
    criteria: [{ income_range: { type: 'INCOME_RANGE_80_90' } }, { income_range: { type: 'INCOME_RANGE_90_UP' } }],
    verdict: ['exact', 'income_range'],
    geo: { include: [{ country: 'AU' }] },
    taxonomy: googleLiveTaxonomy,
  },
  // The middle three fifths (20–80) are only reachable as 0_50 + 50_60 + 60_70 + 70_80: the lowest 80 %.
  'the middle income tier in Australia': {
    term: t('income', 'income.middle-60'),
    criteria: ['INCOME_RANGE_0_50', 'INCOME_RANGE_50_60', 'INCOME_RANGE_60_70', 'INCOME_RANGE_70_80'].map((type) => ({
      income_range: { type: type as 'INCOME_RANGE_0_50' },
    })),
    verdict: ['approximated', 'income_widened'],
    geo: { include: [{ country: 'AU' }] },
    taxonomy: googleLiveTaxonomy,
  },
  'income in Australia and Finland': {
    term: t('income', 'income.top-10'),
    criteria: [],
    verdict: ['unsupported', 'income_unavailable_in_country'],
    geo: { include: [{ country: 'AU' }, { country: 'FI' }] },
    taxonomy: googleLiveTaxonomy,
  },
  'income in Australia when Google cannot target Australia': {
    term: t('income', 'income.top-10'),
    criteria: [],
    verdict: ['unsupported', 'income_unavailable_in_country'],
    geo: { include: [{ country: 'AU' }, { country: 'FI' }] },
  },
  education: { term: t('education', 'education.university'), criteria: [], verdict: unsupported },
  employment: { term: t('employment', 'employment.employed'), criteria: [], verdict: unsupported },
  'home type': { term: t('homeType', 'homeType.detached-house'), criteria: [], verdict: unsupported },
  'job title with a custom-segment fallback': {
    term: t('title', 'title.ceo'),
    criteria: [SEGMENT_1],
    members: [keyword('toimitusjohtaja'), keyword('ceo')],
    verdict: ['approximated', 'custom_segment'],
  },
  'job title as free text': {
    term: t('title', 'hallituksen puheenjohtaja'),
    criteria: [SEGMENT_1],
    members: [keyword('hallituksen puheenjohtaja')],
    verdict: ['approximated', 'custom_segment'],
  },
  seniority: { term: t('seniority', 'seniority.cxo'), criteria: [], verdict: unsupported },
  'job function': { term: t('jobFunction', 'jobFunction.finance'), criteria: [], verdict: unsupported },
  industry: {
    term: t('industry', 'industry.real-estate'),
    criteria: [SEGMENT_1],
    members: [keyword('kiinteistönvälitys')],
    verdict: ['approximated', 'custom_segment'],
  },
  'company size': { term: t('companySize', 'companySize.51-200'), criteria: [], verdict: unsupported },
  'company revenue': { term: t('companyRevenue', 'companyRevenue.50m-plus'), criteria: [], verdict: unsupported },
  'company profit': { term: t('companyProfit', 'companyProfit.positive'), criteria: [], verdict: unsupported },
  'company trade': { term: t('companyTrade', 'companyTrade.exporter'), criteria: [], verdict: unsupported },
  'company sites': { term: t('companySites', 'companySites.multiple'), criteria: [], verdict: unsupported },
  skill: { term: t('skill', 'skill.erp'), criteria: [], verdict: unsupported },
  'employer as free text': {
    term: t('employer', 'Nokia'),
    criteria: [SEGMENT_1],
    members: [keyword('Nokia')],
    verdict: ['approximated', 'custom_segment'],
  },
  'search keyword': {
    term: t('keyword', 'hirsihuvila'),
    criteria: [{ keyword: { text: 'hirsihuvila', match_type: 'PHRASE' } }],
    verdict: ['exact', 'keyword_phrase'],
  },
  'search keyword over 10 words': {
    term: t('keyword', 'yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen yksitoista'),
    criteria: [],
    verdict: ['unsupported', 'keyword_too_long'],
  },
  'free text over 80 characters': {
    term: t('title', 'x'.repeat(81)),
    criteria: [],
    verdict: ['unsupported', 'keyword_too_long'],
  },
  'website without a protocol': {
    term: t('website', 'www.talotehdas.fi/huvilat'),
    criteria: [SEGMENT_1],
    members: [{ member_type: 'URL', url: 'https://www.talotehdas.fi/huvilat' }],
    verdict: ['approximated', 'custom_segment'],
  },
  'customer list not uploaded': {
    term: t('customerList', 'list.current-customers'),
    criteria: [],
    verdict: ['unresolved', 'customer_list_not_uploaded'],
  },
  'customer list with a lookup': {
    term: t('customerList', 'list.former-customers'),
    criteria: [],
    verdict: ['unresolved', 'customer_list_not_uploaded'],
  },
  'customer list uploaded': {
    term: t('customerList', 'list.current-customers'),
    criteria: [{ user_list: { user_list: 'customers/{customerId}/userLists/90002' } }],
    verdict: ['exact', 'user_list'],
    taxonomy: googleLiveTaxonomy,
  },
  'customer list named in free text': {
    term: t('customerList', 'Kesämökkiläiset 2025'),
    criteria: [],
    verdict: ['unresolved', 'customer_list_not_uploaded'],
  },
}

describe('googleCompiler', () => {
  it.each(Object.entries(TERM_CASES))(
    'when the only include term is %s, then it compiles as the table says',
    (_name, c) => {
      const result = compileGoogle(
        { include: [[c.term]], ...(c.geo ? { geo: c.geo } : {}) },
        c.taxonomy ?? googleTestTaxonomy,
      )

      expect(result.spec.adGroupCriteria).toEqual(c.criteria)
      expect(result.spec.customAudiences.flatMap((a) => a.members)).toEqual(c.members ?? [])
      expect(verdictAt(result.fidelity.items, 'include', 0, 0)).toEqual(c.verdict)
    },
  )

  it('when a term maps to Google, then the message names what it became', () => {
    const result = compileGoogle({ include: [[t('parentalStatus', 'parental.parent')]] })

    expect(result.fidelity.items.at(-1)?.message).toBe('Parents became parental status PARENT')
  })

  it('when Google widens the middle income tier, then the item carries the percentiles it reaches instead', () => {
    const result = compileGoogle(
      { geo: { include: [{ country: 'AU' }] }, include: [[t('income', 'income.middle-60')]] },
      googleLiveTaxonomy,
    )

    expect(itemAt(result.fidelity.items, 'include', 0, 0)).toMatchObject({
      effective: { kind: 'term', group: 'include.0', incomePercentiles: [0, 80] },
    })
    expect(itemAt(result.fidelity.items, 'include', 0, 0).message).toContain(
      'national income percentiles 0–80 instead of national income percentiles 20–80',
    )
  })

  it('when income is asked for in Finland, then the message gives the reason and the policy cites the source', () => {
    const result = compileGoogle({ include: [[t('income', 'income.top-10')]] })

    expect(result.fidelity.items.at(-1)?.message).toContain('not in FI')
    expect(result.policy.find((p) => p.code === 'google_income_unavailable')).toMatchObject({
      severity: 'warning',
      source: expect.stringContaining('keywordme.io'),
    })
  })

  it('when a special-category interest targets the US, then an error finding explains Google’s policy', () => {
    const result = compileGoogle({
      geo: { include: [{ country: 'US' }] },
      include: [[t('interest', 'interest.religion')]],
    })

    expect(result.policy.find((p) => p.code === 'google_sensitive_interest')).toMatchObject({
      severity: 'error',
      path: ['include', 0, 0],
      source: 'support.google.com/adspolicy/answer/143465',
    })
  })
})
