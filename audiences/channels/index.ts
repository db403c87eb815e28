import type { z } from 'zod'
import type { ChannelCompiler, ChannelId } from './channel.js'
import { googleCompiler } from './google/google-compiler.js'
import { GoogleSpecSchema } from './google/google-spec-schema.js'
import { linkedinCompiler } from './linkedin/linkedin-compiler.js'
import { LinkedInSpecSchema } from './linkedin/linkedin-spec-schema.js'
import { metaCompiler } from './meta/meta-compiler.js'
import { MetaSpecSchema } from './meta/meta-spec-schema.js'

// A channel missing here fails the typecheck.
export const COMPILERS: Record<ChannelId, ChannelCompiler<unknown>> = {
  google: googleCompiler,
  facebook: metaCompiler('facebook'),
  instagram: metaCompiler('instagram'),
  linkedin: linkedinCompiler,
}

export const SPEC_SCHEMAS: Record<ChannelId, z.ZodType> = {
  google: GoogleSpecSchema,
  facebook: MetaSpecSchema,
  instagram: MetaSpecSchema,
  linkedin: LinkedInSpecSchema,
}
