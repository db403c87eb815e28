import type { FidelityItem } from '../channel.js'
import { fidelityItem } from '../fidelity.js'
import { ACCESS_TO_OPPORTUNITY_CATEGORIES, type GoogleContext } from './google-context.js'
import type { CampaignCriterion, GoogleCampaign } from './google-spec-schema.js'

// PRESENCE: "the user is in or regularly in advertiser's targeted locations"; PRESENCE_OR_INTEREST adds
// people who merely show interest in them, from anywhere (enums/positive_geo_target_type.proto, v24).
// Neither means "residents only", and "recently there" is presence, not interest: both modes become PRESENCE.
export function compileCampaign(ctx: GoogleContext): {
  campaign: GoogleCampaign
  categoryItem: FidelityItem
  presenceItem: FidelityItem
} {
  const { specialAdCategory, presence } = ctx.flat
  const political = specialAdCategory.value === 'politics'
  const campaign: GoogleCampaign = {
    contains_eu_political_advertising: political
      ? 'CONTAINS_EU_POLITICAL_ADVERTISING'
      : 'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING',
    geo_target_type_setting: { positive_geo_target_type: 'PRESENCE' },
  }
  const presenceItem =
    presence.value === 'home'
      ? fidelityItem(
          presence.path,
          'presence:home',
          'approximated',
          'presence_includes_visitors',
          'Residents only became PRESENCE (people in or regularly in the places): Google cannot limit to residents, so visitors and commuters are included',
        )
      : fidelityItem(
          presence.path,
          'presence:homeOrRecent',
          'exact',
          'presence_exact',
          'Living or recently there became PRESENCE (people in or regularly in the places)',
        )
  return { campaign, categoryItem: specialAdCategoryItem(ctx), presenceItem }
}

function specialAdCategoryItem(ctx: GoogleContext): FidelityItem {
  const { value, path } = ctx.flat.specialAdCategory
  const criterion = `specialAdCategory:${value}`
  if (value === 'politics')
    return fidelityItem(
      path,
      criterion,
      'exact',
      'eu_political_declared',
      'The campaign declares CONTAINS_EU_POLITICAL_ADVERTISING; see the policy findings before running it',
    )
  if (ACCESS_TO_OPPORTUNITY_CATEGORIES.has(value)) {
    const scope = ctx.restricted
      ? "Google's US and Canada restrictions apply: the restricted criteria were dropped or adapted (see the other items)"
      : 'Google restricts these ads in the US and Canada only, so nothing is restricted for these places'
    return fidelityItem(
      path,
      criterion,
      'exact',
      'special_ad_category_policy',
      `Google has no special-ad-category field; ${scope}`,
    )
  }
  if (value === 'gambling')
    return fidelityItem(
      path,
      criterion,
      'exact',
      'special_ad_category_policy',
      'Google has no special-ad-category field; gambling is a sensitive category, so customer lists were not used',
    )
  return fidelityItem(
    path,
    criterion,
    'exact',
    'special_ad_category_none',
    'No special ad category: the campaign declares DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING',
  )
}

const languageLookup = (code: string): string =>
  `SELECT language_constant.id FROM language_constant WHERE language_constant.code = '${code}'`

export function compileLanguages(ctx: GoogleContext): { criteria: CampaignCriterion[]; items: FidelityItem[] } {
  const criteria: CampaignCriterion[] = []
  const items = ctx.flat.languages.map(({ value: code, path }) => {
    const entry = ctx.taxonomy.languages.get(code)
    const mapping = entry?.channels.google
    const label = entry?.labels[ctx.flat.locale] ?? code
    const criterion = `language:${code}`
    if (mapping?.target === 'language' && mapping.id !== null) {
      const constant = `languageConstants/${mapping.id}`
      if (!criteria.some((c) => 'language' in c && c.language.language_constant === constant))
        criteria.push({ language: { language_constant: constant } })
      return fidelityItem(path, criterion, 'exact', 'language_exact', `${label} became language constant ${mapping.id}`)
    }
    const query = mapping?.fallback?.kind === 'lookup' ? mapping.fallback.query : languageLookup(code)
    return fidelityItem(
      path,
      criterion,
      'unresolved',
      'language_lookup',
      `${label} has no confirmed language constant, so no language criterion was set for it: look it up with ${query}`,
    )
  })
  return { criteria, items }
}
