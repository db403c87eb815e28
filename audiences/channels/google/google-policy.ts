import type { FidelityItem, PolicyFinding } from '../channel.js'
import { ACCESS_TO_OPPORTUNITY_CATEGORIES, type GoogleContext } from './google-context.js'
import type { GoogleSpec } from './google-spec-schema.js'

const SOURCES = {
  accessToOpportunity: 'support.google.com/adspolicy/answer/16701755; support.google.com/adspolicy/answer/9917652',
  sensitive: 'support.google.com/adspolicy/answer/143465',
  declaration:
    'Google Ads API v24 resources/campaign.proto contains_eu_political_advertising; errors/mutate_error.proto',
  euPolitical:
    "Google's announcement (Nov 2024) that it stops serving political ads in the EU before the TTPA applies (Oct 2025), e.g. cybernews.com/tech/google-to-stop-serving-political-ads-in-eu",
  income:
    'platforms.md §1.13: keywordme.io/blog/how-to-adjust-targeting-by-household-income; developers.google.com/display-video/api/reference/rest/v4/HouseholdIncome',
  minors: 'support.google.com/sa360/answer/12025344',
  political: 'support.google.com/adspolicy/answer/6014595 (Political content)',
} as const

function restrictionFindings(ctx: GoogleContext): PolicyFinding[] {
  const { value, path } = ctx.flat.specialAdCategory
  if (ACCESS_TO_OPPORTUNITY_CATEGORIES.has(value)) {
    if (ctx.restricted)
      return [
        {
          code: 'google_access_to_opportunity_restricted',
          severity: 'error',
          path,
          source: SOURCES.accessToOpportunity,
          message: `Google restricts ${value} ads in the US and Canada: no targeting or exclusion by age, gender, parental status, marital status or postal code, a radius of at least 1 km, and no customer lists. kohde dropped or adapted those criteria (see the fidelity report); keep the ads to country, region and city targeting.`,
        },
      ]
    return [
      {
        code: 'google_access_to_opportunity_us_ca_only',
        severity: 'info',
        path,
        source: SOURCES.accessToOpportunity,
        message: `Google's ${value} targeting restrictions apply in the US and Canada only, so Google restricts nothing for these places; other channels may still restrict them.`,
      },
    ]
  }
  if (value === 'gambling')
    return [
      {
        code: 'google_sensitive_category_audiences',
        severity: 'warning',
        path,
        source: SOURCES.sensitive,
        message:
          'Gambling is a legally restricted sensitive category on Google: ads for it cannot use advertiser-curated audiences (customer lists, your-data segments, lookalikes), so kohde left customer lists out. Google audiences remain allowed.',
      },
    ]
  return []
}

function declarationFindings(ctx: GoogleContext): PolicyFinding[] {
  const { value, path } = ctx.flat.specialAdCategory
  if (value !== 'politics')
    return [
      {
        code: 'google_eu_political_declaration',
        severity: 'info',
        path,
        source: SOURCES.declaration,
        message:
          'The campaign declares DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING: Google refuses changes to campaigns without this declaration. Change it if the ads are political.',
      },
    ]
  const findings: PolicyFinding[] = [
    {
      code: 'google_political_ads_verification',
      severity: 'error',
      path,
      source: `${SOURCES.political}; ${SOURCES.declaration}`,
      message:
        'The campaign declares CONTAINS_EU_POLITICAL_ADVERTISING. In many regions Google runs election ads only from advertisers it has verified, with disclosure and targeting restrictions: complete election-ads verification and check the regional rules before running it.',
    },
  ]
  if (ctx.eu.targetsEea)
    findings.push({
      code: 'google_eu_political_ads_not_served',
      severity: 'error',
      path,
      source: SOURCES.euPolitical,
      message:
        'Google stopped serving political ads in the EU ahead of the TTPA regulation (October 2025): this campaign will not serve to the EU places it targets. Use another channel or drop the EU places.',
    })
  return findings
}

function criterionFindings(items: FidelityItem[]): PolicyFinding[] {
  const findings: PolicyFinding[] = items
    .filter((i) => i.code === 'google_sensitive_interest')
    .map((i) => ({
      code: 'google_sensitive_interest',
      severity: 'error',
      path: i.path,
      source: SOURCES.sensitive,
      message: `${i.criterion} is a sensitive interest category: Google's personalized-advertising policy forbids targeting by it, so it was removed. Target by context (keywords) instead.`,
    }))
  const income = items.find((i) => i.code === 'income_unavailable_in_country')
  if (income)
    findings.push({
      code: 'google_income_unavailable',
      severity: 'warning',
      path: income.path,
      source: SOURCES.income,
      message:
        "Google's household income targeting is limited to a few countries (US, Australia, Japan, New Zealand per a third-party source; none lists Finland or Sweden), so kohde dropped the income criteria. Use affluence proxies such as interests in luxury goods, or confirm availability with a validate_only mutate.",
    })
  const age = items.find((i) => i.code === 'age_under_18_untargetable' && i.status === 'unsupported')
  if (age)
    findings.push({
      code: 'google_minors_untargetable',
      severity: 'error',
      path: age.path,
      source: SOURCES.minors,
      message:
        'Google cannot target people under 18 by age: without an age criterion this campaign would reach adults. Do not run this audience on Google.',
    })
  return findings
}

/** Google's own rules for this audience, after the EU rules every channel shares. */
export function googlePolicy(ctx: GoogleContext, spec: GoogleSpec, items: FidelityItem[]): PolicyFinding[] {
  const findings = [
    ...ctx.eu.findings,
    ...restrictionFindings(ctx),
    ...declarationFindings(ctx),
    ...criterionFindings(items),
  ]
  const placed = spec.campaignCriteria.some((c) => ('location' in c || 'proximity' in c) && c.negative !== true)
  if (!placed)
    findings.push({
      code: 'google_no_location',
      severity: 'error',
      path: ['geo', 'include'],
      message:
        'No place could be targeted on Google, and a campaign without a location criterion serves in every country. Resolve the geo lookups in the fidelity report before running it.',
    })
  if (spec.customAudiences.length > 0)
    findings.push({
      code: 'google_custom_segments_to_create',
      severity: 'info',
      source: 'Google Ads API v24 services/custom_audience_service.proto; resources/custom_audience.proto',
      message: `Create the ${spec.customAudiences.length} custom segment(s) in customAudiences first with CustomAudienceService, without resource_name (it is not part of GoogleAdsService.Mutate, so temporary ids do not carry over), then replace each customAudiences/-1, -2… reference in adGroupCriteria with the returned resource name. Each name must be unique in the account.`,
    })
  return findings
}
