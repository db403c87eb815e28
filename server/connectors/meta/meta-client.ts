import type { AdAccount, FacebookAdsApi } from 'facebook-nodejs-business-sdk'
import type { MetaCredentials } from '../connector-config.js'
import { isoDate, type ConnectorDeps, type LiveSource } from '../live-result.js'
import { metaBusiness } from '../platform-sdks.js'
import { withRetry } from '../retry.js'
import { classifyMetaError } from './meta-errors.js'

type EdgeItem = { exportData(): unknown }

// Edge readers resolve to an array-like Cursor of SDK objects; exportData() is each node's raw fields.
export async function edgeItems(pending: unknown): Promise<unknown[]> {
  const cursor = (await pending) as ArrayLike<EdgeItem>
  return Array.from(cursor, (item) => item.exportData())
}

export type MetaContext = {
  api: FacebookAdsApi
  account: AdAccount
  accountPath: string
  deps: ConnectorDeps
  call<T>(request: () => Promise<T>): Promise<T>
  source(): LiveSource
}

// One FacebookAdsApi per connector, never FacebookAdsApi.init (a process-wide default); crash_log off, because the
// SDK's crash reporter posts to Graph on its own (platforms.md §2.1).
export function createMetaContext(credentials: MetaCredentials, deps: ConnectorDeps): MetaContext {
  const { AdAccount, FacebookAdsApi } = metaBusiness()
  const api = new FacebookAdsApi(credentials.accessToken, 'en_US', false)
  const accountPath = `act_${credentials.adAccountId}`
  const account = new AdAccount(accountPath, {}, undefined, api)
  return {
    api,
    account,
    accountPath,
    deps,
    call: (request) => withRetry(request, classifyMetaError, deps.retry, deps),
    source: () => ({ kind: 'live', platform: 'meta', account: accountPath, date: isoDate(deps.clock()) }),
  }
}
