import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../../audiences/index.js'
import { compileGoogle, itemAt, verdictAt } from './google-compile.js'

// The key the shipped vocabulary uses for a Google category id (a concept claims it, or its generated key).
const keyOf = (id: string) =>
  [...DEFAULT_TAXONOMY.terms.values()].find((t) => t.channels.google?.id === id && !t.channels.google.also)?.key ??
  [...DEFAULT_TAXONOMY.terms.values()].find((t) => t.channels.google?.id === id)?.key

describe('googleCompiler over the shipped vocabulary', () => {
  it('when golf in Oulu is compiled, then Oulu is geoTargetConstants/1005766 and golf user interest 90206', () => {
    // google-geotargets-nordic.csv: "1005766","Oulu","Oulu,North Ostrobothnia,Finland"; google-user-interests.csv:
    // AFFINITY 90206 Golf Enthusiasts.
    const golf = keyOf('90206')!
    const result = compileGoogle(
      {
        geo: { include: [{ city: 'Oulu', country: 'FI' }] },
        include: [[{ facet: 'interest', value: golf }]],
      },
      DEFAULT_TAXONOMY,
    )

    expect(result.spec.campaignCriteria).toEqual([{ location: { geo_target_constant: 'geoTargetConstants/1005766' } }])
    expect(result.spec.adGroupCriteria).toContainEqual({
      user_interest: { user_interest_category: 'customers/{customerId}/userInterests/90206' },
    })
    expect(verdictAt(result.fidelity.items, 'geo', 'include', 0)).toEqual(['exact', 'geo_exact'])
    expect(verdictAt(result.fidelity.items, 'include', 0, 0)[0]).toBe('exact')
  })

  it('when a detailed demographic is compiled, then it becomes an extended-demographic criterion (Parents of Teens 30014)', () => {
    const result = compileGoogle(
      { geo: { include: [{ country: 'FI' }] }, include: [[{ facet: 'parentalStatus', value: 'parental.teenagers' }]] },
      DEFAULT_TAXONOMY,
    )

    expect(result.spec.adGroupCriteria).toContainEqual({ extended_demographic: { extended_demographic_id: 30014 } })
    expect(verdictAt(result.fidelity.items, 'include', 0, 0)).toEqual(['exact', 'extended_demographic'])
  })

  it('when a term maps to several Google categories, then each is a segment and any of them matches', () => {
    const young = DEFAULT_TAXONOMY.term('parental.young-children')!.channels.google!
    const ids = [young.id, ...(young.also ?? []).map((a) => a.id)]
    const result = compileGoogle(
      {
        geo: { include: [{ country: 'FI' }] },
        include: [[{ facet: 'parentalStatus', value: 'parental.young-children' }]],
      },
      DEFAULT_TAXONOMY,
    )

    expect(ids.length).toBeGreaterThan(1)
    expect(result.spec.adGroupCriteria.filter((c) => 'extended_demographic' in c)).toEqual(
      ids.map((id) => ({ extended_demographic: { extended_demographic_id: Number(id) } })),
    )
    expect(itemAt(result.fidelity.items, 'include', 0, 0).message).toContain(`any of which matches (${ids.join(', ')})`)
  })

  it('when SMEs are compiled, then they are exactly Small Employer (30028): both mean 1–249 employees', () => {
    // EU Recommendation 2003/361/EC: an SME has fewer than 250 employees; google-user-interests.csv:
    // EXTENDED_DEMOGRAPHIC 30028 "Small Employer (1-249 Employees)".
    const result = compileGoogle(
      { geo: { include: [{ country: 'FI' }] }, include: [[{ facet: 'companySize', value: 'companySize.sme' }]] },
      DEFAULT_TAXONOMY,
    )

    expect(result.spec.adGroupCriteria).toContainEqual({ extended_demographic: { extended_demographic_id: 30028 } })
    expect(verdictAt(result.fidelity.items, 'include', 0, 0)).toEqual(['exact', 'extended_demographic'])
  })

  it('when CTOs are compiled, then they become Technology Industry (30023), approximated with what it reaches', () => {
    // A job title is not an industry: Google has no CTO segment, so the nearest one is reported, never exact.
    const result = compileGoogle(
      { geo: { include: [{ country: 'FI' }] }, include: [[{ facet: 'title', value: 'title.cto' }]] },
      DEFAULT_TAXONOMY,
    )
    const item = itemAt(result.fidelity.items, 'include', 0, 0)

    expect(result.spec.adGroupCriteria).toContainEqual({ extended_demographic: { extended_demographic_id: 30023 } })
    expect([item.status, item.code]).toEqual(['approximated', 'segment_approximated'])
    // Sized as the segment it reaches: industry.ict is the key that stands for 30023.
    expect(item.effective).toEqual({
      kind: 'term',
      group: 'include.0',
      reaches: ['Technology Industry (30023)'],
      sizedAs: [{ facet: 'industry', value: 'industry.ict' }],
    })
    expect(item.message).toContain('not only CTOs')
  })

  it('when pensioners are compiled, then they become Recently Retired (95013), approximated and sized as that narrower segment', () => {
    // google-user-interests.csv: LIFE_EVENT 95013 "Recently Retired"; lifeEvent.recently-retired stands for it.
    const result = compileGoogle(
      { geo: { include: [{ country: 'FI' }] }, include: [[{ facet: 'employment', value: 'employment.pensioners' }]] },
      DEFAULT_TAXONOMY,
    )
    const item = itemAt(result.fidelity.items, 'include', 0, 0)

    expect(result.spec.adGroupCriteria).toContainEqual({ life_event: { life_event_id: 95013 } })
    expect([item.status, item.code]).toEqual(['approximated', 'segment_approximated'])
    expect(item.effective).toEqual({
      kind: 'term',
      group: 'include.0',
      reaches: ['Recently Retired (95013)'],
      sizedAs: [{ facet: 'lifeEvent', value: 'lifeEvent.recently-retired' }],
    })
    expect(item.message).toContain('not the many who retired years ago')
  })

  // Issue 14, task 1: concepts Google has no segment for, each given the nearest category of google-user-interests.csv
  // and the key that stands for it (the line is sized by that key's share, never the concept's own).
  it.each([
    ['interest.ice-swimming', 'user_interest', '90212', 'Swimming Enthusiasts', 'interest.swimming'],
    ['interest.padel', 'user_interest', '90207', 'Tennis Enthusiasts', 'interest.tennis'],
    ['interest.foraging', 'user_interest', '90100', 'Outdoor Enthusiasts', 'interest.outdoors'],
    ['homeType.detached-house', 'extended_demographic', '30007', 'Homeowners', 'homeType.homeowners'],
    ['interest.ai', 'user_interest', '92507', 'Technophiles', 'interest.technology'],
    ['behavior.online-shoppers', 'user_interest', '92500', 'Shopping Enthusiasts', 'interest.shopping'],
    ['interest.domestic-travel', 'user_interest', '91500', 'Travel Buffs', 'interest.travel'],
    ['behavior.heat-pumps', 'user_interest', '80897', 'Climate Control & Air Quality', 'behavior.google-80897'],
    ['interest.crypto', 'user_interest', '92601', 'Avid Investors', 'interest.investing'],
    ['seniority.owner', 'extended_demographic', '30028', 'Small Employer (1-249 Employees)', 'companySize.sme'],
    ['title.physician', 'extended_demographic', '30022', 'Healthcare Industry', 'industry.hospital-health-care'],
    ['title.accountant', 'extended_demographic', '30041', 'Financial Industry', 'industry.financial-services'],
    [
      'seniority.decision-makers',
      'user_interest',
      '92913',
      'Business Professionals',
      'interest.business-professionals',
    ],
    ['seniority.executives', 'user_interest', '92913', 'Business Professionals', 'interest.business-professionals'],
    ['seniority.manager', 'user_interest', '92913', 'Business Professionals', 'interest.business-professionals'],
  ])(
    'when %s is compiled, then it becomes %s %s (%s), approximated and sized as %s',
    (key, target, id, name, standing) => {
      const entry = DEFAULT_TAXONOMY.term(key)!
      const result = compileGoogle(
        { geo: { include: [{ country: 'FI' }] }, include: [[{ facet: entry.facet, value: key }]] },
        DEFAULT_TAXONOMY,
      )
      const item = itemAt(result.fidelity.items, 'include', 0, 0)

      expect(result.spec.adGroupCriteria).toContainEqual(
        target === 'user_interest'
          ? { user_interest: { user_interest_category: `customers/{customerId}/userInterests/${id}` } }
          : { extended_demographic: { extended_demographic_id: Number(id) } },
      )
      expect([item.status, item.code]).toEqual(['approximated', 'segment_approximated'])
      expect(item.effective).toMatchObject({
        reaches: [`${name} (${id})`],
        sizedAs: [{ facet: DEFAULT_TAXONOMY.term(standing)!.facet, value: standing }],
      })
      // The reason says whom the segment reaches beyond the concept; the segment's own key does not become its synonym.
      expect(entry.channels.google!.approximation).toMatch(/not|only/)
      expect(entry.synonyms.en).not.toContain(name)
    },
  )

  it('when a concept has no honest Google segment, then it keeps its custom segment of keywords (floorball, beer, lawyers)', () => {
    for (const key of ['interest.floorball', 'interest.beer', 'title.lawyer', 'industry.marketing-advertising']) {
      const google = DEFAULT_TAXONOMY.term(key)!.channels.google!
      expect([key, google.id, google.fallback?.kind]).toEqual([key, null, 'customAudience'])
    }
  })

  it('when micro businesses are compiled, then Small Employer (1–249) stands in for fewer than 10, approximated', () => {
    const result = compileGoogle(
      { geo: { include: [{ country: 'FI' }] }, include: [[{ facet: 'companySize', value: 'companySize.micro' }]] },
      DEFAULT_TAXONOMY,
    )

    expect(result.spec.adGroupCriteria).toContainEqual({ extended_demographic: { extended_demographic_id: 30028 } })
    expect(verdictAt(result.fidelity.items, 'include', 0, 0)).toEqual(['approximated', 'segment_approximated'])
  })

  it('when a LinkedIn industry lies inside a Google industry, then its key reaches that industry, approximated', () => {
    // linkedin-industries.csv: 7 Semiconductors; google-user-interests.csv: 30023 Technology Industry.
    const result = compileGoogle(
      { geo: { include: [{ country: 'FI' }] }, include: [[{ facet: 'industry', value: 'industry.linkedin-7' }]] },
      DEFAULT_TAXONOMY,
    )

    expect(result.spec.adGroupCriteria).toContainEqual({ extended_demographic: { extended_demographic_id: 30023 } })
    expect(verdictAt(result.fidelity.items, 'include', 0, 0)).toEqual(['approximated', 'segment_approximated'])
    // Furniture (26) is made and sold: no Google industry holds it, so Google gets nothing for it.
    expect(DEFAULT_TAXONOMY.term('industry.linkedin-26')!.channels.google).toBeUndefined()
  })

  it('when a title approximates an industry, then the industry keeps its own key (the title does not claim it)', () => {
    const ict = DEFAULT_TAXONOMY.term('industry.ict')!.channels.google!
    const cto = DEFAULT_TAXONOMY.term('title.cto')!.channels.google!

    expect([ict.id, ict.approximation]).toEqual(['30023', undefined])
    expect(cto.id).toBe('30023')
    expect(cto.approximation).toMatch(/technology industry/)
    expect(DEFAULT_TAXONOMY.term('title.cto')!.synonyms.en).not.toContain('Technology Industry')
  })

  it('when a Swedish town Google lists is compiled, then it becomes its constant (Åkersberga 1012182)', () => {
    const result = compileGoogle({ geo: { include: [{ city: 'Åkersberga', country: 'SE' }] } }, DEFAULT_TAXONOMY)

    expect(result.spec.campaignCriteria).toEqual([{ location: { geo_target_constant: 'geoTargetConstants/1012182' } }])
  })

  it('when a Swedish municipality is given by its SCB code, then it becomes the Google city of the same name', () => {
    const result = compileGoogle({ geo: { include: [{ municipality: '1480', country: 'SE' }] } }, DEFAULT_TAXONOMY)

    expect(result.spec.campaignCriteria).toEqual([{ location: { geo_target_constant: 'geoTargetConstants/1012511' } }])
  })
})
