import type { ChannelCompiler } from '../channel.js'
import { fidelityOf } from '../fidelity.js'

// Placeholder until the meta compiler lands; replaced wholesale by its owner.
export const metaCompiler = (channel: 'facebook' | 'instagram'): ChannelCompiler<Record<string, never>> => ({
  channel,
  capabilities: { ageBrackets: 'any', minAge: 13, genders: true, radius: true, postalCodes: true, exclusions: true, incomeTiers: false },
  compile: () => ({ spec: {}, fidelity: fidelityOf([]), policy: [] }),
})
