import { PlatformError, transportError, type PlatformErrorCode, type PlatformProblem } from '../platform-error.js'
import { googleAds } from '../platform-sdks.js'

type FailureError = {
  error_code?: Record<string, number | string | null | undefined> | null
  message?: string | null
  location?: { field_path_elements?: { field_name?: string | null; index?: number | null }[] | null } | null
  details?: { quota_error_details?: { retry_delay?: { seconds?: number | string | null } | null } | null } | null
}
export type FailureLike = { errors?: FailureError[] | null; request_id?: string | null }

const pascal = (snake: string) => snake.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase())

// "quota_error: 2" → "QuotaError.RESOURCE_EXHAUSTED", read from the SDK's own enum tables.
export function errorCodeName(errorCode: FailureError['error_code']): string {
  const [field, value] = Object.entries(errorCode ?? {}).find(([, v]) => v !== null && v !== undefined) ?? []
  if (!field) return 'UNKNOWN'
  const type = pascal(field)
  const table = (googleAds().errors as unknown as Record<string, Record<string, Record<string, string>> | undefined>)[
    `${type}Enum`
  ]?.[type]
  const name = typeof value === 'number' ? (table?.[value] ?? String(value)) : String(value)
  return `${type}.${name}`
}

// GoogleAdsFailure error families (developers.google.com/google-ads/api/docs/best-practices/error-types):
// AuthenticationError → refresh the token; AuthorizationError → grant access; QuotaError RESOURCE_EXHAUSTED /
// RESOURCE_TEMPORARILY_EXHAUSTED → back off and retry; InternalError → retry; the rest describe the request.
const ACCOUNT_SETUP = /^AuthenticationError\.(DEVELOPER_TOKEN_INVALID|ORGANIZATION_|TWO_STEP|ADVANCED_PROTECTION)/
const WRONG_CUSTOMER = new Set([
  'AuthenticationError.CUSTOMER_NOT_FOUND',
  'AuthenticationError.CLIENT_CUSTOMER_ID_INVALID',
])

function codeFor(name: string): PlatformErrorCode {
  if (WRONG_CUSTOMER.has(name)) return 'parameter_invalid'
  if (ACCOUNT_SETUP.test(name)) return 'permission_missing'
  if (name.startsWith('AuthenticationError.')) return 'token_expired'
  if (name.startsWith('AuthorizationError.') || name === 'QuotaError.ACCESS_PROHIBITED') return 'permission_missing'
  if (name.startsWith('QuotaError.')) return 'rate_limited'
  if (name.startsWith('InternalError.')) return 'platform_unavailable'
  return 'parameter_invalid'
}

export const isGoogleAdsFailure = (error: unknown): error is FailureLike =>
  typeof error === 'object' && error !== null && Array.isArray((error as FailureLike).errors)

// gRPC status codes (grpc.github.io/grpc/core/md_doc_statuscodes.html) for failures without a GoogleAdsFailure.
const GRPC: Record<number, PlatformErrorCode> = {
  3: 'parameter_invalid',
  4: 'platform_unavailable',
  7: 'permission_missing',
  8: 'rate_limited',
  13: 'platform_unavailable',
  14: 'platform_unavailable',
  16: 'token_expired',
}

export function classifyGoogleError(error: unknown): PlatformError {
  if (error instanceof PlatformError) return error
  if (isGoogleAdsFailure(error)) {
    const first = error.errors?.[0]
    const name = errorCodeName(first?.error_code)
    const delay = Number(first?.details?.quota_error_details?.retry_delay?.seconds ?? Number.NaN)
    return new PlatformError({
      platform: 'google',
      code: codeFor(name),
      platformCode: name,
      ...(first?.message ? { platformMessage: first.message } : {}),
      ...(Number.isFinite(delay) ? { retryAfterMs: delay * 1000 } : {}),
      problems: failureProblems(error),
    })
  }
  const transport = transportError('google', error)
  if (transport) return transport
  // An expired or revoked refresh token fails the OAuth exchange with invalid_grant (RFC 6749 §5.2).
  const oauth = (error as { response?: { data?: { error?: unknown } } } | null)?.response?.data?.error
  if (oauth === 'invalid_grant')
    return new PlatformError({ platform: 'google', code: 'token_expired', platformCode: 'invalid_grant' })
  const grpc = (error as { code?: unknown } | null)?.code
  if (typeof grpc === 'number' && GRPC[grpc]) {
    return new PlatformError({ platform: 'google', code: GRPC[grpc], platformCode: `gRPC ${grpc}` })
  }
  return new PlatformError({ platform: 'google', code: 'platform_unexpected', platformCode: 'unknown_error' })
}

export const failureProblems = (failure: FailureLike): PlatformProblem[] =>
  (failure.errors ?? []).map((e) => {
    const path = (e.location?.field_path_elements ?? [])
      .map((p) => `${p.field_name ?? ''}${p.index === null || p.index === undefined ? '' : `[${p.index}]`}`)
      .join('.')
    return {
      platformCode: errorCodeName(e.error_code),
      message: e.message ?? 'no message',
      ...(path ? { location: path } : {}),
    }
  })
