import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, type AudienceInput } from '../../../audiences/index.js'
import { compileGoogle, itemAt, verdictAt } from './google-compile.js'

// The audience of api.md's compile example; expectations follow the shipped data files: FI = geoTargetConstants/2246,
// Finnish 1011 and Swedish 1015 (Google's languagecodes table, audiences/data/platforms), CEOs and lawyers as a custom
// segment, physicians approximated by Google's Healthcare Industry 30022 (agency-concepts.json); the agency concepts give interior design Google's Home Decor Enthusiasts 92508 and Home Furnishings 80239, luxury
// goods Luxury Shoppers 92501 (google-user-interests.csv).
const LUXURY_VILLA_BUYERS: Partial<AudienceInput> = {
  name: 'Luxury villa buyers',
  locale: 'fi',
  geo: { include: [{ country: 'FI' }], exclude: [], presence: 'home' },
  age: { min: 30, max: 60 },
  languages: ['fi', 'sv'],
  include: [
    [
      { facet: 'title', value: 'title.ceo' },
      { facet: 'title', value: 'title.physician' },
      { facet: 'title', value: 'title.lawyer' },
    ],
    [{ facet: 'income', value: 'income.top-20' }],
    [
      { facet: 'interest', value: 'interest.interior-design' },
      { facet: 'interest', value: 'interest.luxury-goods' },
    ],
  ],
  exclude: [{ facet: 'customerList', value: 'list.current-customers' }],
}

describe('googleCompiler with the shipped taxonomy', () => {
  const result = compileGoogle(LUXURY_VILLA_BUYERS, DEFAULT_TAXONOMY)

  it('when compiling the api.md villa buyers, then Finland, two languages, four age ranges, a custom segment, the healthcare industry and three user interests are targeted', () => {
    expect(result.spec.campaignCriteria).toEqual([
      { location: { geo_target_constant: 'geoTargetConstants/2246' } },
      { language: { language_constant: 'languageConstants/1011' } },
      { language: { language_constant: 'languageConstants/1015' } },
    ])
    expect(result.spec.adGroupCriteria).toEqual([
      { age_range: { type: 'AGE_RANGE_25_34' } },
      { age_range: { type: 'AGE_RANGE_35_44' } },
      { age_range: { type: 'AGE_RANGE_45_54' } },
      { age_range: { type: 'AGE_RANGE_55_64' } },
      { custom_audience: { custom_audience: 'customers/{customerId}/customAudiences/-1' } },
      { extended_demographic: { extended_demographic_id: 30022 } },
      { user_interest: { user_interest_category: 'customers/{customerId}/userInterests/92508' } },
      { user_interest: { user_interest_category: 'customers/{customerId}/userInterests/80239' } },
      { user_interest: { user_interest_category: 'customers/{customerId}/userInterests/92501' } },
    ])
  })

  it('when the title group becomes a custom segment, then it holds every keyword and site of the CEO and lawyer terms (12 + 10; physicians went to 30022)', () => {
    expect(result.spec.customAudiences.map((a) => [a.name, a.members.length])).toEqual([
      ['Luxury villa buyers · group 1', 22],
    ])
    expect(result.spec.customAudiences[0]?.members.slice(0, 2)).toEqual([
      { member_type: 'KEYWORD', keyword: 'toimitusjohtaja' },
      { member_type: 'KEYWORD', keyword: 'hallitustyöskentely' },
    ])
  })

  it('when compiled, then each criterion gets the verdict the platform facts give', () => {
    const at = (...path: (string | number)[]) => verdictAt(result.fidelity.items, ...path)

    expect(at('geo', 'include', 0)).toEqual(['exact', 'geo_exact'])
    expect(at('age')).toEqual(['approximated', 'age_widened'])
    expect(at('languages', 0)).toEqual(['exact', 'language_exact'])
    expect(at('languages', 1)).toEqual(['exact', 'language_exact'])
    expect(at('include', 0, 1)).toEqual(['approximated', 'groups_or_ed'])
    expect(at('include', 1, 0)).toEqual(['unsupported', 'income_unavailable_in_country'])
    expect(at('include', 2, 0)).toEqual(['approximated', 'groups_or_ed'])
    expect(at('exclude', 0)).toEqual(['unresolved', 'customer_list_not_uploaded'])
    expect(result.fidelity.level).toBe('lossy')
  })

  it('when the customer list is not uploaded, then the message carries the taxonomy’s instruction', () => {
    expect(itemAt(result.fidelity.items, 'exclude', 0).message).toBe(
      'Nykyiset asiakkaat (kanta-asiakkaat) is not on Google yet: upload the current-customer list as a Customer Match user list, then use its customers/{cid}/userLists/{id}',
    )
  })

  it('when compiled, then the findings are the declaration, the income limit and the segments to create', () => {
    expect(result.policy.map((p) => [p.code, p.severity])).toEqual([
      ['google_eu_political_declaration', 'info'],
      ['google_income_unavailable', 'warning'],
      ['google_custom_segments_to_create', 'info'],
    ])
  })

  it('when a Helsinki audience is compiled, then it becomes its geo target constant (1005582 in google-geotargets-nordic.csv)', () => {
    const helsinki = compileGoogle({ geo: { include: [{ municipality: '091', country: 'FI' }] } }, DEFAULT_TAXONOMY)

    expect(helsinki.spec.campaignCriteria).toEqual([
      { location: { geo_target_constant: 'geoTargetConstants/1005582' } },
    ])
    expect(verdictAt(helsinki.fidelity.items, 'geo', 'include', 0)).toEqual(['exact', 'geo_exact'])
  })

  it('when a municipality Google does not list is compiled, then it stays a circle around the shipped centre', () => {
    // Parainen (445): the copy lists only "Pargas" 1030829 as Removal Planned, so kohde ships no constant.
    const parainen = compileGoogle({ geo: { include: [{ municipality: '445', country: 'FI' }] } }, DEFAULT_TAXONOMY)

    expect(parainen.spec.campaignCriteria.every((c) => 'proximity' in c)).toBe(true)
    expect(verdictAt(parainen.fidelity.items, 'geo', 'include', 0)).toEqual(['approximated', 'geo_circles'])
  })

  it('when a Swedish county is compiled, then it becomes its county constant (Stockholm County 21000)', () => {
    const stockholm = compileGoogle({ geo: { include: [{ region: 'SE-AB' }] } }, DEFAULT_TAXONOMY)

    expect(stockholm.spec.campaignCriteria).toEqual([{ location: { geo_target_constant: 'geoTargetConstants/21000' } }])
    expect(verdictAt(stockholm.fidelity.items, 'geo', 'include', 0)).toEqual(['exact', 'geo_exact'])
  })
})

describe('googleCompiler languages with the shipped taxonomy', () => {
  // Issue 13: fi, sv and en used to send English alone, so only people Google thinks understand English saw the ads.
  it('when the audience speaks Finnish, Swedish or English, then all three language constants are sent', () => {
    const result = compileGoogle({ languages: ['fi', 'sv', 'en'] }, DEFAULT_TAXONOMY)

    expect(result.spec.campaignCriteria.filter((c) => 'language' in c)).toEqual([
      { language: { language_constant: 'languageConstants/1011' } },
      { language: { language_constant: 'languageConstants/1015' } },
      { language: { language_constant: 'languageConstants/1000' } },
    ])
  })

  it('when Northern Sami, which Google’s table lacks, is among them, then no language is sent and the item says so', () => {
    const result = compileGoogle({ languages: ['fi', 'se'] }, DEFAULT_TAXONOMY)

    expect(result.spec.campaignCriteria.filter((c) => 'language' in c)).toEqual([])
    expect(verdictAt(result.fidelity.items, 'languages', 0)).toEqual(['approximated', 'language_withheld'])
    expect(verdictAt(result.fidelity.items, 'languages', 1)).toEqual(['unresolved', 'language_lookup'])
  })

  it('when the language is Chinese, then both of Google’s scripts are sent', () => {
    const result = compileGoogle({ languages: ['zh'] }, DEFAULT_TAXONOMY)

    expect(result.spec.campaignCriteria.filter((c) => 'language' in c)).toEqual([
      { language: { language_constant: 'languageConstants/1017' } },
      { language: { language_constant: 'languageConstants/1018' } },
    ])
  })
})
