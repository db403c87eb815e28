import type { IssuePath } from '../../errors.js'
import { resolvePlace } from '../../geo/geo-resolve.js'
import type { Locale, SpecialAdCategory } from '../../model/audience-schema.js'
import type { FlatAudience } from '../../model/flat-audience.js'
import { ADULT_AGE, EEA_COUNTRIES, euPolicy, type EuPolicy } from '../../policy/eu-policy.js'
import type { Taxonomy } from '../../taxonomy/taxonomy.js'
import type { FidelityStatus } from '../channel.js'

/** What the compiler decided for one criterion; the compiler turns verdicts into fidelity items. */
export type Verdict = { path: IssuePath; status: FidelityStatus; code: string; message: string }

export const verdict = (path: IssuePath, status: FidelityStatus, code: string, message: string): Verdict => ({
  path,
  status,
  code,
  message,
})

// Housing, employment and financial products: Meta limits the audience tools for these (platforms.md §2.8).
export type RestrictedCategory = 'housing' | 'employment' | 'financial'
const RESTRICTED_CATEGORIES: ReadonlySet<SpecialAdCategory> = new Set(['housing', 'employment', 'financial'])

// "US/US territories, Canada and certain European countries and territories" (facebook.com/business/help/2220749868045706).
// The European list is unpublished: kohde assumes the EU/EEA and the UK (themediapeople.co.uk/facebook-property-audience-adjustments/).
export const SAC_RESTRICTED_COUNTRIES: ReadonlySet<string> = new Set([
  ...'US PR GU VI AS MP UM CA GB'.split(' '),
  ...EEA_COUNTRIES,
])

export type MetaRules = {
  taxonomy: Taxonomy
  locale: Locale
  eu: EuPolicy
  // The category whose audience limits apply to this audience, or null when none do.
  sac: RestrictedCategory | null
  // The audience reaches under-18s: Meta lets only age and location target them.
  teen: boolean
  // The DSA raised the minimum age to 18 instead (profiling criteria on an audience that also holds adults).
  dsaAgeRaised: boolean
  // ISO codes of the targeted countries, in order of first mention; a bare circle has none.
  countries: string[]
  hasCircle: boolean
}

function targetedCountries(flat: FlatAudience, taxonomy: Taxonomy): { countries: string[]; hasCircle: boolean } {
  const countries = new Set<string>()
  let hasCircle = false
  for (const g of flat.geoInclude) {
    const place = resolvePlace(g.value, taxonomy, flat.locale)
    if (place.kind === 'circle') hasCircle = true
    else if (place.kind !== 'invalid') countries.add(place.country)
  }
  return { countries: [...countries], hasCircle }
}

export const isRestrictedCategory = (category: SpecialAdCategory): category is RestrictedCategory =>
  RESTRICTED_CATEGORIES.has(category)

/** The rules that shape one Meta compile: DSA, special ad category limits and the teen rule. */
export function metaRulesOf(flat: FlatAudience, taxonomy: Taxonomy): MetaRules {
  const eu = euPolicy(flat, taxonomy)
  const { countries, hasCircle } = targetedCountries(flat, taxonomy)
  const category = flat.specialAdCategory.value
  // A bare circle may lie in a restricted country: assume it does, as the DSA check does.
  const reachesRestricted = hasCircle || countries.some((c) => SAC_RESTRICTED_COUNTRIES.has(c))
  const sac = isRestrictedCategory(category) && reachesRestricted ? category : null
  const { min, max } = flat.age.value
  const dsaAgeRaised = sac === null && eu.minAge !== null && (max === null || max >= ADULT_AGE)
  const teen = sac === null && !dsaAgeRaised && min < ADULT_AGE
  return { taxonomy, locale: flat.locale, eu, sac, teen, dsaAgeRaised, countries, hasCircle }
}
