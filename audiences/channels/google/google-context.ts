import { circleOf, municipalitiesOf, resolvePlace, type ResolvedPlace } from '../../geo/geo-resolve.js'
import type { FlatAudience } from '../../model/flat-audience.js'
import { euPolicy, type EuPolicy } from '../../policy/eu-policy.js'
import type { Taxonomy } from '../../taxonomy/taxonomy.js'

// Housing, employment and credit ads: Google restricts their targeting in the US and Canada only
// (support.google.com/adspolicy/answer/16701755; answer/9917652 "will apply in the US and Canada only").
export const ACCESS_TO_OPPORTUNITY_CATEGORIES: ReadonlySet<string> = new Set(['housing', 'employment', 'financial'])
export const ACCESS_TO_OPPORTUNITY_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA'])

// Household income exists in a few countries only; no source lists Finland or Sweden (platforms.md §1.13).
export const INCOME_COUNTRIES: ReadonlySet<string> = new Set(['US', 'AU', 'JP', 'NZ'])

export type GoogleContext = {
  flat: FlatAudience
  taxonomy: Taxonomy
  eu: EuPolicy
  // Countries of the included places Google can target; null when a place (a bare circle) has no known country.
  countries: readonly (string | null)[]
  // Google's US/Canada restrictions for housing, employment and credit apply to this campaign.
  restricted: boolean
  // The advertiser is in a sensitive category that may not use its own audiences (customer lists).
  curatedAudiencesBanned: boolean
}

// A place Google cannot name (no constant, no centre for a circle) is not targeted, so its country's rules do not apply.
function isTargetable(place: ResolvedPlace, taxonomy: Taxonomy, flat: FlatAudience): boolean {
  switch (place.kind) {
    case 'country':
    case 'region':
    case 'municipality':
      if (place.entry.channels.google?.target === 'location' && place.entry.channels.google.id) return true
      if (place.kind === 'country') return false
      return (
        circleOf(place.entry, flat.locale) !== null ||
        municipalitiesOf(place.entry, taxonomy).some((m) => circleOf(m, flat.locale) !== null)
      )
    case 'postalCode':
    case 'circle':
      return true
    case 'unknown':
    case 'invalid':
      return false
  }
}

export function googleContext(flat: FlatAudience, taxonomy: Taxonomy): GoogleContext {
  const countries = flat.geoInclude.flatMap((g) => {
    const place = resolvePlace(g.value, taxonomy, flat.locale)
    if (!isTargetable(place, taxonomy, flat)) return []
    return [place.kind === 'circle' || place.kind === 'invalid' ? null : place.country]
  })
  const category = flat.specialAdCategory.value
  const restricted =
    ACCESS_TO_OPPORTUNITY_CATEGORIES.has(category) &&
    countries.some((c) => c !== null && ACCESS_TO_OPPORTUNITY_COUNTRIES.has(c))
  return {
    flat,
    taxonomy,
    eu: euPolicy(flat, taxonomy),
    countries,
    restricted,
    // Sensitive categories (legal restrictions such as gambling; access to opportunities in the US and
    // Canada) cannot use advertiser-curated audiences (support.google.com/adspolicy/answer/143465).
    curatedAudiencesBanned: category === 'gambling' || restricted,
  }
}

export const incomeUnavailableIn = (ctx: GoogleContext): string[] =>
  ctx.countries.length === 0
    ? ['a campaign with no place it can target']
    : [...new Set(ctx.countries.map((c) => c ?? 'a circle with no country').filter((c) => !INCOME_COUNTRIES.has(c)))]
