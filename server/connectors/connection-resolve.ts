import { PLATFORMS, type MappingOverride, type Platform } from '../../audiences/index.js'
import { HttpError } from '../http/http-errors.js'
import type { Actor } from '../store/store-types.js'
import { agencyCredentials } from './agency-credentials.js'
import type { ResolveReportView } from './connection-schemas.js'
import type { ConnectionDeps } from './connections.js'
import { connectorsOff } from './connector-context.js'
import { isoDate } from './live-result.js'
import { toFailureView } from './live-estimates.js'
import type { MappingStore } from './mapping-store.js'
import { PLATFORM_NAMES } from './platform-error.js'
import { formatResolveResult } from './resolve-report.js'
import { ResolveAbortedError, resolveIdentifiers, type ResolveResult } from './resolve-identifiers.js'

export type ResolveRunOptions = {
  platforms?: readonly Platform[] | undefined
  keyPrefix?: string | undefined
  limit?: number | undefined
  recheck?: boolean | undefined
  dryRun?: boolean | undefined
}

class MappingsTakenError extends Error {}

// source is "live <platform> <account>" (resolve-identifiers.ts liveMapping): the account is what follows.
const accountOf = (o: MappingOverride) => o.mapping.source?.replace(`live ${o.platform} `, '') ?? ''

function agencyMappingStore(deps: ConnectionDeps, actor: Actor | null, agencyId: string): MappingStore {
  return {
    list: () => deps.store.platformMappings.list(agencyId),
    async saveAll(overrides) {
      const writes = overrides.map((override) => ({ override, account: accountOf(override) }))
      if ((await deps.store.platformMappings.saveAll(actor, agencyId, writes)) === 'taken')
        throw new MappingsTakenError()
    },
  }
}

const statusOf = (result: ResolveResult, dryRun: boolean): ResolveReportView['status'] =>
  dryRun ? 'dry_run' : result.written ? 'stored' : 'nothing_to_store'

/**
 * POST /connectors/resolve, `kohde resolve` and the admin page: looks up the agency's unresolved identifiers on its
 * connected platforms and stores the exact matches in one write. A platform failure part-way writes nothing and
 * comes back as status "aborted" with the platform's code; another run storing the same keys meanwhile is a 409.
 */
export async function runResolve(
  deps: ConnectionDeps,
  actor: Actor | null,
  agencyId: string,
  options: ResolveRunOptions = {},
): Promise<ResolveReportView> {
  const ctx = deps.connectors ?? connectorsOff()
  const { credentials, states } = await agencyCredentials(ctx, deps.store, agencyId)
  const asked = options.platforms ?? PLATFORMS
  const platforms = asked.filter((p) => states.some((s) => s.platform === p && s.configured !== 'off'))
  if (platforms.length === 0)
    throw new HttpError(
      'conflict',
      `${asked.map((p) => PLATFORM_NAMES[p]).join(', ')}: not connected; store credentials or set the KOHDE_* variables first`,
      [{ path: ['platforms'], message: 'no connected platform to look up', code: 'connector_off' }],
    )
  const dryRun = options.dryRun ?? false
  const date = isoDate(ctx.deps.clock())
  const record = async (
    outcome: (p: Platform) => {
      outcome: 'stored' | 'nothing_stored' | 'aborted'
      stored: number
      message: string | null
    },
  ) => {
    if (dryRun) return
    const at = ctx.deps.clock().toISOString()
    for (const platform of platforms)
      await deps.store.platformMappings.recordRun(agencyId, {
        platform,
        at,
        actorEmail: actor?.email ?? null,
        ...outcome(platform),
      })
  }
  try {
    const result = await resolveIdentifiers({
      parts: ctx.parts,
      connectors: ctx.connect(credentials),
      store: agencyMappingStore(deps, actor, agencyId),
      clock: ctx.deps.clock,
      platforms,
      ...(options.keyPrefix ? { keyPrefix: options.keyPrefix } : {}),
      ...(options.limit ? { limit: options.limit } : {}),
      recheck: options.recheck ?? false,
      dryRun,
    })
    await record((p) => {
      const stored = result.written ? result.overrides.filter((o) => o.platform === p).length : 0
      return { outcome: stored > 0 ? 'stored' : 'nothing_stored', stored, message: null }
    })
    return {
      status: statusOf(result, dryRun),
      date,
      stored: result.written ? result.overrides.length : 0,
      items: result.items,
      remaining: result.remaining,
      failure: null,
      text: formatResolveResult(result, dryRun),
    }
  } catch (error) {
    if (error instanceof MappingsTakenError)
      throw new HttpError(
        'conflict',
        'another resolve stored some of these identifiers meanwhile; nothing was written: run it again',
      )
    if (!(error instanceof ResolveAbortedError)) throw error
    await record((p) => ({ outcome: 'aborted', stored: 0, message: p === error.at.platform ? error.message : null }))
    return {
      status: 'aborted',
      date,
      stored: 0,
      items: [],
      remaining: 0,
      failure: {
        key: error.at.key,
        platform: error.at.platform,
        lookedUp: error.lookedUp,
        error: toFailureView(error.failure),
      },
      text: `${error.message}\n`,
    }
  }
}
