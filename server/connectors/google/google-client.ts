import type { Customer } from 'google-ads-api'
import type { Hooks } from 'google-ads-api/build/src/hooks.js'
import type { GoogleCredentials } from '../connector-config.js'
import { isoDate, type ConnectorDeps, type LiveSource } from '../live-result.js'
import { googleAds } from '../platform-sdks.js'
import { withRetry } from '../retry.js'
import { classifyGoogleError } from './google-errors.js'

export type GoogleHooks = Hooks

export type GoogleContext = {
  customer: Customer
  customerId: string
  deps: ConnectorDeps
  call<T>(request: () => Promise<T>): Promise<T>
  source(): LiveSource
}

// The SDK has no endpoint override (platforms.md §1.1): hooks are the seam tests use to answer calls.
export function createGoogleContext(
  credentials: GoogleCredentials,
  deps: ConnectorDeps,
  hooks?: GoogleHooks,
): GoogleContext {
  const api = new (googleAds().GoogleAdsApi)({
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    developer_token: credentials.developerToken,
  })
  const customer = api.Customer(
    {
      customer_id: credentials.customerId,
      refresh_token: credentials.refreshToken,
      ...(credentials.loginCustomerId ? { login_customer_id: credentials.loginCustomerId } : {}),
    },
    hooks,
  )
  return {
    customer,
    customerId: credentials.customerId,
    deps,
    call: (request) => withRetry(request, classifyGoogleError, deps.retry, deps),
    source: () => ({ kind: 'live', platform: 'google', account: credentials.customerId, date: isoDate(deps.clock()) }),
  }
}
