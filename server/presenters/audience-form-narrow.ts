import {
  AudienceSchema,
  CHANNEL_IDS,
  LINKEDIN_MIN_AUDIENCE,
  preparePlan,
  validateAudience,
  type PlannedLine,
  type Taxonomy,
} from '../../audiences/index.js'
import type { Translate } from '../i18n/translate.js'

// Seed 003's example test budget: "100 euroa / 10 000 mainosnäyttöä" on Facebook at the rate card's CPM.
const TEST_BUDGET = 100
// A test budget that shows each person the ad this many times or more reaches everyone many times over (assumption).
const TINY_FREQUENCY = 10

export type NarrowWarning = { channel: string; text: string }

/**
 * Channels where the draft is too narrow: below LinkedIn's 300-member minimum (audienceCounts doc), or so small that
 * even seed 003's 100 € test budget would show each person the ad 10 times or more. Nothing when the draft cannot be
 * estimated yet (it has errors the form shows).
 */
export function narrowWarnings(candidate: unknown, taxonomy: Taxonomy, t: Translate, format: (n: number) => string) {
  const parsed = AudienceSchema.safeParse(candidate)
  if (!parsed.success || validateAudience(parsed.data, taxonomy).length > 0) return []
  let lines
  try {
    lines = preparePlan({ audience: parsed.data, lines: CHANNEL_IDS.map((channel) => ({ channel })) }, taxonomy).lines
  } catch {
    return []
  }
  return lines.flatMap((line) => narrowWarningOf(line, t, format) ?? [])
}

/** One planned line's narrow warning, or null when its audience is large enough. */
export function narrowWarningOf(
  line: Pick<PlannedLine, 'channel' | 'audienceSize' | 'rates'>,
  t: Translate,
  format: (n: number) => string,
): NarrowWarning | null {
  const size = Math.round(line.audienceSize.value)
  const channel = t(`channel.${line.channel}`)
  const frequency = (1000 * TEST_BUDGET) / line.rates.cpm / Math.max(size, 1)
  if (line.channel === 'linkedin' && size < LINKEDIN_MIN_AUDIENCE)
    return {
      channel,
      text: t('brief.narrow.minimum', { channel, size: format(size), minimum: format(LINKEDIN_MIN_AUDIENCE) }),
    }
  if (frequency >= TINY_FREQUENCY)
    return {
      channel,
      text: t('brief.narrow.tiny', {
        channel,
        size: format(size),
        budget: format(TEST_BUDGET),
        times: format(Math.floor(frequency)),
      }),
    }
  return null
}
