import type { z } from 'zod'
import type { FlatAudience } from '../model/flat-audience.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { ChannelCompiler, ChannelId, CompileResult } from './channel.js'
import { googleCompiler } from './google/google-compiler.js'
import { GoogleSpecSchema } from './google/google-spec-schema.js'
import { linkedinCompiler } from './linkedin/linkedin-compiler.js'
import { LinkedInSpecSchema } from './linkedin/linkedin-spec-schema.js'
import { forMetaChannel, metaCompiler } from './meta/meta-compiler.js'
import type { MetaSpec } from './meta/meta-spec-schema.js'
import { MetaSpecSchema } from './meta/meta-spec-schema.js'

// A channel missing here fails the typecheck.
export const COMPILERS: Record<ChannelId, ChannelCompiler<unknown>> = {
  google: googleCompiler,
  facebook: metaCompiler('facebook'),
  instagram: metaCompiler('instagram'),
  linkedin: linkedinCompiler,
}

/**
 * Each channel's result, in the order asked, each channel once. Facebook and Instagram compile alike but for
 * publisher_platforms: when both are asked, Meta's compile runs once and the second is the first re-addressed.
 */
export function compileChannels(
  flat: FlatAudience,
  taxonomy: Taxonomy,
  channels: readonly ChannelId[],
): Map<ChannelId, CompileResult<unknown>> {
  const results = new Map<ChannelId, CompileResult<unknown>>()
  for (const channel of channels) {
    if (results.has(channel)) continue
    const meta = channel === 'facebook' || channel === 'instagram' ? channel : null
    const other = meta && results.get(meta === 'facebook' ? 'instagram' : 'facebook')
    const result = meta && other ? forMetaChannel(other as CompileResult<MetaSpec>, meta) : null
    results.set(channel, result ?? COMPILERS[channel].compile(flat, taxonomy))
  }
  return results
}

export const SPEC_SCHEMAS: Record<ChannelId, z.ZodType> = {
  google: GoogleSpecSchema,
  facebook: MetaSpecSchema,
  instagram: MetaSpecSchema,
  linkedin: LinkedInSpecSchema,
}
