import type { ChannelId } from '../../audiences/index.js'

// Platform names are brands: the same in every language.
export const CHANNEL_LABELS: Record<ChannelId, string> = {
  google: 'Google',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
}
export const CHANNELS = Object.keys(CHANNEL_LABELS) as ChannelId[]

/** A line's name on the page: its channel, and its audience when the plan has several. */
export const lineLabel = (channel: ChannelId, audienceName: string | null, severalAudiences: boolean) =>
  severalAudiences && audienceName ? `${CHANNEL_LABELS[channel]} · ${audienceName}` : CHANNEL_LABELS[channel]
