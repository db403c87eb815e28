import { describe, expect, it } from 'vitest'
import { withMappings, type Term } from '../../../audiences/index.js'
import { compileLinkedIn } from './linkedin-compile.js'
import { LINKEDIN_TEST_PARTS, STAND_IN, linkedinTaxonomyAfterLookups } from './linkedin-taxonomy.js'

const facet = (name: string) => `urn:li:adTargetingFacet:${name}`
const FI = { or: { [facet('locations')]: ['urn:li:geo:100456013'] } }
const EMPLOYER: Term = { facet: 'employer', value: 'employer.doc-example' }
const SOFTWARE: Term = { facet: 'industry', value: 'industry.software' }
const SMALL: Term = { facet: 'companySize', value: 'companySize.2-10' }
const CXO: Term = { facet: 'seniority', value: 'seniority.cxo' }
const CEO: Term = { facet: 'title', value: 'title.ceo' }
const FINANCE: Term = { facet: 'jobFunction', value: 'jobFunction.finance' }
const DESIGN: Term = { facet: 'interest', value: 'interest.design' }
const VISITORS: Term = { facet: 'customerList', value: 'list.site-visitors' }
const GROUP: Term = { facet: 'interest', value: 'interest.professional-group' }

type Breach = [string, Term[][], { kept: object[]; dropped: string; code: string; source: RegExp }]

// The groups in, the `and` clauses LinkedIn gets, the dropped term, the rule and where it is written.
const BREACHES: Breach[] = [
  [
    'an employer AND an industry',
    [[EMPLOYER], [SOFTWARE]],
    {
      kept: [FI, { or: { [facet('employers')]: ['urn:li:organization:1035'] } }],
      dropped: 'industry.software',
      code: 'linkedin_employers_with_company_facets',
      source: /targeting-criteria-facet-urns/,
    },
  ],
  [
    'a company size AND an employer (the lesser facet goes whatever the order)',
    [[SMALL], [EMPLOYER]],
    {
      kept: [FI, { or: { [facet('employers')]: ['urn:li:organization:1035'] } }],
      dropped: 'companySize.2-10',
      code: 'linkedin_employers_with_company_facets',
      source: /targeting-criteria-facet-urns/,
    },
  ],
  [
    'a job title AND a seniority',
    [[CEO], [CXO]],
    {
      kept: [FI, { or: { [facet('titles')]: [STAND_IN.title] } }],
      dropped: 'seniority.cxo',
      code: 'linkedin_titles_with_functions_or_seniorities',
      source: /unverified/,
    },
  ],
  [
    'a retargeting segment AND an interest',
    [[VISITORS], [DESIGN]],
    {
      kept: [FI, { or: { [facet('dynamicSegments')]: [STAND_IN.segment] } }],
      dropped: 'interest.design',
      code: 'linkedin_dynamic_segments_with_interests',
      source: /targeting-criteria-facet-urns/,
    },
  ],
]

describe('linkedinCompiler facet-combination rules', () => {
  it.each(BREACHES)(
    'when the audience ANDs %s, then the lesser term is dropped and reported',
    (_name, include, expected) => {
      const result = compileLinkedIn({ include }, linkedinTaxonomyAfterLookups())

      expect(result.and).toEqual(expected.kept)
      expect(result.item(expected.dropped)).toMatchObject({ status: 'unsupported', code: 'facet_combination_dropped' })
      const finding = result.policy.find((f) => f.code === expected.code)
      expect(finding).toMatchObject({ severity: 'warning', path: result.item(expected.dropped).path.slice(0, -1) })
      expect(finding?.source).toMatch(expected.source)
    },
  )

  it('when an employer and an industry share one group, then they OR together and nothing is dropped', () => {
    const result = compileLinkedIn({ include: [[EMPLOYER, SOFTWARE]] })

    expect(result.and).toEqual([
      FI,
      { or: { [facet('employers')]: ['urn:li:organization:1035'], [facet('industries')]: ['urn:li:industry:4'] } },
    ])
    expect(result.policy.filter((f) => f.severity === 'warning').map((f) => f.code)).toEqual([
      'linkedin_audience_minimum',
    ])
  })

  // A dropped term never changes what the others target (the invariant of docs/adr/0008-channel-truth.md): only the
  // clashing industry goes, and the seniority still narrows its group, now narrower than asked.
  it('when the clashing group also holds an allowed facet, then only the clashing term goes and the rest stays', () => {
    const result = compileLinkedIn({ include: [[EMPLOYER], [SOFTWARE, CXO]] })

    expect(result.and).toEqual([
      FI,
      { or: { [facet('employers')]: ['urn:li:organization:1035'] } },
      { or: { [facet('seniorities')]: ['urn:li:seniority:8'] } },
    ])
    expect(result.item('industry.software')).toMatchObject({ status: 'unsupported', code: 'facet_combination_dropped' })
    expect(result.item('industry.software').message).toContain('the group is narrower than asked')
    expect(result.item('seniority.cxo')).toMatchObject({ status: 'exact' })
  })

  it('when the job title has no URN yet, then titles AND seniorities do not clash in the compiled spec', () => {
    const result = compileLinkedIn({ include: [[CEO], [CXO, FINANCE]] })

    expect(result.and).toEqual([FI, { or: { [facet('seniorities')]: ['urn:li:seniority:8'] } }])
    expect(result.policy.filter((f) => f.severity === 'warning').map((f) => f.code)).toEqual([
      'linkedin_audience_minimum',
    ])
  })

  it('when an include-only facet is used in an exclusion, then it is unsupported', () => {
    const taxonomy = withMappings(LINKEDIN_TEST_PARTS, [
      {
        key: 'interest.cats',
        platform: 'linkedin',
        mapping: { target: 'genders', id: 'urn:li:gender:FEMALE', source: 'test stand-in', confirmed: '2026-01-15' },
      },
    ])

    const result = compileLinkedIn({ exclude: [{ facet: 'interest', value: 'interest.cats' }] }, taxonomy)

    expect(result.item('not interest.cats')).toMatchObject({ status: 'unsupported', code: 'facet_include_only' })
    expect(result.spec.targetingCriteria.exclude).toBeUndefined()
  })
})

describe('linkedinCompiler EEA group ban', () => {
  it.each([
    ['Finland', { country: 'FI' }],
    ['Sweden', { country: 'SE' }],
    ['Helsinki', { municipality: '091', country: 'FI' }],
  ] as const)(
    'when a group criterion targets %s, then the groups facet is never emitted and an error says why',
    (_n, place) => {
      const result = compileLinkedIn(
        { geo: { include: [place] }, include: [[GROUP]], exclude: [GROUP] },
        linkedinTaxonomyAfterLookups(),
      )

      expect(JSON.stringify(result.spec)).not.toContain('groups')
      expect(result.item('interest.professional-group')).toMatchObject({ status: 'unsupported', code: 'eea_group_ban' })
      expect(result.item('not interest.professional-group')).toMatchObject({
        status: 'unsupported',
        code: 'eea_group_ban',
      })
      expect(result.policy.filter((f) => f.code === 'linkedin_eea_group_ban').map((f) => [f.severity, f.path])).toEqual(
        [
          ['error', ['include', 0, 0]],
          ['error', ['exclude', 0]],
        ],
      )
    },
  )

  it('when a sub-segment narrows a US and Finland parent to Finland, then the ban applies', () => {
    const result = compileLinkedIn(
      {
        include: [[GROUP]],
        parent: { name: 'US and Finnish professionals', geo: { include: [{ country: 'US' }, { country: 'FI' }] } },
      },
      linkedinTaxonomyAfterLookups(),
    )

    expect(result.item('interest.professional-group').code).toBe('eea_group_ban')
  })

  it('when a group criterion targets only the United States, then the groups facet is emitted', () => {
    const result = compileLinkedIn(
      { geo: { include: [{ country: 'US' }] }, include: [[GROUP]] },
      linkedinTaxonomyAfterLookups(),
    )

    expect(result.and).toEqual([{ or: { [facet('groups')]: [STAND_IN.group] } }])
    expect(result.policyCodes).not.toContain('linkedin_eea_group_ban')
  })

  it('when a group criterion has no URN yet, then outside the EEA it needs a lookup and inside it is banned', () => {
    const include = [[GROUP]]

    expect(
      compileLinkedIn({ geo: { include: [{ country: 'US' }] }, include }).item('interest.professional-group'),
    ).toMatchObject({
      status: 'unresolved',
      code: 'term_urn_unknown',
    })
    expect(compileLinkedIn({ include }).item('interest.professional-group').code).toBe('eea_group_ban')
  })
})
