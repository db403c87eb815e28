import { describe, expect, it } from 'vitest'
import type { AudienceInput, Gender } from '../../../audiences/index.js'
import type { AgeRangeType } from '../../../audiences/channels/google/google-spec-schema.js'
import { compileGoogle, itemAt, verdictAt, type Verdict } from './google-compile.js'

type AgeCase = {
  age: { min: number; max?: number }
  brackets: AgeRangeType[]
  verdict: Verdict
  message?: string
  profiling?: true
  // The ages the brackets reach (the effective value the estimate sizes): first bracket's min to last's max.
  reached?: [number, number | null]
}

// Targeted brackets leave out Google's 'Unknown' age group unless AGE_RANGE_UNDETERMINED is added (platforms.md §1.3).
const LEFT_OUT =
  "people whose age Google does not know (its 'Unknown' group, AGE_RANGE_UNDETERMINED) are left out; add that bracket in Google Ads to reach them as well"
const KEPT = "people whose age Google does not know (its 'Unknown' group) are reached too"

const DESIGN: AudienceInput['include'] = [[{ facet: 'interest', value: 'interest.design' }]]

// Brackets per AgeRangeType (platforms.md §1.3, §5); under-18s fall into Google's 'Unknown' group (§1.13).
const AGE_CASES: Record<string, AgeCase> = {
  '13+': {
    age: { min: 13 },
    brackets: [],
    verdict: ['approximated', 'age_under_18_untargetable'],
    reached: [18, null],
  },
  '13–17': { age: { min: 13, max: 17 }, brackets: [], verdict: ['unsupported', 'age_under_18_untargetable'] },
  '17+': {
    age: { min: 17 },
    brackets: [],
    verdict: ['approximated', 'age_under_18_untargetable'],
    reached: [18, null],
  },
  '17–40': {
    age: { min: 17, max: 40 },
    brackets: ['AGE_RANGE_18_24', 'AGE_RANGE_25_34', 'AGE_RANGE_35_44'],
    verdict: ['approximated', 'age_under_18_untargetable'],
    message: `17–40 became 18–24, 25–34, 35–44 on Google: over-inclusive by 41–44; ${LEFT_OUT}; Google does not target by age under 18 (it reports under-18s in its 'Unknown' age group)`,
    reached: [18, 44],
  },
  '18+': {
    age: { min: 18 },
    brackets: [],
    verdict: ['exact', 'age_all'],
    message: `18+ became every age on Google (no age criterion: Google's default); ${KEPT}`,
  },
  '20+': {
    age: { min: 20 },
    brackets: [
      'AGE_RANGE_18_24',
      'AGE_RANGE_25_34',
      'AGE_RANGE_35_44',
      'AGE_RANGE_45_54',
      'AGE_RANGE_55_64',
      'AGE_RANGE_65_UP',
    ],
    verdict: ['approximated', 'age_widened'],
    message: `20+ became 18–24, 25–34, 35–44, 45–54, 55–64, 65+ on Google: over-inclusive by 18–19; ${LEFT_OUT}`,
    reached: [18, null],
  },
  '30–60': {
    age: { min: 30, max: 60 },
    brackets: ['AGE_RANGE_25_34', 'AGE_RANGE_35_44', 'AGE_RANGE_45_54', 'AGE_RANGE_55_64'],
    verdict: ['approximated', 'age_widened'],
    message: `30–60 became 25–34, 35–44, 45–54, 55–64 on Google: over-inclusive by 25–29 and 61–64; ${LEFT_OUT}`,
    reached: [25, 64],
  },
  '25–54': {
    age: { min: 25, max: 54 },
    brackets: ['AGE_RANGE_25_34', 'AGE_RANGE_35_44', 'AGE_RANGE_45_54'],
    verdict: ['exact', 'age_exact'],
  },
  '60–70': {
    age: { min: 60, max: 70 },
    brackets: ['AGE_RANGE_55_64', 'AGE_RANGE_65_UP'],
    verdict: ['approximated', 'age_widened'],
    message: `60–70 became 55–64, 65+ on Google: over-inclusive by 55–59 and 71+; ${LEFT_OUT}`,
    reached: [55, null],
  },
  '65+': { age: { min: 65 }, brackets: ['AGE_RANGE_65_UP'], verdict: ['exact', 'age_exact'] },
  '18–18': {
    age: { min: 18, max: 18 },
    brackets: ['AGE_RANGE_18_24'],
    verdict: ['approximated', 'age_widened'],
    message: `18–18 became 18–24 on Google: over-inclusive by 19–24; ${LEFT_OUT}`,
    reached: [18, 24],
  },
  '13+ with interests in the EU': {
    age: { min: 13 },
    brackets: [],
    verdict: ['approximated', 'dsa_minor_profiling'],
    profiling: true,
    reached: [18, null],
  },
  '16–30 with interests in the EU': {
    age: { min: 16, max: 30 },
    brackets: ['AGE_RANGE_18_24', 'AGE_RANGE_25_34'],
    verdict: ['approximated', 'dsa_minor_profiling'],
    profiling: true,
    message: `16–30 became 18–24, 25–34 on Google: over-inclusive by 31–34; ${LEFT_OUT}; the minimum age was raised to 18 because DSA Art. 28(2) forbids profiling-based ads to minors`,
    reached: [18, 34],
  },
}

describe('googleCompiler age', () => {
  it.each(Object.entries(AGE_CASES))(
    'when the age is %s, then the age ranges and the report are as the table says',
    (_name, c) => {
      const result = compileGoogle({ age: c.age, ...(c.profiling ? { include: DESIGN } : {}) })

      expect(result.spec.adGroupCriteria.flatMap((a) => ('age_range' in a ? [a.age_range.type] : []))).toEqual(
        c.brackets,
      )
      expect(verdictAt(result.fidelity.items, 'age')).toEqual(c.verdict)
      if (c.message) expect(itemAt(result.fidelity.items, 'age').message).toBe(c.message)
      const reached = c.reached && { kind: 'ages', min: c.reached[0], max: c.reached[1] }
      expect(itemAt(result.fidelity.items, 'age').effective).toEqual(reached)
    },
  )

  it('when the age range lies wholly under 18, then an error finding says not to run it on Google', () => {
    const result = compileGoogle({ age: { min: 13, max: 17 } })

    expect(result.policy.find((p) => p.code === 'google_minors_untargetable')).toMatchObject({
      severity: 'error',
      path: ['age'],
    })
  })

  it('when profiling would reach minors in the EU, then the shared DSA finding is passed on', () => {
    const result = compileGoogle({ age: { min: 13 }, include: DESIGN })

    expect(result.policy.map((p) => p.code)).toContain('dsa_minor_profiling')
  })

  it('when ages are targeted, then AGE_RANGE_UNDETERMINED is never among them', () => {
    for (const c of Object.values(AGE_CASES)) {
      const types = compileGoogle({ age: c.age }).spec.adGroupCriteria.flatMap((a) =>
        'age_range' in a ? [a.age_range.type] : [],
      )

      expect(types).not.toContain('AGE_RANGE_UNDETERMINED')
    }
  })
})

describe('googleCompiler genders', () => {
  it.each([
    [[], [], ['exact', 'genders_all']],
    [['female'], ['FEMALE'], ['exact', 'gender_exact']],
    [['male'], ['MALE'], ['exact', 'gender_exact']],
    [['female', 'male'], [], ['exact', 'genders_all']],
  ] as const)('when the genders are %j, then the gender criteria are %j', (genders, types, verdict) => {
    const result = compileGoogle({ genders: [...genders] as Gender[] })

    expect(result.spec.adGroupCriteria.flatMap((a) => ('gender' in a ? [a.gender.type] : []))).toEqual(types)
    expect(verdictAt(result.fidelity.items, 'genders')).toEqual(verdict)
  })
})
