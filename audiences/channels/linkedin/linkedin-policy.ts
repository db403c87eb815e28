import type { FlatAudience } from '../../model/flat-audience.js'
import type { EuPolicy } from '../../policy/eu-policy.js'
import type { PolicyFinding } from '../channel.js'
import { pathKey } from '../fidelity.js'
import type { CompiledDemographics } from './linkedin-demographics.js'
import type { CompiledGeo } from './linkedin-geo.js'
import type { CompiledTerms } from './linkedin-terms.js'

const ADS_TARGETING_DOC =
  'learn.microsoft.com/en-us/linkedin/marketing/integrations/ads/advertising-targeting/ads-targeting'
const AUDIENCE_COUNTS_DOC =
  'learn.microsoft.com/en-us/linkedin/marketing/integrations/ads/advertising-targeting/audience-counts'
export const LINKEDIN_MIN_AUDIENCE = 300

export type LinkedInPolicyInput = {
  flat: FlatAudience
  eu: EuPolicy
  geo: CompiledGeo
  demographics: CompiledDemographics
  terms: CompiledTerms
}

function audienceSize({ flat }: LinkedInPolicyInput): PolicyFinding[] {
  const minimum: PolicyFinding = {
    code: 'linkedin_audience_minimum',
    severity: 'warning',
    message: `LinkedIn refuses campaigns whose audience is under ${LINKEDIN_MIN_AUDIENCE} members. kohde cannot count LinkedIn members: check the compiled criteria with audienceCounts (its total is 0 below ${LINKEDIN_MIN_AUDIENCE}) before launch.`,
    source: AUDIENCE_COUNTS_DOC,
  }
  const places = flat.geoInclude.map((g) => g.value)
  const pinpoint = places.every((p) => 'postalCode' in p || 'radius' in p)
  if (!pinpoint || flat.include.length === 0) return [minimum]
  const tiny: PolicyFinding = {
    code: 'linkedin_audience_likely_too_small',
    severity: 'warning',
    path: flat.geoInclude[0]?.path.slice(0, -1) ?? ['geo', 'include'],
    message: `The audience is ${places.length} postal area(s) or circle(s) AND ${flat.include.length} criteria group(s): that is likely far below LinkedIn's ${LINKEDIN_MIN_AUDIENCE}-member minimum. Widen the area or drop a group, and confirm with audienceCounts.`,
    source: AUDIENCE_COUNTS_DOC,
  }
  return [minimum, tiny]
}

function facetRules({ terms }: LinkedInPolicyInput): PolicyFinding[] {
  return terms.breaches.map(({ breach, path, againstPath, facets }) => ({
    code: breach.rule.code,
    severity: 'warning',
    path,
    message: `LinkedIn: ${breach.rule.rule}. The ${facets.join(' and ')} of the group at ${pathKey(path)} clash with the group at ${pathKey(againstPath)} and were left out, so the LinkedIn audience differs from what was asked (the fidelity report says how). To keep both, run them as separate campaigns.`,
    source: breach.rule.source,
  }))
}

function groupBan({ terms }: LinkedInPolicyInput): PolicyFinding[] {
  return terms.bannedGroups.map((path) => ({
    code: 'linkedin_eea_group_ban',
    severity: 'error',
    path,
    message:
      'Since 2024-06-07 LinkedIn no longer lets advertisers build audiences in the EU/EEA from LinkedIn Group membership: the group criterion was removed. Target by professional criteria instead.',
    source:
      'globalwitness.org press release 2024-06-07; LinkedIn statement quoted by silicon.co.uk (platforms.md §3.7)',
  }))
}

function reach({ flat, geo, demographics }: LinkedInPolicyInput): PolicyFinding[] {
  const findings: PolicyFinding[] = []
  if (geo.include.length === 0)
    findings.push({
      code: 'linkedin_location_required',
      severity: 'error',
      path: flat.geoInclude[0]?.path.slice(0, -1) ?? ['geo', 'include'],
      message:
        'A LinkedIn campaign needs at least one location, and no place of this audience has a LinkedIn location URN (radius circles cannot be used). Add a country, or look the places up and store their URNs.',
      source: 'LinkedIn Help "Targeting options for LinkedIn Ads" (Locations required); platforms.md §3.7',
    })
  if (demographics.ageUnreachable)
    findings.push({
      code: 'linkedin_age_unreachable',
      severity: 'error',
      path: flat.age.path,
      message:
        'LinkedIn cannot target this age range (its brackets start at 18), so the spec carries no age filter and would reach adults. Do not run this audience on LinkedIn.',
      source: 'learn.microsoft.com/en-us/linkedin/shared/references/v2/ads/targeting-criteria-facet-urns',
    })
  if (demographics.ageRanges.length > 0 || demographics.genders.length > 0)
    findings.push({
      code: 'linkedin_age_gender_inferred',
      severity: 'info',
      message:
        'LinkedIn infers age and gender for many members rather than having them stated, so age and gender filters are estimates and leave out members LinkedIn cannot place.',
      source: 'learn.microsoft.com/en-us/linkedin/shared/references/v2/ads/targeting-facets',
    })
  return findings
}

// LinkedIn Advertising Policies, prohibited content "Political": ads for or against a candidate, party or ballot
// proposition, or meant to influence an election, political fundraising, and ads exploiting a sensitive political
// issue (linkedin.com/legal/ads-policy; summarised at conductatlas.com …/political-advertising-global-prohibition).
const POLITICAL_ADS_POLICY =
  'LinkedIn Advertising Policies, "Political" (linkedin.com/legal/ads-policy): political ads are prohibited in every country'

function notices({ flat }: LinkedInPolicyInput): PolicyFinding[] {
  const category = flat.specialAdCategory.value
  const unchecked: PolicyFinding[] =
    category === 'none'
      ? []
      : category === 'politics'
        ? [
            {
              code: 'linkedin_political_ads_banned',
              severity: 'error',
              path: flat.specialAdCategory.path,
              message:
                'LinkedIn bans political ads everywhere: ads for or against a candidate, party or ballot measure, ads meant to influence an election, political fundraising and ads exploiting a sensitive political issue. Do not run this audience on LinkedIn.',
              source: POLITICAL_ADS_POLICY,
            },
          ]
        : [
            {
              code: 'linkedin_special_ad_category_unchecked',
              severity: 'info',
              path: flat.specialAdCategory.path,
              message: `The audience is declared ${category}. LinkedIn's own rules for ${category} ads were not checked by kohde, and the LinkedIn spec carries no category field: read LinkedIn's Advertising Policies for ${category} ads before launch.`,
              source: 'platforms.md §6 open question 12',
            },
          ]
  return [
    ...unchecked,
    {
      code: 'linkedin_targeting_discrimination_notice',
      severity: 'info',
      message:
        "Apps that use LinkedIn's targeting must show advertisers LinkedIn's Targeting Discrimination Notice in their user interface.",
      source: ADS_TARGETING_DOC,
    },
  ]
}

/** LinkedIn's platform rules and the EU findings that apply to this audience. */
export function linkedinPolicy(input: LinkedInPolicyInput): PolicyFinding[] {
  return [
    ...input.eu.findings,
    ...reach(input),
    ...groupBan(input),
    ...facetRules(input),
    ...audienceSize(input),
    ...notices(input),
  ]
}
