import type { IssuePath } from '../../errors.js'
import { circleOf, countryOfCircle, resolvePlace, type ResolvedPlace } from '../../geo/geo-resolve.js'
import type { Locale, SpecialAdCategory } from '../../model/audience-schema.js'
import type { Term } from '../../model/audience-schema.js'
import type { FlatAudience, Located } from '../../model/flat-audience.js'
import { ADULT_AGE, droppedCode, EEA_COUNTRIES, euPolicy, type EuPolicy } from '../../policy/eu-policy.js'
import type { Taxonomy } from '../../taxonomy/taxonomy.js'
import type { FidelityStatus } from '../channel.js'
import type { Effective } from '../effective.js'
import { resolveTerm } from './meta-terms.js'

/** What the compiler decided for one criterion; the compiler turns verdicts into fidelity items. */
export type Verdict = { path: IssuePath; status: FidelityStatus; code: string; message: string; effective?: Effective }

export const verdict = (
  path: IssuePath,
  status: FidelityStatus,
  code: string,
  message: string,
  effective?: Effective,
): Verdict => ({ path, status, code, message, ...(effective && { effective }) })

// Housing, employment and financial products: Meta limits the audience tools for these (platforms.md §2.8).
export type RestrictedCategory = 'housing' | 'employment' | 'financial'
const RESTRICTED_CATEGORIES: ReadonlySet<SpecialAdCategory> = new Set(['housing', 'employment', 'financial'])

// "US/US territories, Canada and certain European countries and territories" (facebook.com/business/help/2220749868045706).
// The European list is unpublished: kohde assumes the EU/EEA and the UK (themediapeople.co.uk/facebook-property-audience-adjustments/).
export const SAC_RESTRICTED_COUNTRIES: ReadonlySet<string> = new Set([
  ...'US PR GU VI AS MP UM CA GB'.split(' '),
  ...EEA_COUNTRIES,
])

// "ads with locations in the EU, the EEA or Switzerland will temporarily no longer deliver to audiences under 18",
// since the week of 6 Nov 2023 (Meta Business Help Centre, "About advertising to teens", facebook.com/business/help/229435355723442).
export const TEEN_ADS_PAUSED: ReadonlySet<string> = new Set([...EEA_COUNTRIES, 'CH'])

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
  // Every targeted place is in the EU, the EEA or Switzerland, where Meta delivers no ads to under-18s.
  teenAdsPaused: boolean
  // ISO codes of the targeted countries (a circle's from where it lies), in order of first mention.
  countries: string[]
  // A circle kohde cannot place in a country.
  hasCircle: boolean
}

// The country of a place Meta can target; a place it cannot (no data, no circle) does not make its country's rules apply.
function countryOf(place: ResolvedPlace, taxonomy: Taxonomy): string | null | undefined {
  switch (place.kind) {
    case 'circle':
      return countryOfCircle(place.circle, taxonomy)
    case 'country':
    case 'postalCode':
      return place.country
    case 'region':
    case 'municipality':
      // A centre alone (a Swedish municipality) is no circle Meta can draw: only a centre with a covering radius is.
      return place.entry.channels.meta?.id || circleOf(place.entry, 'en') || place.kind === 'region'
        ? place.country
        : undefined
    case 'unknown':
    case 'invalid':
      return undefined
  }
}

function targetedCountries(flat: FlatAudience, taxonomy: Taxonomy) {
  const countries = new Set<string>()
  let hasCircle = false
  let unresolved = false
  for (const g of flat.geoInclude) {
    const place = resolvePlace(g.value, taxonomy, flat.locale)
    const country = countryOf(place, taxonomy)
    if (country === undefined) unresolved = true
    else if (country === null) hasCircle = true
    else countries.add(country)
  }
  // With no place Meta can take, the ad set falls back to the countries of the places (meta-geo.ts).
  if (countries.size === 0 && !hasCircle && unresolved)
    for (const g of flat.geoInclude) {
      const place = resolvePlace(g.value, taxonomy, flat.locale)
      if (place.kind !== 'invalid' && place.kind !== 'circle') countries.add(place.country)
    }
  return { countries: [...countries], hasCircle }
}

// The DSA's age rule binds only criteria Meta will really target: an interest with no Meta id profiles nobody.
function targetsProfiling(flat: FlatAudience, base: Omit<MetaRules, 'teen' | 'dsaAgeRaised'>): boolean {
  const profiles = (t: Located<Term>, side: 'include' | 'exclude') => {
    if (droppedCode(base.eu, t.path)) return false
    const target = resolveTerm(t.value, base as MetaRules).target
    return target !== null && (side === 'include' || ('option' in target && target.field === 'custom_audiences'))
  }
  return (
    flat.include.some((g) => g.terms.some((t) => profiles(t, 'include'))) ||
    flat.exclude.some((t) => profiles(t, 'exclude'))
  )
}

export const isRestrictedCategory = (category: SpecialAdCategory): category is RestrictedCategory =>
  RESTRICTED_CATEGORIES.has(category)

/** The rules that shape one Meta compile: DSA, special ad category limits and the teen rule. */
export function metaRulesOf(flat: FlatAudience, taxonomy: Taxonomy): MetaRules {
  const eu = euPolicy(flat, taxonomy)
  const { countries, hasCircle } = targetedCountries(flat, taxonomy)
  const category = flat.specialAdCategory.value
  // A circle kohde cannot place may lie in a restricted country: assume it does, as the DSA check does.
  const reachesRestricted = hasCircle || countries.some((c) => SAC_RESTRICTED_COUNTRIES.has(c))
  const sac = isRestrictedCategory(category) && reachesRestricted ? category : null
  const teenAdsPaused = countries.length > 0 && countries.every((c) => TEEN_ADS_PAUSED.has(c))
  const base = { taxonomy, locale: flat.locale, eu, sac, teenAdsPaused, countries, hasCircle }
  const { min, max } = flat.age.value
  const adults = max === null || max >= ADULT_AGE
  // Where Meta delivers nothing to under-18s the ad set starts at 18; elsewhere the DSA may raise it (profiling).
  const dsaAgeRaised =
    sac === null && !teenAdsPaused && adults && min < ADULT_AGE && eu.targetsEea && targetsProfiling(flat, base)
  const teen = sac === null && !dsaAgeRaised && min < ADULT_AGE && !(teenAdsPaused && adults)
  return { ...base, teen, dsaAgeRaised }
}
