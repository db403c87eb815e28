import { PlatformError, statusError, transportError } from '../platform-error.js'

type AxiosLikeError = {
  isAxiosError?: boolean
  code?: string
  response?: { status: number; data?: unknown; headers?: Record<string, unknown> }
}
type LinkedInErrorBody = { serviceErrorCode?: number; code?: string; message?: string; status?: number }

// Retry-After is seconds (RFC 9110 §10.2.3); LinkedIn sends 429 when an application or member limit is hit
// (learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/rate-limits).
const retryAfterMs = (headers?: Record<string, unknown>): number | undefined => {
  const seconds = Number(headers?.['retry-after'])
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined
}

// LinkedIn errors: HTTP status plus a body {serviceErrorCode, message, status}; 65601 = expired token, 65600 =
// invalid token, 100 = access denied (learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/error-handling).
export function classifyLinkedInError(error: unknown): PlatformError {
  if (error instanceof PlatformError) return error
  const failure = error as AxiosLikeError | null
  if (!failure?.response) {
    if (failure?.code === 'ECONNABORTED') {
      return new PlatformError({ platform: 'linkedin', code: 'platform_unavailable', platformCode: 'timeout' })
    }
    return (
      transportError('linkedin', error) ??
      new PlatformError({ platform: 'linkedin', code: 'platform_unexpected', platformCode: 'no_response' })
    )
  }
  const { status, data, headers } = failure.response
  const body = (typeof data === 'object' && data !== null ? data : {}) as LinkedInErrorBody
  const platformCode = body.serviceErrorCode !== undefined ? `${status}/${body.serviceErrorCode}` : `HTTP ${status}`
  const classified = statusError('linkedin', status, platformCode, body.message)
  const wait = retryAfterMs(headers)
  return wait === undefined
    ? classified
    : new PlatformError({
        platform: 'linkedin',
        code: classified.code,
        platformCode,
        retryAfterMs: wait,
        ...(body.message ? { platformMessage: body.message } : {}),
      })
}
