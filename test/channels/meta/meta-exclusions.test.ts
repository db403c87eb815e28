import { describe, expect, it } from 'vitest'
import { LIVE, LIVE_TAXONOMY, compileMeta, itemAt, policyCodes } from './meta-support.js'

// Meta removed detailed-targeting exclusions; custom-audience exclusions remain (excluded_custom_audiences).
describe('metaCompiler exclusions', () => {
  it.each([
    [{ facet: 'interest', value: 'interest.interior-design' }, 'unsupported', 'meta_detailed_exclusion_removed'],
    [{ facet: 'parentalStatus', value: 'parental.parent' }, 'unsupported', 'meta_detailed_exclusion_removed'],
    [{ facet: 'customerList', value: 'list.current-customers' }, 'unresolved', 'custom_audience_not_uploaded'],
    [{ facet: 'keyword', value: 'vuokra' }, 'unsupported', 'meta_no_keyword_targeting'],
    [{ facet: 'website', value: 'kilpailija.fi' }, 'unsupported', 'meta_no_site_targeting'],
    [{ facet: 'income', value: 'income.bottom-20' }, 'unsupported', 'meta_restricted_field'],
  ] as const)('when %j is excluded, then it is %s (%s)', (term, status, code) => {
    const result = compileMeta({ exclude: [term] })

    expect(result.spec.targeting).not.toHaveProperty('excluded_custom_audiences')
    expect(itemAt(result, ['exclude', 0])).toMatchObject({ criterion: `not ${term.value}`, status, code })
  })

  it('when an interest is excluded, then a policy warning explains the removal of detailed-targeting exclusions', () => {
    const result = compileMeta({ exclude: [{ facet: 'interest', value: 'interest.interior-design' }] })

    expect(policyCodes(result)).toContain('meta_detailed_exclusions_removed')
  })

  it('when an uploaded customer list is excluded, then excluded_custom_audiences carries it exactly', () => {
    const result = compileMeta(
      { exclude: [{ facet: 'customerList', value: 'list.current-customers' }] },
      { taxonomy: LIVE_TAXONOMY },
    )

    expect(result.spec.targeting.excluded_custom_audiences).toEqual([{ id: LIVE.customers, name: 'Current customers' }])
    expect(itemAt(result, ['exclude', 0])).toMatchObject({ status: 'exact', code: 'term_exact' })
  })
})
