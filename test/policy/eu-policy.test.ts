import { describe, expect, it } from 'vitest'
import { flattenAudience } from '../../audiences/index.js'
import { euPolicy } from '../../audiences/policy/eu-policy.js'
import { anAudience } from '../support/audience-builder.js'
import { tinyTaxonomy } from '../support/tiny-taxonomy.js'

const taxonomy = tinyTaxonomy()
const policyOf = (overrides: Parameters<typeof anAudience>[0]) =>
  euPolicy(flattenAudience(anAudience(overrides), taxonomy), taxonomy)

describe('euPolicy', () => {
  it('when a Finnish audience uses a GDPR special-category interest, then it is dropped with dsa_special_category', () => {
    const policy = policyOf({
      include: [
        [
          { facet: 'interest', value: 'interest.religion' },
          { facet: 'interest', value: 'interest.design' },
        ],
      ],
    })

    expect([...policy.dropped]).toEqual([['include.0.0', 'dsa_special_category']])
    expect(policy.findings.map((f) => [f.code, f.severity])).toEqual([['dsa_special_category', 'error']])
  })

  it('when profiling criteria would reach 13–17 year olds in the EU, then the minimum age becomes 18', () => {
    const policy = policyOf({ age: { min: 13, max: 17 }, include: [[{ facet: 'interest', value: 'interest.design' }]] })

    expect(policy.minAge).toBe(18)
    expect(policy.findings.map((f) => f.code)).toEqual(['dsa_minor_profiling'])
  })

  it('when a teen audience uses only age and place, then nothing changes', () => {
    const policy = policyOf({ age: { min: 13, max: 17 } })

    expect(policy).toMatchObject({ targetsEea: true, minAge: null, findings: [] })
  })

  it('when the audience is outside the EEA, then the DSA rules do not apply', () => {
    const policy = policyOf({
      geo: { include: [{ country: 'US' }] },
      age: { min: 13 },
      include: [[{ facet: 'interest', value: 'interest.religion' }]],
    })

    expect(policy).toMatchObject({ targetsEea: false, minAge: null, findings: [] })
    expect(policy.dropped.size).toBe(0)
  })
})
