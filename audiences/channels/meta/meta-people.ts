import { formatAge, type FlatAudience } from '../../model/flat-audience.js'
import { ADULT_AGE } from '../../policy/eu-policy.js'
import { agesEffective, allGenders } from '../effective.js'
import type { MetaTargeting } from './meta-spec-schema.js'
import { lookupRequest } from './meta-lookup.js'
import { verdict, type MetaRules, type Verdict } from './meta-rules.js'

// age_min ≥ 13, age_max ≤ 65, and 65 stands for 65 and older (platforms.md §2.3).
const META_MIN_AGE = 13
const META_TOP_AGE = 65
const CATEGORY_LABEL = { housing: 'housing', employment: 'employment', financial: 'financial products' } as const

type Age = Pick<MetaTargeting, 'age_min' | 'age_max'>

export function compileAge(flat: FlatAudience, rules: MetaRules): { age: Age; verdict: Verdict } {
  const { min, max } = flat.age.value
  const { path } = flat.age
  const asked = formatAge(flat.age.value)
  if (rules.sac) {
    const age = { age_min: ADULT_AGE }
    if (min === ADULT_AGE && max === null)
      return { age, verdict: verdict(path, 'exact', 'age_exact', `${asked} → age_min 18`) }
    const message = `${asked} became 18–65+: Meta fixes the ages of ${CATEGORY_LABEL[rules.sac]} ads at 18–65+ where its special ad category limits apply (over-inclusive)`
    const reached = agesEffective(ADULT_AGE, null)
    return { age, verdict: verdict(path, 'approximated', `sac_${rules.sac}_age_locked`, message, reached) }
  }
  if (rules.teenAdsPaused && max !== null && max < ADULT_AGE) {
    const age = { age_min: Math.max(min, META_MIN_AGE), age_max: max }
    const message = `${asked} → ${age.age_min}–${max}, but Meta delivers no ads to under-18s in the EU, the EEA or Switzerland (since 6 November 2023): nobody in these places will see them`
    return { age, verdict: verdict(path, 'approximated', 'meta_eu_teens_undeliverable', message, { kind: 'nobody' }) }
  }
  const notes: string[] = []
  const codes: string[] = []
  let low = Math.max(min, META_MIN_AGE)
  if (rules.teenAdsPaused && low < ADULT_AGE) {
    low = ADULT_AGE
    codes.push('meta_eu_teens_undeliverable')
    notes.push(
      'Meta delivers no ads to under-18s in the EU, the EEA or Switzerland (since 6 November 2023), so the ad set starts at 18',
    )
  }
  if (rules.dsaAgeRaised && low < ADULT_AGE) {
    low = ADULT_AGE
    codes.push('dsa_minor_profiling')
    notes.push('the DSA forbids profiling-based ads to minors, so under-18s are left out')
  }
  if (low > META_TOP_AGE) {
    codes.push('age_min_above_65')
    notes.push(`Meta's oldest age is 65+, so ${low > META_TOP_AGE + 1 ? `65–${low - 1}` : '65'} are included too`)
    low = META_TOP_AGE
  }
  const age: Age = max === null || max >= META_TOP_AGE ? { age_min: low } : { age_min: low, age_max: max }
  if (max !== null && max >= META_TOP_AGE) {
    codes.push('age_max_65_plus')
    notes.push(`Meta's age_max 65 means 65 and older, so people over ${max} are included too`)
  }
  const result =
    age.age_max !== undefined
      ? `${age.age_min}–${age.age_max}`
      : age.age_min === META_TOP_AGE
        ? '65+'
        : `${age.age_min}–65+`
  const [code] = codes
  if (code === undefined) return { age, verdict: verdict(path, 'exact', 'age_exact', `${asked} → ${result}`) }
  const reached = agesEffective(age.age_min, age.age_max ?? null)
  const message = `${asked} became ${result} on Meta: ${notes.join('; ')}`
  return { age, verdict: verdict(path, 'approximated', code, message, reached) }
}

export function compileGenders(flat: FlatAudience, rules: MetaRules): { genders?: [1 | 2]; verdict: Verdict } {
  const { value, path } = flat.genders
  const [only] = value
  if (value.length !== 1 || only === undefined)
    return { verdict: verdict(path, 'exact', 'genders_all', 'all genders (genders omitted)') }
  if (rules.sac) {
    const message = `${only} only became all genders: Meta does not let ${CATEGORY_LABEL[rules.sac]} ads target by gender where its special ad category limits apply`
    return { verdict: verdict(path, 'approximated', `sac_${rules.sac}_gender_locked`, message, allGenders()) }
  }
  if (rules.teen) {
    const message = `${only} only became all genders: Meta lets advertisers reach people under 18 by age and location only (since February 2023)`
    return { verdict: verdict(path, 'approximated', 'teen_gender_unavailable', message, allGenders()) }
  }
  // genders: 1 = male, 2 = female (basic-targeting doc).
  const code = only === 'male' ? 1 : 2
  return { genders: [code], verdict: verdict(path, 'exact', 'genders_exact', `${only} → genders [${code}]`) }
}

export function compilePresence(flat: FlatAudience): Verdict {
  const { value, path } = flat.presence
  if (value === 'homeOrRecent')
    return verdict(
      path,
      'exact',
      'presence_home_or_recent',
      'living in or recently in: every Meta location reaches people living in or recently in it (location_types is not sent)',
    )
  const message =
    'people living there became people living in or recently there: all Meta location targeting reaches people living in or recently in the places (Meta error 1870199 asks to send no location_types), so recent visitors are included too'
  return verdict(path, 'approximated', 'presence_home_unavailable', message, {
    kind: 'presence',
    presence: 'homeOrRecent',
  })
}

type LocaleOutcome = { code: string; id: number | null; lookup: string; label: string; path: Verdict['path'] }

function localeOf(code: string, path: Verdict['path'], rules: MetaRules): LocaleOutcome {
  const entry = rules.taxonomy.languages.get(code)
  const mapping = entry?.channels.meta
  const label = entry?.labels.en ?? code
  const id = mapping?.id && /^[0-9]+$/.test(mapping.id) ? Number(mapping.id) : null
  const lookup = lookupRequest(mapping, label, (text) => `GET /search?type=adlocale&q=${text}`)
  return { code, id, lookup, label, path }
}

// Locales narrow the audience: emit them only when every language resolves, or speakers of the missing ones are lost.
export function compileLocales(flat: FlatAudience, rules: MetaRules): { locales?: number[]; verdicts: Verdict[] } {
  if (rules.teen) {
    const message = 'dropped: Meta lets advertisers reach people under 18 by age and location only, not by language'
    return { verdicts: flat.languages.map((l) => verdict(l.path, 'unsupported', 'teen_age_location_only', message)) }
  }
  const outcomes = flat.languages.map((l) => localeOf(l.value, l.path, rules))
  const missing = outcomes.filter((o) => o.id === null)
  if (missing.length === 0) {
    const locales = [...new Set(outcomes.map((o) => o.id as number))]
    const verdicts = outcomes.map((o) => verdict(o.path, 'exact', 'locale_exact', `${o.label} → locales ${o.id}`))
    return { ...(locales.length > 0 && { locales }), verdicts }
  }
  const names = missing.map((o) => o.label).join(', ')
  const verdicts = outcomes.map((o) =>
    o.id === null
      ? verdict(
          o.path,
          'unresolved',
          'locale_unresolved',
          `${o.label} has no confirmed Meta locale id, so the ad set is not limited by language (over-inclusive); look it up with ${o.lookup}`,
        )
      : verdict(
          o.path,
          'approximated',
          'locale_withheld',
          `${o.label} (locale ${o.id}) was left out of locales because ${names} has no confirmed id: the ad set is not limited by language`,
          { kind: 'anyLanguage' },
        ),
  )
  return { verdicts }
}
