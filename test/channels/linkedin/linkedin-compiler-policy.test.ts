import { describe, expect, it } from 'vitest'
import { SPECIAL_AD_CATEGORIES } from '../../../audiences/index.js'
import { linkedinCompiler } from '../../../audiences/channels/linkedin/linkedin-compiler.js'
import { compileLinkedIn } from './linkedin-compile.js'

const CEO = { facet: 'title', value: 'title.ceo' } as const

describe('linkedinCompiler policy', () => {
  it('when any audience compiles, then the 300-member minimum and the Targeting Discrimination Notice are stated', () => {
    const result = compileLinkedIn({})

    expect(result.policy.map((f) => [f.code, f.severity])).toEqual([
      ['linkedin_audience_minimum', 'warning'],
      ['linkedin_targeting_discrimination_notice', 'info'],
    ])
    expect(result.policy[0]?.message).toMatch(/under 300 members.*audienceCounts/)
  })

  it('when a single postal code is ANDed with a job title, then a warning says it is likely under 300', () => {
    const result = compileLinkedIn({ geo: { include: [{ postalCode: '00100', country: 'FI' }] }, include: [[CEO]] })

    expect(result.policy.find((f) => f.code === 'linkedin_audience_likely_too_small')).toMatchObject({
      severity: 'warning',
      path: ['geo', 'include'],
    })
  })

  it.each([
    ['a country with a title', { geo: { include: [{ country: 'FI' }] }, include: [[CEO]] }],
    ['a postal code with no criteria', { geo: { include: [{ postalCode: '00100', country: 'FI' }] } }],
  ])('when the audience is %s, then it is not flagged as likely too small', (_name, overrides) => {
    expect(compileLinkedIn(overrides).policyCodes).not.toContain('linkedin_audience_likely_too_small')
  })

  it('when no place has a LinkedIn location, then an error says a location is required', () => {
    const result = compileLinkedIn({ geo: { include: [{ radius: { lat: 60.17, lng: 24.94, km: 10 } }] } })

    expect(result.and).toEqual([])
    expect(result.policy.find((f) => f.code === 'linkedin_location_required')?.severity).toBe('error')
  })

  it.each(SPECIAL_AD_CATEGORIES.filter((c) => c !== 'none' && c !== 'politics'))(
    'when the audience is declared %s, then the category is unresolved, an info finding says LinkedIn rules were not checked, and no targeting is invented away',
    (specialAdCategory) => {
      const result = compileLinkedIn({ specialAdCategory, age: { min: 35, max: 54 }, genders: ['female'] })

      expect(result.item(`specialAdCategory:${specialAdCategory}`)).toMatchObject({
        status: 'unresolved',
        code: 'special_ad_category_unchecked',
      })
      expect(result.policy.find((f) => f.code === 'linkedin_special_ad_category_unchecked')).toMatchObject({
        severity: 'info',
        source: 'platforms.md §6 open question 12',
      })
      expect(result.and.slice(1)).toEqual([
        { or: { 'urn:li:adTargetingFacet:ageRanges': ['urn:li:ageRange:(35,54)'] } },
        { or: { 'urn:li:adTargetingFacet:genders': ['urn:li:gender:FEMALE'] } },
      ])
    },
  )

  // LinkedIn Advertising Policies, "Political": ads for or against a candidate, party or ballot proposition are
  // prohibited everywhere (linkedin.com/legal/ads-policy).
  it('when the audience is declared politics, then it is unsupported and an error says LinkedIn bans political ads', () => {
    const result = compileLinkedIn({ specialAdCategory: 'politics' })

    expect(result.item('specialAdCategory:politics')).toMatchObject({
      status: 'unsupported',
      code: 'linkedin_political_ads_banned',
    })
    expect(result.policy.find((f) => f.code === 'linkedin_political_ads_banned')).toMatchObject({
      severity: 'error',
      path: ['specialAdCategory'],
      source: expect.stringContaining('linkedin.com/legal/ads-policy'),
    })
    expect(result.policyCodes).not.toContain('linkedin_special_ad_category_unchecked')
  })

  it('when there is no special ad category, then it is exact and nothing is said about it', () => {
    const result = compileLinkedIn({})

    expect(result.item('specialAdCategory:none')).toMatchObject({ status: 'exact', code: 'special_ad_category_none' })
    expect(result.policyCodes).not.toContain('linkedin_special_ad_category_unchecked')
  })

  it('when the compiler declares its capabilities, then they are LinkedIn brackets, no radius, no postal codes, no income', () => {
    expect(linkedinCompiler.capabilities).toEqual({
      ageBrackets: [
        [18, 24],
        [25, 34],
        [35, 54],
        [55, null],
      ],
      minAge: 18,
      genders: true,
      radius: false,
      postalCodes: false,
      exclusions: true,
      incomeTiers: false,
      adultsOnlyIn: [],
    })
  })
})

describe('linkedinCompiler determinism', () => {
  it('when the same audience compiles twice, then the JSON is byte-identical', () => {
    const overrides = {
      age: { min: 30, max: 60 },
      languages: ['fi', 'sv'],
      geo: { include: [{ municipality: '091', country: 'FI' }, { country: 'SE' }] },
      include: [
        [CEO, { facet: 'seniority', value: 'seniority.cxo' } as const],
        [{ facet: 'income', value: 'income.top-10' } as const],
      ],
      exclude: [{ facet: 'customerList', value: 'list.current-customers' } as const],
    }

    expect(JSON.stringify(compileLinkedIn(overrides))).toBe(JSON.stringify(compileLinkedIn(overrides)))
  })
})
