import type { ChannelCompiler } from '../channel.js'
import { fidelityOf } from '../fidelity.js'

// Placeholder until the linkedin compiler lands; replaced wholesale by its owner.
export const linkedinCompiler: ChannelCompiler<Record<string, never>> = {
  channel: 'linkedin',
  capabilities: { ageBrackets: 'any', minAge: 18, genders: true, radius: true, postalCodes: true, exclusions: true, incomeTiers: false },
  compile: () => ({ spec: {}, fidelity: fidelityOf([]), policy: [] }),
}
