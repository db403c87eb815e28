import type { ChannelId } from '../channels/channel.js'
import { LINKEDIN_MIN_AUDIENCE } from '../channels/linkedin/linkedin-policy.js'

/** The ad platform a channel is bought on: Facebook and Instagram are both bought in Meta's Ads Manager. */
export const PLATFORM_OF: Record<ChannelId, 'google' | 'meta' | 'linkedin'> = {
  google: 'google',
  facebook: 'meta',
  instagram: 'meta',
  linkedin: 'linkedin',
}
export type GuidancePlatform = (typeof PLATFORM_OF)[ChannelId]

/** Effective frequency over the flight when the plan sets none: 1–10 on every channel. */
export const DEFAULT_FREQUENCY_RANGE = { min: 1, max: 10 } as const
export const FREQUENCY_RANGE_SOURCE =
  'kohde default 1–10 over the flight: Krugman (1972, J. Advertising Research 12(6)) three exposures; Naples (1979, ANA ' +
  '"Effective Frequency") effective frequency is a range, below it too little, above it wastage; Jones (1995) and ' +
  'McDonald (ANA 1995) found one exposure can work, hence the minimum 1; Google Reach Planner reports effective ' +
  'reach at frequencies 1 to 10 (Google Ads API EffectiveFrequencyBreakdown), hence the ceiling 10. No study fixes ' +
  'one ceiling for every brand: set your own per channel (a long flight can carry more).'

/** Marginal reach per euro, as a share of the first euro's, below which more budget counts as diminishing returns. */
export const DEFAULT_MARGINAL_THRESHOLD = 0.1
export const MARGINAL_THRESHOLD_SOURCE =
  'kohde default: the last euro buys a tenth of the reach the first euro did; no standard value exists, set your own. ' +
  'Curves from planning-science.md (Poisson, negative binomial, Goerg 2014)'

export type PlatformMinimum = { minimum: number; source: string }

// The smallest audience each platform serves; Meta and Google publish theirs for audience lists only.
export const PLATFORM_MINIMUMS: Record<GuidancePlatform, PlatformMinimum> = {
  linkedin: {
    minimum: LINKEDIN_MIN_AUDIENCE,
    source:
      'LinkedIn Marketing API, Audience Counts: "300 is the minimum audience size in order to run a campaign" ' +
      '(learn.microsoft.com/en-us/linkedin/marketing/integrations/ads/advertising-targeting/audience-counts)',
  },
  meta: {
    minimum: 100,
    source:
      'Meta requires at least 100 matched people before a Custom Audience can be used for ad targeting (Meta, About ' +
      'Custom Audiences, as quoted in the Salesforce Data Cloud Meta connector guide); Meta publishes no minimum for ' +
      'other targeting, so kohde uses 100 for every Meta line',
  },
  google: {
    minimum: 100,
    source:
      'Google: audience lists need 100 or more 30-day active users to serve on network inventory, 1,000 on YouTube ' +
      '(support.google.com/ads-data-hub/answer/9935747); Google publishes no minimum for demographic targeting, so ' +
      'kohde uses 100 for every Google line',
  },
}

export const AUCTION_OVERLAP_SOURCE =
  'Meta Business Help Centre, "Understanding auction overlap" (facebook.com/business/help/537699989762051): ads of ' +
  'one advertiser whose audiences overlap enter the same auctions and only one competes; combining similar ad sets ' +
  'reduces it. kohde applies the same rule to two lines of one platform and one audience on Google and LinkedIn.'

// Meta frequency_control_specs: max_frequency and interval_days each 1–90 (Marketing API reference,
// ad-campaign-frequency-control-specs); Google Ads FrequencyCapEntry: a cap per DAY, WEEK or MONTH (Display and Video).
export const META_CAP_MAX_INTERVAL_DAYS = 90
export const CAP_SOURCES = {
  meta: 'Meta Marketing API frequency_control_specs: at most max_frequency impressions every interval_days (each 1–90)',
  google:
    'Google Ads API FrequencyCapEntry: at most cap impressions per DAY, WEEK or MONTH (Display and Video campaigns)',
} as const

/** Whether a line can take a frequency cap: Meta ad sets, and Google Display (CPM) but not Search (CPC). */
export function takesFrequencyCap(channel: ChannelId, pricing: 'cpm' | 'cpc'): boolean {
  const platform = PLATFORM_OF[channel]
  return platform === 'meta' || (platform === 'google' && pricing === 'cpm')
}
