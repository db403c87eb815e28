import { PlatformError, statusError, transportError, type PlatformErrorCode } from '../platform-error.js'

// Graph API error codes: developers.facebook.com/docs/graph-api/guides/error-handling (1, 2 outage; 4, 17, 341
// throttling; 10, 200–299 permissions; 190 expired or invalid token, subcode 463 = expired) and
// developers.facebook.com/docs/marketing-api/overview/rate-limiting (613 and 80000–80014 business-use-case limits,
// 80004 = ads management). 100 is "Invalid parameter".
function codeFor(code: number, transient: boolean): PlatformErrorCode | undefined {
  if (code === 190 || code === 102) return 'token_expired'
  if (code === 10 || code === 3 || (code >= 200 && code <= 299)) return 'permission_missing'
  if ([4, 17, 32, 341, 613].includes(code) || (code >= 80000 && code <= 80014)) return 'rate_limited'
  if (code === 1 || code === 2 || transient) return 'platform_unavailable'
  if (code === 100) return 'parameter_invalid'
  return undefined
}

type GraphErrorBody = {
  message?: string
  code?: number
  error_subcode?: number
  error_user_msg?: string
  is_transient?: boolean
}

// The SDK's FacebookRequestError keeps the Graph error body in `response` and the HTTP status in `status`.
export function classifyMetaError(error: unknown): PlatformError {
  if (error instanceof PlatformError) return error
  const transport = transportError('meta', error)
  if (transport) return transport
  const failure = error as { name?: string; status?: number | null; response?: GraphErrorBody | null } | null
  if (failure?.name !== 'FacebookRequestError') {
    return new PlatformError({ platform: 'meta', code: 'platform_unexpected', platformCode: 'no_graph_error' })
  }
  const body = failure.response ?? {}
  const status = failure.status ?? null
  if (status === null)
    return new PlatformError({ platform: 'meta', code: 'platform_unavailable', platformCode: 'no_response' })
  const platformCode =
    body.code === undefined ? `HTTP ${status}` : `${body.code}${body.error_subcode ? `/${body.error_subcode}` : ''}`
  const message = body.error_user_msg ?? body.message
  const code = body.code === undefined ? undefined : codeFor(body.code, body.is_transient === true)
  if (code)
    return new PlatformError({ platform: 'meta', code, platformCode, ...(message ? { platformMessage: message } : {}) })
  return statusError('meta', status, platformCode, message)
}
