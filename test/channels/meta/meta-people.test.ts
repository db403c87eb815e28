import { describe, expect, it } from 'vitest'
import type { AudienceInput } from '../../../audiences/index.js'
import { LIVE, LIVE_TAXONOMY, compileMeta, itemAt, policyCodes } from './meta-support.js'

type AgeCase = {
  audience: Partial<AudienceInput>
  age: { age_min: number; age_max?: number }
  status: string
  code: string
  // The ages Meta delivers to, when they differ from those asked.
  effective?: object
}

const US = { include: [{ country: 'US' }] }

const interest = [[{ facet: 'interest' as const, value: 'interest.interior-design' }]]

// Meta: age_min ≥ 13, age_max ≤ 65 where 65 means 65+ (platforms.md §2.3); DSA Art. 28(2) raises profiled EU audiences
// to 18; and since 6 Nov 2023 "ads with locations in the EU, the EEA or Switzerland will temporarily no longer deliver
// to audiences under 18" (Meta Business Help Centre, "About advertising to teens").
const AGES: Record<string, AgeCase> = {
  '13+ in Finland': {
    audience: { age: { min: 13 } },
    age: { age_min: 18 },
    status: 'approximated',
    code: 'meta_eu_teens_undeliverable',
    effective: { kind: 'ages', min: 18, max: null },
  },
  '13+ in the US': {
    audience: { geo: US, age: { min: 13 } },
    age: { age_min: 13 },
    status: 'exact',
    code: 'age_exact',
  },
  '13–17 in Finland': {
    audience: { age: { min: 13, max: 17 } },
    age: { age_min: 13, age_max: 17 },
    status: 'approximated',
    code: 'meta_eu_teens_undeliverable',
    effective: { kind: 'nobody' },
  },
  '13–17 in Sweden and Switzerland': {
    audience: { geo: { include: [{ country: 'SE' }, { country: 'CH' }] }, age: { min: 13, max: 17 } },
    age: { age_min: 13, age_max: 17 },
    status: 'approximated',
    code: 'meta_eu_teens_undeliverable',
    effective: { kind: 'nobody' },
  },
  '13–17 in the US': {
    audience: { geo: US, age: { min: 13, max: 17 } },
    age: { age_min: 13, age_max: 17 },
    status: 'exact',
    code: 'age_exact',
  },
  '17+ with an interest in Finland': {
    audience: { age: { min: 17 }, include: interest },
    age: { age_min: 18 },
    status: 'approximated',
    code: 'meta_eu_teens_undeliverable',
    effective: { kind: 'ages', min: 18, max: null },
  },
  '17+ with an interest in Finland and the US': {
    audience: { geo: { include: [{ country: 'FI' }, { country: 'US' }] }, age: { min: 17 }, include: interest },
    age: { age_min: 18 },
    status: 'approximated',
    code: 'dsa_minor_profiling',
    effective: { kind: 'ages', min: 18, max: null },
  },
  '17+ with an interest in the US': {
    audience: { geo: { include: [{ country: 'US' }] }, age: { min: 17 }, include: interest },
    age: { age_min: 17 },
    status: 'exact',
    code: 'age_exact',
  },
  '18+': { audience: { age: { min: 18 } }, age: { age_min: 18 }, status: 'exact', code: 'age_exact' },
  '30–60': {
    audience: { age: { min: 30, max: 60 } },
    age: { age_min: 30, age_max: 60 },
    status: 'exact',
    code: 'age_exact',
  },
  '65+': { audience: { age: { min: 65 } }, age: { age_min: 65 }, status: 'exact', code: 'age_exact' },
  '30–65': {
    audience: { age: { min: 30, max: 65 } },
    age: { age_min: 30 },
    status: 'approximated',
    code: 'age_max_65_plus',
    effective: { kind: 'ages', min: 30, max: null },
  },
  '70–80': {
    audience: { age: { min: 70, max: 80 } },
    age: { age_min: 65 },
    status: 'approximated',
    code: 'age_min_above_65',
    effective: { kind: 'ages', min: 65, max: null },
  },
}

describe('metaCompiler ages', () => {
  it.each(Object.entries(AGES))('when the audience is %s, then age_min/age_max follow Meta’s range', (_name, c) => {
    const result = compileMeta(c.audience)

    const { age_min, age_max } = result.spec.targeting
    expect({ age_min, ...(age_max !== undefined && { age_max }) }).toEqual(c.age)
    expect(itemAt(result, ['age'])).toMatchObject({ status: c.status, code: c.code })
    expect(itemAt(result, ['age']).effective).toEqual(c.effective)
  })

  it('when under-18s are targeted in Finland, then an error finding cites Meta’s teen rule', () => {
    const result = compileMeta({ age: { min: 15 } })

    expect(result.policy.find((f) => f.code === 'meta_eu_teens_undeliverable')).toMatchObject({
      severity: 'error',
      path: ['age'],
      source: expect.stringContaining('About advertising to teens'),
    })
  })

  it('when under-18s are targeted in Finland and the US, then the error says they go unreached in Finland only', () => {
    const result = compileMeta({ geo: { include: [{ country: 'US' }, { country: 'FI' }] }, age: { min: 15 } })

    expect(result.spec.targeting.age_min).toBe(15)
    expect(result.policy.find((f) => f.code === 'meta_eu_teens_undeliverable')?.message).toContain(
      'its under-18s in FI will not see the ads',
    )
  })

  it('when the audience is all adults, then no teen finding is made', () => {
    expect(policyCodes(compileMeta({ age: { min: 18 } }))).not.toContain('meta_eu_teens_undeliverable')
  })

  it('when the audience is 30–65, then the message says people over 65 are included', () => {
    expect(itemAt(compileMeta({ age: { min: 30, max: 65 } }), ['age']).message).toBe(
      "30–65 became 30–65+ on Meta: Meta's age_max 65 means 65 and older, so people over 65 are included too",
    )
  })
})

describe('metaCompiler teens', () => {
  const teens = { geo: { include: [{ country: 'US' }] }, age: { min: 13, max: 17 }, genders: ['female' as const] }

  it('when a 13–17 audience outside the EU has criteria, then only age and location remain', () => {
    const result = compileMeta({ ...teens, languages: ['en'], include: interest })

    expect(result.spec.targeting).toMatchObject({ age_min: 13, age_max: 17, geo_locations: { countries: ['US'] } })
    expect(result.spec.targeting).not.toHaveProperty('flexible_spec')
    expect(result.spec.targeting).not.toHaveProperty('genders')
    expect(itemAt(result, ['include', 0, 0])).toMatchObject({ status: 'unsupported', code: 'teen_age_location_only' })
    expect(itemAt(result, ['genders'])).toMatchObject({ status: 'approximated', code: 'teen_gender_unavailable' })
    expect(itemAt(result, ['languages', 0])).toMatchObject({ status: 'unsupported', code: 'teen_age_location_only' })
    expect(policyCodes(result)).toContain('meta_teen_age_location_only')
  })

  it('when a 13–17 audience in Finland has criteria, then ages stay, the criteria go, and nobody is reached', () => {
    const result = compileMeta({ age: { min: 13, max: 17 }, include: interest })

    expect(result.spec.targeting).toMatchObject({ age_min: 13, age_max: 17 })
    expect(itemAt(result, ['include', 0, 0]).code).toBe('teen_age_location_only')
    expect(result.policy.find((f) => f.code === 'dsa_minor_profiling')?.message).toContain('its ages were kept')
    expect(result.policy.find((f) => f.code === 'meta_eu_teens_undeliverable')?.message).toContain(
      'nobody in this audience will see the ads',
    )
  })
})

describe('metaCompiler genders', () => {
  it.each([
    [[], undefined, 'genders_all'],
    [['male'], [1], 'genders_exact'],
    [['female'], [2], 'genders_exact'],
    [['female', 'male'], undefined, 'genders_all'],
  ] as const)('when genders are %j, then genders is %j', (genders, expected, code) => {
    const result = compileMeta({ genders: [...genders] })

    expect(result.spec.targeting.genders).toEqual(expected)
    expect(itemAt(result, ['genders'])).toMatchObject({ status: 'exact', code })
  })
})

describe('metaCompiler languages', () => {
  it('when a language has no confirmed locale id, then no locales are sent and the adlocale lookup is named', () => {
    const result = compileMeta({ languages: ['fi'] })

    expect(result.spec.targeting).not.toHaveProperty('locales')
    const item = itemAt(result, ['languages', 0])
    expect(item).toMatchObject({ status: 'unresolved', code: 'locale_unresolved' })
    expect(item.message).toContain('GET /search?type=adlocale&q=Finnish')
  })

  it('when every language has a stored locale id, then locales lists them exactly', () => {
    const result = compileMeta({ languages: ['fi', 'sv'] }, { taxonomy: LIVE_TAXONOMY })

    expect(result.spec.targeting.locales).toEqual([LIVE.finnish, LIVE.swedish])
    expect(itemAt(result, ['languages', 1])).toMatchObject({ status: 'exact', code: 'locale_exact' })
  })

  it('when only some languages resolve, then locales is left out rather than losing the speakers of the others', () => {
    const result = compileMeta({ languages: ['fi', 'en'] }, { taxonomy: LIVE_TAXONOMY })

    expect(result.spec.targeting).not.toHaveProperty('locales')
    expect(itemAt(result, ['languages', 0])).toMatchObject({ status: 'approximated', code: 'locale_withheld' })
    expect(itemAt(result, ['languages', 1])).toMatchObject({ status: 'unresolved', code: 'locale_unresolved' })
  })
})
