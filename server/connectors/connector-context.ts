import { TAXONOMY_PARTS, type TaxonomyParts } from '../../audiences/index.js'
import { loadConnectorConfig, type ConnectorConfig, type ConnectorCredentials } from './connector-config.js'
import { createConnectors, type Connectors } from './connectors.js'
import { defaultConnectorDeps, type ConnectorDeps } from './live-result.js'
import { createSecretBox, parseSecretKey, SecretKeyError, type SecretBox } from './secret-box.js'

/** What the connector use cases need from the process: env credentials, the secret key, retries, the clock. */
export type ConnectorContext = {
  // KOHDE_* credentials: every agency's fallback for a platform it has not stored its own credentials for.
  env: ConnectorConfig
  // null without a valid KOHDE_SECRET_KEY: then credentials are never stored (nor opened).
  secretBox: SecretBox | null
  secretKeyProblem: string | null
  deps: ConnectorDeps
  // The taxonomy data an agency's resolved identifiers are laid over (withMappings).
  parts: TaxonomyParts
  connect(credentials: ConnectorCredentials): Connectors
}

export type ConnectorContextOptions = {
  clock?: () => Date
  deps?: ConnectorDeps
  parts?: TaxonomyParts
  // Tests point the SDKs at loopback fakes here.
  connect?: (credentials: ConnectorCredentials, deps: ConnectorDeps) => Connectors
}

export function createConnectorContext(
  env: Readonly<Record<string, string | undefined>>,
  options: ConnectorContextOptions = {},
): ConnectorContext {
  const deps = options.deps ?? defaultConnectorDeps(options.clock ?? (() => new Date()))
  let secretBox: SecretBox | null = null
  let secretKeyProblem: string | null = null
  try {
    secretBox = createSecretBox(parseSecretKey(env.KOHDE_SECRET_KEY?.trim() || undefined))
  } catch (error) {
    if (!(error instanceof SecretKeyError)) throw error
    secretKeyProblem = error.message
  }
  const connect = options.connect ?? ((credentials, d) => createConnectors({ credentials }, d))
  return {
    env: loadConnectorConfig(env),
    secretBox,
    secretKeyProblem,
    deps,
    parts: options.parts ?? TAXONOMY_PARTS,
    connect: (credentials) => connect(credentials, deps),
  }
}

let offContext: ConnectorContext | undefined
/** Every connector off and no secret key: for apps (tests) that configure none. */
export const connectorsOff = (): ConnectorContext => (offContext ??= createConnectorContext({}))
