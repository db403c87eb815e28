import type { RestliClient } from 'linkedin-api-client'
import type { LinkedInCredentials } from '../connector-config.js'
import { isoDate, type ConnectorDeps, type LiveSource } from '../live-result.js'
import { linkedInApi } from '../platform-sdks.js'
import { withRetry } from '../retry.js'
import { classifyLinkedInError } from './linkedin-errors.js'

export type LinkedInContext = {
  client: RestliClient
  accountUrn: string
  deps: ConnectorDeps
  finder(resourcePath: string, finderName: string, queryParams: Record<string, unknown>): Promise<unknown[]>
  source(): LiveSource
}

export function createLinkedInContext(credentials: LinkedInCredentials, deps: ConnectorDeps): LinkedInContext {
  const client = new (linkedInApi().RestliClient)({ timeout: deps.retry.timeoutMs })
  const accountUrn = `urn:li:sponsoredAccount:${credentials.adAccountId}`
  return {
    client,
    accountUrn,
    deps,
    async finder(resourcePath, finderName, queryParams) {
      const response = await withRetry(
        () =>
          client.finder({
            resourcePath,
            finderName,
            queryParams,
            accessToken: credentials.accessToken,
            versionString: credentials.version,
          }),
        classifyLinkedInError,
        deps.retry,
        deps,
      )
      return Array.isArray(response.data?.elements) ? response.data.elements : []
    },
    source: () => ({ kind: 'live', platform: 'linkedin', account: accountUrn, date: isoDate(deps.clock()) }),
  }
}
