import type { ChannelId, CompileResult } from './channels/channel.js'
import { CHANNEL_IDS } from './channels/channel.js'
import { compileChannels } from './channels/index.js'
import type { Audience } from './model/audience-schema.js'
import { assertAudienceValid } from './model/audience-validate.js'
import type { Taxonomy } from './taxonomy/taxonomy.js'

export type CompiledChannels = Partial<Record<ChannelId, CompileResult<unknown>>>

/** Validates an audience and compiles it for each channel; throws DomainError audience_invalid (422) when it cannot be targeted. */
export function compileAudience(
  audience: Audience,
  taxonomy: Taxonomy,
  channels: readonly ChannelId[] = CHANNEL_IDS,
): CompiledChannels {
  const flat = assertAudienceValid(audience, taxonomy)
  return Object.fromEntries(compileChannels(flat, taxonomy, channels))
}
