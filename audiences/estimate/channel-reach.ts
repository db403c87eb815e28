import type { ChannelId } from '../channels/channel.js'
import type { AssumptionLog } from './assumption-log.js'
import type { ShareBand } from './criteria-share.js'
import type { CountryBreakdown } from './population-breakdown.js'

// Share of a country's people (aged 16–74 unless said) whom the channel can reach, with its source.
export type ChannelReach = { share: ShareBand; minAge: number; outsideCoreAges: number; source: string }

const SOCIAL_OUTSIDE_CORE = 0.5
// Statistics Finland 11re, 31 Dec 2019.
const FI_16_74 = 4_069_201
const FI_18_74 = 3_951_652
const FI_75_UP = 524_583
const PONKA = 'DNA survey of people aged 16–74 (2022) via Pönkä 07/2022'
// The people 18+ a share of the 18–74 applies to, 75+ counting half (SOCIAL_OUTSIDE_CORE).
const FI_META_BASE = FI_18_74 + SOCIAL_OUTSIDE_CORE * FI_75_UP

const FINLAND: Record<ChannelId, ChannelReach> = {
  google: {
    share: { value: 0.977, low: 0.9, high: 0.99 },
    minAge: 13,
    outsideCoreAges: 1,
    source:
      'internet users 97.7 % of the population, Jan 2023 (DataReportal via Helsinki Times); band 0.90–0.99 kohde assumption',
  },
  // Meta's own ad tools are the most authoritative count of whom an ad set can reach: 2.7–2.8 M aged 18+ (late 2021).
  // The survey's "any use" (3.33 M of 16–74, about 3.45 M of 18+) is 23–28 % above them: it stays the high end.
  facebook: {
    share: { value: 2_750_000 / FI_META_BASE, low: 2_700_000 / FI_META_BASE, high: 3_330_000 / FI_16_74 },
    minAge: 13,
    outsideCoreAges: SOCIAL_OUTSIDE_CORE,
    source: `Meta's ad tools: about 2.7–2.8 M people aged 18+ in Finland (Meltwater, late 2021; platforms.md §7), 2.75 M taken, ÷ 3.95 M aged 18–74 + half of 0.52 M aged 75+ (Statistics Finland 11re 2019); low 2.7 M; high: 3.33 M any use ÷ 4.07 M aged 16–74, ${PONKA}`,
  },
  instagram: {
    share: { value: 2_600_000 / FI_16_74, low: (0.85 * 2_600_000) / FI_16_74, high: 3_500_000 / 4_776_358 },
    minAge: 13,
    outsideCoreAges: SOCIAL_OUTSIDE_CORE,
    source: `2.60 M any use ÷ 4.07 M aged 16–74, ${PONKA}; high: 3.5 M monthly users ÷ 4.78 M aged 13+ (Meta EU DSA transparency report, H1 2025); low −15 % kohde assumption`,
  },
  linkedin: {
    share: { value: 1_340_000 / FI_16_74, low: 850_000 / FI_16_74, high: (1.15 * 1_340_000) / FI_16_74 },
    minAge: 18,
    outsideCoreAges: SOCIAL_OUTSIDE_CORE,
    source: `1.34 M any use ÷ 4.07 M aged 16–74; low: 0.85 M weekly users; ${PONKA}; high +15 % kohde assumption`,
  },
}

const SWEDEN: Record<ChannelId, ChannelReach> = {
  google: {
    ...FINLAND.google,
    share: { value: 0.981, low: 0.9, high: 0.99 },
    source: 'internet users 98.1 % of the population, Jan 2024 (DataReportal); band 0.90–0.99 kohde assumption',
  },
  facebook: {
    ...FINLAND.facebook,
    source: `no Swedish figure: Finland's used (assumption); ${FINLAND.facebook.source}`,
  },
  instagram: {
    ...FINLAND.instagram,
    share: { value: 8.0 / 10.64, low: (0.85 * 8.0) / 10.64, high: (1.1 * 8.0) / 10.64 },
    source:
      '8.0 M monthly users (Meta EU DSA report, H1 2025) ÷ 10.64 M people (DataReportal 2024); band −15 %/+10 % kohde assumption',
  },
  linkedin: {
    ...FINLAND.linkedin,
    share: { value: 0.24, low: 0.17, high: 0.35 },
    source: '24 % of the population (somehow.fi, 2015); band 0.17–0.35 kohde assumption (use has grown since 2015)',
  },
}

const REACH_BY_COUNTRY: Record<string, Record<ChannelId, ChannelReach>> = { FI: FINLAND, SE: SWEDEN }

// LinkedIn membership among managers and professionals is far above the population's 33 % (16–74); kohde ships no
// Finnish figure by occupation, so when the channel targets professional criteria it assumes 60 % (40–80 %).
const PROFESSIONAL_REACH: Partial<Record<ChannelId, ShareBand>> = { linkedin: { value: 0.6, low: 0.4, high: 0.8 } }
const PROFESSIONAL_SOURCE =
  'kohde assumption: LinkedIn members among the managers and professionals its criteria target (no Finnish figure by occupation shipped; the 33 % population average would understate them); band 40–80 %'

/** How much of a country's population a channel reaches; other countries borrow Finland's figures with a wider band. */
export function channelReach(channel: ChannelId, country: string): ChannelReach {
  const known = REACH_BY_COUNTRY[country]?.[channel]
  if (known) return known
  const proxy = FINLAND[channel]
  return {
    ...proxy,
    share: { ...proxy.share, low: proxy.share.low * 0.75 },
    source: `no ${country} figure: Finland's used with the low end −25 % (assumption); ${proxy.source}`,
  }
}

// Multiplier per age segment (under 13, 13–15, 16–17, 18–74, 75+): surveys cover 16–74.
export function segmentWeights(reach: ChannelReach): number[] {
  const outside = reach.outsideCoreAges
  return [0, reach.minAge <= 13 ? outside : 0, reach.minAge <= 16 ? 1 : 0, 1, outside]
}

/** People matching the audience whom the channel reaches: Σ over countries and age segments. */
export function channelAudience(
  channel: ChannelId,
  countries: readonly CountryBreakdown[],
  log: AssumptionLog,
  options: { professional?: boolean } = {},
): ShareBand {
  const size = { value: 0, low: 0, high: 0 }
  const professional = options.professional ? PROFESSIONAL_REACH[channel] : undefined
  for (const row of countries) {
    const base = channelReach(channel, row.country)
    const reach = professional ? { ...base, share: professional, source: PROFESSIONAL_SOURCE } : base
    log.add(
      `reach.${channel}.${row.country}${professional ? '.professionals' : ''}`,
      round(reach.share.value),
      reach.source,
      { code: 'reach.published', params: { channel, country: row.country } },
    )
    if (reach.outsideCoreAges !== 1 && row.matching.value[1]! + row.matching.value[4]! > 0)
      log.add(
        `reach.${channel}.agesOutside16to74`,
        reach.outsideCoreAges,
        'kohde assumption: people 13–15 and 75+ use the channel half as often',
        { code: 'reach.agesOutside' },
      )
    if (reach.minAge > 13 && row.matching.value[1]! + row.matching.value[2]! > 0)
      log.add(`reach.${channel}.minimumAge`, reach.minAge, 'the platform serves ads from this age (kohde assumption)', {
        code: 'reach.minimumAge',
      })
    const weights = segmentWeights(reach)
    weights.forEach((w, s) => {
      size.value += row.matching.value[s]! * reach.share.value * w
      size.low += row.matching.low[s]! * reach.share.low * w
      size.high += row.matching.high[s]! * reach.share.high * w
    })
  }
  return size
}

const round = (x: number) => Math.round(x * 1e4) / 1e4
