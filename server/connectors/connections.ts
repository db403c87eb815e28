import type { Platform, Taxonomy } from '../../audiences/index.js'
import { HttpError } from '../http/http-errors.js'
import { parseRequest } from '../http/parse-request.js'
import type { Store } from '../store/store.js'
import type { Actor } from '../store/store-types.js'
import { agencyCredentials, CREDENTIAL_SCHEMAS } from './agency-credentials.js'
import { createAgencyTaxonomies, type AgencyTaxonomies } from './agency-taxonomy.js'
import type { ConnectorStatus } from './connection-schemas.js'
import { connectorsOff, type ConnectorContext } from './connector-context.js'
import { linkedInVersionStatus, linkedInVersionWarning } from './linkedin/linkedin-version.js'
import { PLATFORM_NAMES } from './platform-error.js'

export { runResolve } from './connection-resolve.js'

/** What every connector use case needs; AppDeps has this shape, so routes and web pages pass their deps. */
export type ConnectionDeps = { store: Store; taxonomy: Taxonomy; connectors?: ConnectorContext | undefined }

export const contextOf = (deps: ConnectionDeps): ConnectorContext => deps.connectors ?? connectorsOff()

const caches = new WeakMap<Store, WeakMap<Taxonomy, AgencyTaxonomies>>()

/** The taxonomy an agency compiles with: the shipped one with the agency's resolved identifiers laid over it. */
export function agencyTaxonomy(deps: ConnectionDeps, agencyId: string): Promise<Taxonomy> {
  const byTaxonomy = caches.get(deps.store) ?? new WeakMap<Taxonomy, AgencyTaxonomies>()
  caches.set(deps.store, byTaxonomy)
  let taxonomies = byTaxonomy.get(deps.taxonomy)
  if (!taxonomies) {
    taxonomies = createAgencyTaxonomies(deps.taxonomy, contextOf(deps).parts, deps.store.platformMappings)
    byTaxonomy.set(deps.taxonomy, taxonomies)
  }
  return taxonomies.forAgency(agencyId)
}

/** GET /connectors and the admin page: per platform where its credentials come from, problems, the last resolve. */
export async function connectionStatus(deps: ConnectionDeps, agencyId: string): Promise<ConnectorStatus[]> {
  const { credentials, states } = await agencyCredentials(contextOf(deps), deps.store, agencyId)
  const runs = new Map((await deps.store.platformMappings.runs(agencyId)).map((r) => [r.platform, r]))
  const version = credentials.linkedin ? linkedInVersionStatus(credentials.linkedin.version, new Date()) : null
  const warning = version && linkedInVersionWarning(version)
  return states.map((state) => {
    const run = runs.get(state.platform)
    const linkedin = state.platform === 'linkedin' && state.configured !== 'off'
    return {
      ...state,
      problems:
        linkedin && warning
          ? [...state.problems, { code: `linkedin_version_${version.state}`, message: warning }]
          : state.problems,
      apiVersion: linkedin ? version : null,
      name: PLATFORM_NAMES[state.platform],
      lastResolve: run
        ? { at: run.at, by: run.actorEmail, outcome: run.outcome, stored: run.stored, message: run.message }
        : null,
    }
  })
}

const statusOf = async (deps: ConnectionDeps, agencyId: string, platform: Platform) =>
  (await connectionStatus(deps, agencyId)).find((s) => s.platform === platform)!

/**
 * Seals and stores an agency's credentials for one platform (replacing any before). The input is checked against
 * the platform's schema (400 with paths); without KOHDE_SECRET_KEY nothing is stored (409 secret_key_missing).
 */
export async function saveCredentials(
  deps: ConnectionDeps,
  actor: Actor,
  platform: Platform,
  input: unknown,
): Promise<ConnectorStatus> {
  const credentials = parseRequest(CREDENTIAL_SCHEMAS[platform], input)
  const box = contextOf(deps).secretBox
  if (!box)
    throw new HttpError(
      'secret_key_missing',
      'kohde stores credentials only encrypted: set KOHDE_SECRET_KEY (32 random bytes in base64, e.g. `openssl rand -base64 32`) and restart',
    )
  await deps.store.platformCredentials.save(actor, platform, box.seal(JSON.stringify(credentials)))
  return statusOf(deps, actor.agencyId, platform)
}

/** Removes the agency's stored credentials for a platform (404 when there were none); env credentials stay. */
export async function removeCredentials(deps: ConnectionDeps, actor: Actor, platform: Platform): Promise<void> {
  if (!(await deps.store.platformCredentials.remove(actor, platform)))
    throw new HttpError('not_found', `no stored ${PLATFORM_NAMES[platform]} credentials`)
}
