import { RestliClient } from 'linkedin-api-client'
import { describe, expect, it } from 'vitest'
import { compileLinkedIn } from './linkedin-compile.js'
import { decodeTargetingCriteria, encodeAudienceCountsQuery } from './linkedin-restli.js'
import { linkedinTaxonomyAfterLookups } from './linkedin-taxonomy.js'

type FinderOptions = Parameters<RestliClient['finder']>[0]

// platforms.md §3.1, the query string the SDK was seen to send (titles filled in with the stand-in URN).
const FINLAND_CXO_PARTNER_NOT_CEO =
  'q=targetingCriteriaV2&targetingCriteria=(include:(and:List(' +
  '(or:(urn%3Ali%3AadTargetingFacet%3Alocations:List(urn%3Ali%3Ageo%3A100456013))),' +
  '(or:(urn%3Ali%3AadTargetingFacet%3Aseniorities:List(urn%3Ali%3Aseniority%3A8,urn%3Ali%3Aseniority%3A9))))),' +
  'exclude:(or:(urn%3Ali%3AadTargetingFacet%3Atitles:List(urn%3Ali%3Atitle%3Astand-in-ceo))))'

const finlandCxoPartnerNotCeo = () =>
  compileLinkedIn(
    {
      geo: { include: [{ country: 'FI' }] },
      include: [
        [
          { facet: 'seniority', value: 'seniority.cxo' },
          { facet: 'seniority', value: 'seniority.partner' },
        ],
      ],
      exclude: [{ facet: 'title', value: 'title.ceo' }],
    },
    linkedinTaxonomyAfterLookups(),
  )

describe('linkedinCompiler through linkedin-api-client', () => {
  it('when the SDK encodes Finland AND (CXO OR Partner) NOT a title, then the query has the shape of platforms.md §3.1', () => {
    const { spec } = finlandCxoPartnerNotCeo()

    expect(encodeAudienceCountsQuery(spec.targetingCriteria)).toBe(FINLAND_CXO_PARTNER_NOT_CEO)
  })

  it('when an age-range URN with parentheses and a comma is encoded, then they are percent-escaped and decode back', () => {
    const { spec } = compileLinkedIn({ age: { min: 30, max: 60 } })

    const query = encodeAudienceCountsQuery(spec.targetingCriteria)

    expect(query).toContain(
      '(or:(urn%3Ali%3AadTargetingFacet%3AageRanges:List(urn%3Ali%3AageRange%3A%2825%2C34%29,urn%3Ali%3AageRange%3A%2835%2C54%29,urn%3Ali%3AageRange%3A%2855%2C2147483647%29)))',
    )
    expect(decodeTargetingCriteria(query)).toEqual(spec.targetingCriteria)
  })

  it('when RestliClient.finder asks audienceCounts, then the URL it sends carries exactly that encoding', async () => {
    const { spec } = finlandCxoPartnerNotCeo()
    const sent: { url?: string; headers?: unknown }[] = []
    // A stand-in transport: the request stops here, so nothing reaches the network.
    const additionalConfig: FinderOptions['additionalConfig'] = {
      adapter: async (config) => {
        sent.push({ url: config.url, headers: config.headers })
        return { data: { elements: [{ active: 0, total: 0 }] }, status: 200, statusText: 'OK', headers: {}, config }
      },
    }

    await new RestliClient().finder({
      resourcePath: '/audienceCounts',
      finderName: 'targetingCriteriaV2',
      queryParams: { targetingCriteria: spec.targetingCriteria },
      accessToken: 'test-token',
      versionString: '202601',
      additionalConfig,
    })

    expect(sent.map((s) => s.url)).toEqual([
      `https://api.linkedin.com/rest/audienceCounts?${FINLAND_CXO_PARTNER_NOT_CEO}`,
    ])
    expect(sent[0]?.headers).toMatchObject({ 'X-RestLi-Method': 'finder', 'LinkedIn-Version': '202601' })
  })

  it('when the audience uses every kind of LinkedIn facet at once, then decode(encode(criteria)) is the same object', () => {
    const { spec } = compileLinkedIn(
      {
        geo: { include: [{ country: 'FI' }, { country: 'SE' }], exclude: [{ country: 'SE' }] },
        age: { min: 25, max: 54 },
        genders: ['male'],
        languages: ['fi'],
        include: [
          [
            { facet: 'industry', value: 'industry.software' },
            { facet: 'companySize', value: 'companySize.10001-plus' },
          ],
          [{ facet: 'title', value: 'title.ceo' }],
        ],
        exclude: [
          { facet: 'seniority', value: 'seniority.director' },
          { facet: 'customerList', value: 'list.site-visitors' },
        ],
      },
      linkedinTaxonomyAfterLookups(),
    )

    expect(spec.targetingCriteria.include.and).toHaveLength(6)
    expect(decodeTargetingCriteria(encodeAudienceCountsQuery(spec.targetingCriteria))).toEqual(spec.targetingCriteria)
  })
})
