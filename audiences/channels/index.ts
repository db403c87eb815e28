import type { ChannelCompiler, ChannelId } from './channel.js'
import { googleCompiler } from './google/google-compiler.js'
import { linkedinCompiler } from './linkedin/linkedin-compiler.js'
import { metaCompiler } from './meta/meta-compiler.js'

// A channel missing here fails the typecheck.
export const COMPILERS: Record<ChannelId, ChannelCompiler<unknown>> = {
  google: googleCompiler,
  facebook: metaCompiler('facebook'),
  instagram: metaCompiler('instagram'),
  linkedin: linkedinCompiler,
}
