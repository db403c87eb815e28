import type { FlatAudience } from '../../model/flat-audience.js'
import { EEA_COUNTRIES } from '../../policy/eu-policy.js'
import type { PolicyFinding } from '../channel.js'
import { TEEN_ADS_PAUSED, type MetaRules, type Verdict } from './meta-rules.js'
import type { MetaSpecialAdCategory } from './meta-spec-schema.js'

const SAC_SOURCE =
  'facebook.com/business/help/2220749868045706; developers.facebook.com/documentation/ads-commerce/marketing-api/audiences/special-ad-category; Europe: themediapeople.co.uk/facebook-property-audience-adjustments/'
const NON_EU_EEA = new Set(['IS', 'LI', 'NO'])

const finding = (
  code: string,
  severity: PolicyFinding['severity'],
  message: string,
  source?: string,
): PolicyFinding => ({
  code,
  severity,
  message,
  ...(source && { source }),
})

function restrictedCategoryFindings(
  flat: FlatAudience,
  rules: MetaRules,
  name: MetaSpecialAdCategory,
): PolicyFinding[] {
  const sac = rules.sac
  if (!sac)
    return [
      finding(
        'sac_restrictions_not_applied',
        'info',
        `${name} is declared, but the audience reaches none of the places where Meta limits its audience tools (the US and its territories, Canada, and certain European countries), so the targeting was kept. If the advertiser is based in the US the limits apply anyway.`,
        SAC_SOURCE,
      ),
    ]
  const findings = [
    finding(
      'sac_audience_restricted',
      'warning',
      `${name} ads reaching these places get Meta's limited audience tools: ages 18–65+, all genders, no postal codes, no location or audience exclusions, at least 15 miles around a place, no Advantage+ audience. The spec was adapted; the fidelity report lists each change. Meta names the US and its territories, Canada and "certain European countries"; the European list is unpublished, so kohde treats the EU/EEA and the UK as restricted (unconfirmed).`,
      SAC_SOURCE,
    ),
    finding(
      'sac_automation_unavailable',
      'info',
      'Meta does not support Advantage+ audience automation in special ad categories: targeting_automation.advantage_audience is sent as 0 and must stay 0.',
      'developers.facebook.com/docs/marketing-api/audiences/reference/advantage-targeting',
    ),
  ]
  if (flat.include.length > 0)
    findings.push(
      finding(
        'sac_detailed_targeting_limited',
        'info',
        `Some detailed-targeting options are unavailable for ${name} ads; check each id with GET act_<AD_ACCOUNT_ID>/targetingsearch?regulated_categories=["${name}"]&regulated_countries=[${rules.countries.map((c) => `"${c}"`).join(',')}].`,
        'platforms.md §2.4 (targetingsearch regulated_categories)',
      ),
    )
  return findings
}

function categoryFindings(flat: FlatAudience, rules: MetaRules, name: MetaSpecialAdCategory | null): PolicyFinding[] {
  if (name === null) return []
  const findings: PolicyFinding[] = []
  if (rules.countries.length === 0 || rules.hasCircle)
    findings.push(
      finding(
        'sac_country_missing',
        'warning',
        'Meta needs special_ad_category_country for every special ad category campaign, and a circle has no country: add the country each circle lies in.',
        'developers.facebook.com/documentation/ads-commerce/marketing-api/audiences/special-ad-category',
      ),
    )
  if (name === 'ISSUES_ELECTIONS_POLITICS') {
    findings.push(
      finding(
        'meta_political_ads_authorization',
        'warning',
        'Ads about social issues, elections or politics need the advertiser to complete Meta\'s ad authorization and carry a "Paid for by" disclaimer.',
        'about.fb.com/news/2025/07/ending-political-electoral-and-social-issue-advertising-in-the-eu/',
      ),
    )
    if (rules.countries.some((c) => EEA_COUNTRIES.has(c) && !NON_EU_EEA.has(c)) || rules.hasCircle)
      findings.push(
        finding(
          'meta_eu_political_ads_stopped',
          'error',
          'Meta no longer allows political, electoral or social issue ads in the EU (since October 2025, because of the TTPA regulation): this campaign cannot run for its EU places.',
          'about.fb.com/news/2025/07/ending-political-electoral-and-social-issue-advertising-in-the-eu/',
        ),
      )
  }
  if (name === 'ONLINE_GAMBLING_AND_GAMING')
    findings.push(
      finding(
        'meta_gambling_permission',
        'warning',
        "Online gambling and gaming ads need Meta's prior written permission and may only target the countries it approves.",
        'Meta Advertising Standards, online gambling and gaming (not in platforms.md; unconfirmed here)',
      ),
    )
  if (name === 'HOUSING' || name === 'EMPLOYMENT' || name === 'FINANCIAL_PRODUCTS_SERVICES')
    findings.push(...restrictedCategoryFindings(flat, rules, name))
  return findings
}

const TEEN_DSA =
  'DSA Art. 28(2) forbids ads based on profiling to minors: this audience is all under 18, so its ages were kept and its interest and behaviour criteria were removed instead. Target it by age and place only.'

const TEEN_SOURCE =
  'Meta Business Help Centre, "About advertising to teens" (facebook.com/business/help/229435355723442): since the week of 6 November 2023 ads with locations in the EU, the EEA or Switzerland no longer deliver to audiences under 18'

function teenFindings(flat: FlatAudience, rules: MetaRules): PolicyFinding[] {
  const paused = rules.countries.filter((c) => TEEN_ADS_PAUSED.has(c))
  if (rules.sac || flat.age.value.min >= 18 || (paused.length === 0 && !rules.hasCircle)) return []
  const where = paused.length > 0 ? paused.join(', ') : 'the circles (they may lie in the EU)'
  const what = rules.teenAdsPaused
    ? flat.age.value.max !== null && flat.age.value.max < 18
      ? 'nobody in this audience will see the ads on Facebook or Instagram'
      : 'the ad set starts at 18 and its under-18s are not reached'
    : `its under-18s in ${where} will not see the ads (they may still reach under-18s elsewhere)`
  return [
    {
      code: 'meta_eu_teens_undeliverable',
      severity: 'error',
      path: flat.age.path,
      message: `Meta delivers no ads to people under 18 located in the EU, the EEA or Switzerland (${where}): ${what}. kohde's estimate counts no one under 18 there. Raise the minimum age to 18, or reach them on another channel.`,
      source: TEEN_SOURCE,
    },
  ]
}

/** Meta's policy findings for one compile, after the shared EU findings. */
export function metaPolicy(
  flat: FlatAudience,
  rules: MetaRules,
  name: MetaSpecialAdCategory | null,
  verdicts: Verdict[],
): PolicyFinding[] {
  const eu = rules.eu.findings.map((f) =>
    f.code === 'dsa_minor_profiling' && rules.teen ? { ...f, message: TEEN_DSA } : f,
  )
  const findings = [...eu, ...teenFindings(flat, rules), ...categoryFindings(flat, rules, name)]
  if (rules.eu.targetsEea)
    findings.push(
      finding(
        'meta_dsa_beneficiary_payor',
        'warning',
        'Ad sets reaching the EU must name who benefits from the ad and who pays for it: replace the placeholders in adSet.dsa_beneficiary and adSet.dsa_payor (GET act_<AD_ACCOUNT_ID>/dsa_recommendations suggests values).',
        'developers.facebook.com/blog/post/2023/05/16/new-marketing-mpa-api-requirements-for-facebook-and-instagram-ads-targeting-eu/',
      ),
    )
  if (!rules.sac)
    findings.push(
      finding(
        'meta_advantage_audience_off',
        'info',
        'targeting_automation.advantage_audience is sent as 0 so that age and detailed targeting stay hard limits; since v23.0 new ad sets need it explicit, and Ads Manager turns Advantage+ audience on by default. Turn it on only if Meta may treat them as suggestions.',
        'developers.facebook.com/documentation/ads-commerce/marketing-api/audiences/reference/targeting-expansion/advantage-audience',
      ),
    )
  findings.push(
    finding(
      'meta_placements_automatic',
      'info',
      "publisher_platforms names the channel; facebook_positions and instagram_positions are left out because their values are unconfirmed, so Meta uses all of that platform's placements. Narrow them in Ads Manager if needed.",
      'platforms.md §6 (8)',
    ),
  )
  if (verdicts.some((v) => v.code === 'meta_detailed_exclusion_removed'))
    findings.push(
      finding(
        'meta_detailed_exclusions_removed',
        'warning',
        'Meta no longer offers detailed-targeting exclusions (interests, behaviours, demographics); the exclusions that remain are custom audiences and locations. Build a custom audience of the people to leave out and exclude that instead.',
        'product.md (policy checks); developers.facebook.com/ads/blog/post/2017/12/04/targeting-exclusions-blog-post/',
      ),
    )
  if (rules.teen && verdicts.some((v) => v.code === 'teen_age_location_only' || v.code === 'teen_gender_unavailable'))
    findings.push(
      finding(
        'meta_teen_age_location_only',
        'warning',
        'The audience includes people under 18: Meta lets advertisers reach them by age and location only, so the other criteria were dropped. Raise the minimum age to 18 (or run a separate 18+ ad set) to keep them.',
        'thehindubusinessline.com 2023-01-12; bandt.com.au (platforms.md §2.8)',
      ),
    )
  return findings
}
