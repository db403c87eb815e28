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
          { kind: 'presence', presence: 'homeOrRecent' },
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

type LanguageOutcome = { code: string; path: FidelityItem['path']; label: string; ids: string[] | null; query: string }

function languageOf(code: string, path: FidelityItem['path'], ctx: GoogleContext): LanguageOutcome {
  const entry = ctx.taxonomy.languages.get(code)
  const mapping = entry?.channels.google
  const label = entry?.labels[ctx.flat.locale] ?? code
  const query = mapping?.fallback?.kind === 'lookup' ? mapping.fallback.query : languageLookup(code)
  // One neutral language may be several Google constants (Chinese: simplified 1017 and traditional 1018).
  const ids =
    mapping?.target === 'language' && mapping.id !== null ? mapping.id.split(',').map((id) => id.trim()) : null
  return { code, path, label, ids, query }
}

// Google shows an ad only to people it believes understand one of the targeted languages
// (support.google.com/google-ads/answer/1722078): every language is sent, or none when one has no constant, since a
// partial list would leave out the speakers of the missing one (as Meta's locales do).
export function compileLanguages(ctx: GoogleContext): { criteria: CampaignCriterion[]; items: FidelityItem[] } {
  const outcomes = ctx.flat.languages.map((l) => languageOf(l.value, l.path, ctx))
  const missing = outcomes.filter((o) => o.ids === null)
  if (missing.length === 0) {
    const constants = [...new Set(outcomes.flatMap((o) => o.ids ?? []))]
    return {
      criteria: constants.map((id) => ({ language: { language_constant: `languageConstants/${id}` } })),
      items: outcomes.map((o) =>
        fidelityItem(
          o.path,
          `language:${o.code}`,
          'exact',
          'language_exact',
          `${o.label} became language constant ${o.ids!.join(' and ')}`,
        ),
      ),
    }
  }
  const names = missing.map((o) => o.label).join(', ')
  const items = outcomes.map((o) =>
    o.ids === null
      ? fidelityItem(
          o.path,
          `language:${o.code}`,
          'unresolved',
          'language_lookup',
          `${o.label} has no confirmed language constant, so the campaign gets no language criterion at all (a partial list would leave out its speakers) and is not limited by language: look it up with ${o.query}`,
        )
      : fidelityItem(
          o.path,
          `language:${o.code}`,
          'approximated',
          'language_withheld',
          `${o.label} (language constant ${o.ids.join(' and ')}) was left out because ${names} has no confirmed constant: the campaign is not limited by language`,
          { kind: 'anyLanguage' },
        ),
  )
  return { criteria: [], items }
}
