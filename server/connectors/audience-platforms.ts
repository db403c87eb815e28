import type { GoogleSpec } from '../../audiences/channels/google/google-spec-schema.js'
import type { LinkedInSpec } from '../../audiences/channels/linkedin/linkedin-spec-schema.js'
import type { MetaSpec } from '../../audiences/channels/meta/meta-spec-schema.js'
import {
  compileAudience,
  SPEC_SCHEMAS,
  type Audience,
  type ChannelId,
  type Platform,
  type Taxonomy,
} from '../../audiences/index.js'
import { HttpError } from '../http/http-errors.js'
import type { Scope } from '../store/store-types.js'
import { agencyCredentials } from './agency-credentials.js'
import type { Skipped } from './connection-schemas.js'
import { agencyTaxonomy, contextOf, type ConnectionDeps } from './connections.js'
import type { Connectors } from './connectors.js'
import { PLATFORM_NAMES } from './platform-error.js'

// The compilers' specs come back as unknown: checked against their schemas, as the exports do. A spec that does not
// pass (e.g. LinkedIn without a location it can name) cannot go to the platform: it is skipped, saying why.
const specOf = <S>(channel: ChannelId, spec: unknown): S | undefined => {
  const parsed = SPEC_SCHEMAS[channel].safeParse(spec)
  return parsed.success ? (parsed.data as S) : undefined
}
const INCOMPLETE =
  'the compiled targeting is incomplete (see the compile fidelity: unresolved criteria); resolve them first'

// Meta serves two channels with one targeting: Facebook's spec when asked for, else Instagram's.
const metaChannel = (channels: readonly ChannelId[]): ChannelId | undefined =>
  channels.includes('facebook') ? 'facebook' : channels.includes('instagram') ? 'instagram' : undefined
const PLATFORM_OF: Record<ChannelId, Platform> = {
  google: 'google',
  facebook: 'meta',
  instagram: 'meta',
  linkedin: 'linkedin',
}

export type AudiencePlatforms = {
  audience: Audience
  taxonomy: Taxonomy
  connectors: Connectors
  // The specs of the asked channels whose platform is connected; the others are in `skipped`.
  specs: { google?: GoogleSpec; meta?: MetaSpec; linkedin?: LinkedInSpec }
  skipped: Skipped[]
  today: Date
}

/** A stored audience compiled for the asked channels, and the connected platforms to send each spec to. */
export async function audiencePlatforms(
  deps: ConnectionDeps,
  scope: Scope,
  audienceId: string,
  channels: readonly ChannelId[],
): Promise<AudiencePlatforms> {
  const audience = await deps.store.audiences.resolved(scope, audienceId)
  if (!audience) throw new HttpError('not_found', 'no such audience')
  const ctx = contextOf(deps)
  const taxonomy = await agencyTaxonomy(deps, scope.agencyId)
  const compiled = compileAudience(audience, taxonomy, channels)
  const { credentials, states } = await agencyCredentials(ctx, deps.store, scope.agencyId)
  const skipped: Skipped[] = []
  const asked = new Set(channels.map((c) => PLATFORM_OF[c]))
  const connected = (platform: Platform) => {
    if (!asked.has(platform)) return false
    if (states.some((s) => s.platform === platform && s.configured !== 'off')) return true
    const reason = `${PLATFORM_NAMES[platform]} is not connected: an admin stores its credentials.`
    skipped.push({ platform, code: 'not_connected', reason })
    return false
  }
  const usable = <S>(platform: Platform, channel: ChannelId): S | undefined => {
    const result = compiled[channel]
    const spec = result && specOf<S>(channel, result.spec)
    if (result && !spec) skipped.push({ platform, code: 'spec_incomplete', reason: INCOMPLETE })
    return spec
  }
  const meta = metaChannel(channels)
  const google = connected('google') ? usable<GoogleSpec>('google', 'google') : undefined
  const metaSpec = meta && connected('meta') ? usable<MetaSpec>('meta', meta) : undefined
  const linkedin = connected('linkedin') ? usable<LinkedInSpec>('linkedin', 'linkedin') : undefined
  return {
    audience,
    taxonomy,
    connectors: ctx.connect(credentials),
    specs: { ...(google && { google }), ...(metaSpec && { meta: metaSpec }), ...(linkedin && { linkedin }) },
    skipped,
    today: ctx.deps.clock(),
  }
}
