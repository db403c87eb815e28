import { describe, expect, it } from 'vitest'
import type { AudienceInput } from '../../../audiences/index.js'
import { compileLinkedIn } from './linkedin-compile.js'
import { STAND_IN, linkedinTaxonomyAfterLookups } from './linkedin-taxonomy.js'

const AGE_RANGES = 'urn:li:adTargetingFacet:ageRanges'
const GENDERS = 'urn:li:adTargetingFacet:genders'
const LOCALES = 'urn:li:adTargetingFacet:interfaceLocales'
// platforms.md §3.6: LinkedIn's four brackets.
const A18_24 = 'urn:li:ageRange:(18,24)'
const A25_34 = 'urn:li:ageRange:(25,34)'
const A35_54 = 'urn:li:ageRange:(35,54)'
const A55_PLUS = 'urn:li:ageRange:(55,2147483647)'

const valuesOf = (and: { or: Record<string, string[]> }[], facet: string) =>
  and.find((c) => facet in c.or)?.or[facet] ?? null

type AgeCase = [AudienceInput['age'], string[] | null, string, string, string]

// Age in, ageRanges out (null: no age filter), status, code and the message derived from the brackets by hand.
const AGES: AgeCase[] = [
  [
    { min: 13 },
    null,
    'approximated',
    'age_under_18_unavailable',
    'LinkedIn has no age bracket under 18, so 13–17 cannot be reached; 18+ needs no age filter on LinkedIn.',
  ],
  [
    { min: 17 },
    null,
    'approximated',
    'age_under_18_unavailable',
    'LinkedIn has no age bracket under 18, so 17 cannot be reached; 18+ needs no age filter on LinkedIn.',
  ],
  [{ min: 18 }, null, 'exact', 'age_exact', '18+ needs no age filter on LinkedIn.'],
  [{ min: 18, max: 24 }, [A18_24], 'exact', 'age_exact', "18–24 matches LinkedIn's bracket 18–24."],
  [{ min: 25, max: 54 }, [A25_34, A35_54], 'exact', 'age_exact', "25–54 matches LinkedIn's brackets 25–34, 35–54."],
  [
    { min: 30, max: 60 },
    [A25_34, A35_54, A55_PLUS],
    'approximated',
    'age_widened',
    '30–60 became 25–34, 35–54, 55+ on LinkedIn: over-inclusive by 25–29 and 61+.',
  ],
  [{ min: 65 }, [A55_PLUS], 'approximated', 'age_widened', '65+ became 55+ on LinkedIn: over-inclusive by 55–64.'],
  [
    { min: 16, max: 30 },
    [A18_24, A25_34],
    'approximated',
    'age_under_18_unavailable',
    'LinkedIn has no age bracket under 18, so 16–17 cannot be reached; 18–30 became 18–24, 25–34 on LinkedIn: over-inclusive by 31–34.',
  ],
]

describe('linkedinCompiler age', () => {
  it.each(AGES)('when the age is %o, then ageRanges are %o (%s, %s)', (age, urns, status, code, message) => {
    const result = compileLinkedIn({ age })

    expect(valuesOf(result.and, AGE_RANGES)).toEqual(urns)
    expect(result.fidelity.items.find((i) => i.criterion.startsWith('age:'))).toMatchObject({ status, code, message })
  })

  it('when the audience is only 13–17, then no bracket fits: unsupported, no age filter, and an error finding', () => {
    const result = compileLinkedIn({ age: { min: 13, max: 17 } })

    expect(valuesOf(result.and, AGE_RANGES)).toBeNull()
    expect(result.item('age:13–17')).toMatchObject({ status: 'unsupported', code: 'age_under_18_unavailable' })
    expect(result.policy.find((f) => f.code === 'linkedin_age_unreachable')?.severity).toBe('error')
  })

  it('when interests would profile 13-year-olds in Finland, then the DSA raises the minimum to 18 and says so', () => {
    const result = compileLinkedIn({ age: { min: 13 }, include: [[{ facet: 'seniority', value: 'seniority.cxo' }]] })

    expect(valuesOf(result.and, AGE_RANGES)).toBeNull()
    expect(result.item('age:13+')).toMatchObject({
      status: 'approximated',
      code: 'dsa_minor_profiling',
      message: 'The DSA raised the minimum age from 13 to 18 (see policy); 18+ needs no age filter on LinkedIn.',
    })
    expect(result.policyCodes).toContain('dsa_minor_profiling')
  })

  it('when profiling criteria meet a 13–17 audience in Finland, then the age is unsupported under the DSA', () => {
    const result = compileLinkedIn({
      age: { min: 13, max: 17 },
      include: [[{ facet: 'seniority', value: 'seniority.cxo' }]],
    })

    expect(result.item('age:13–17')).toMatchObject({ status: 'unsupported', code: 'dsa_minor_profiling' })
    expect(result.policyCodes).toEqual(expect.arrayContaining(['dsa_minor_profiling', 'linkedin_age_unreachable']))
  })

  it('when the audience is outside the EEA, then the DSA does not raise the age and LinkedIn still starts at 18', () => {
    const result = compileLinkedIn({
      geo: { include: [{ country: 'US' }] },
      age: { min: 13 },
      include: [[{ facet: 'seniority', value: 'seniority.cxo' }]],
    })

    expect(result.item('age:13+')).toMatchObject({ status: 'approximated', code: 'age_under_18_unavailable' })
    expect(result.policyCodes).not.toContain('dsa_minor_profiling')
  })
})

describe('linkedinCompiler genders', () => {
  it.each([
    [[], null, 'genders_all'],
    [['female'], ['urn:li:gender:FEMALE'], 'genders_exact'],
    [['male'], ['urn:li:gender:MALE'], 'genders_exact'],
    [['female', 'male'], null, 'genders_all'],
  ] as const)('when genders are %o, then the genders facet is %o (%s)', (genders, urns, code) => {
    const result = compileLinkedIn({ genders: [...genders] })

    expect(valuesOf(result.and, GENDERS)).toEqual(urns)
    expect(result.fidelity.items.find((i) => i.criterion.startsWith('genders:'))).toMatchObject({
      status: 'exact',
      code,
    })
  })

  it('when age or gender is filtered, then an info finding says LinkedIn infers them', () => {
    expect(compileLinkedIn({ genders: ['female'] }).policyCodes).toContain('linkedin_age_gender_inferred')
    expect(compileLinkedIn({ age: { min: 35, max: 54 } }).policyCodes).toContain('linkedin_age_gender_inferred')
    expect(compileLinkedIn({}).policyCodes).not.toContain('linkedin_age_gender_inferred')
  })
})

describe('linkedinCompiler languages', () => {
  it('when languages have no interface-locale URN, then each is unresolved with the facet listing to read', () => {
    const result = compileLinkedIn({ languages: ['fi', 'sv', 'de'] })

    for (const language of ['language:fi', 'language:sv', 'language:de'])
      expect(result.item(language)).toMatchObject({ status: 'unresolved', code: 'language_urn_unknown' })
    expect(result.item('language:fi').message).toContain(
      'adTargetingEntities?q=adTargetingFacet&facet=urn:li:adTargetingFacet:interfaceLocales',
    )
    expect(valuesOf(result.and, LOCALES)).toBeNull()
  })

  it('when a lookup stored an interface-locale URN, then the language becomes an interfaceLocales clause', () => {
    const result = compileLinkedIn({ languages: ['fi'] }, linkedinTaxonomyAfterLookups())

    expect(valuesOf(result.and, LOCALES)).toEqual([STAND_IN.locale])
    expect(result.item('language:fi')).toMatchObject({ status: 'exact', code: 'language_exact' })
  })

  // Issue 13: sending Finnish alone would leave out members whose LinkedIn is in Swedish, which has no URN yet.
  it('when one language has an interface locale and another has none, then no locale is sent and both say why', () => {
    const result = compileLinkedIn({ languages: ['fi', 'sv'] }, linkedinTaxonomyAfterLookups())

    expect(valuesOf(result.and, LOCALES)).toBeNull()
    expect(result.item('language:fi')).toMatchObject({
      status: 'approximated',
      code: 'language_withheld',
      effective: { kind: 'anyLanguage' },
    })
    expect(result.item('language:sv')).toMatchObject({ status: 'unresolved', code: 'language_urn_unknown' })
    expect(result.item('language:sv').message).toContain('not limited by language')
  })
})
