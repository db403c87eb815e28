import type { ConnectorConfig } from './connector-config.js'
import { createGoogleConnector, type GoogleConnector } from './google/google-connector.js'
import type { GoogleHooks } from './google/google-client.js'
import type { ConnectorDeps } from './live-result.js'
import { createLinkedInConnector, type LinkedInConnector } from './linkedin/linkedin-connector.js'
import { createMetaConnector, type MetaConnector } from './meta/meta-connector.js'

export type Connectors = { google?: GoogleConnector; meta?: MetaConnector; linkedin?: LinkedInConnector }

// Only platforms with complete credentials get a connector; the rest stay off (config.issues says why).
export function createConnectors(
  config: Pick<ConnectorConfig, 'credentials'>,
  deps: ConnectorDeps,
  options: { googleHooks?: GoogleHooks } = {},
): Connectors {
  const { google, meta, linkedin } = config.credentials
  return {
    ...(google ? { google: createGoogleConnector(google, deps, options.googleHooks) } : {}),
    ...(meta ? { meta: createMetaConnector(meta, deps) } : {}),
    ...(linkedin ? { linkedin: createLinkedInConnector(linkedin, deps) } : {}),
  }
}
