import type { Platform } from '../../audiences/index.js'

export type ErrorKind = 'transient' | 'user_fixable' | 'bug'
export type PlatformErrorCode =
  | 'token_expired'
  | 'permission_missing'
  | 'parameter_invalid'
  | 'rate_limited'
  | 'platform_unavailable'
  | 'platform_unexpected'

export const KIND_BY_CODE: Record<PlatformErrorCode, ErrorKind> = {
  token_expired: 'user_fixable',
  permission_missing: 'user_fixable',
  parameter_invalid: 'user_fixable',
  rate_limited: 'transient',
  platform_unavailable: 'transient',
  platform_unexpected: 'bug',
}

export const PLATFORM_NAMES: Record<Platform, string> = { google: 'Google Ads', meta: 'Meta', linkedin: 'LinkedIn' }

/** A platform failure as the pages show it: its message, then the platform's own code to quote to its support. */
export const platformFailureText = (e: { message: string; platformCode: string }) => `${e.message} (${e.platformCode})`

const TOKEN_SETTING: Record<Platform, string> = {
  google: 'KOHDE_GOOGLE_ADS_REFRESH_TOKEN',
  meta: 'KOHDE_META_ACCESS_TOKEN',
  linkedin: 'KOHDE_LINKEDIN_ACCESS_TOKEN',
}

const ADVICE: Record<PlatformErrorCode, (platform: Platform) => string> = {
  token_expired: (p) =>
    `The ${PLATFORM_NAMES[p]} access token has expired or was revoked. Sign in again to get a new one and save it on the admin page (or in ${TOKEN_SETTING[p]}).`,
  permission_missing: (p) =>
    `The ${PLATFORM_NAMES[p]} account does not allow this call. Give the connected user access to the ad account (and the app the permission it names), then try again.`,
  parameter_invalid: (p) =>
    `${PLATFORM_NAMES[p]} rejected a value in the request. Check the targeting it names; the compiled spec or a stored identifier may be out of date.`,
  rate_limited: (p) =>
    `${PLATFORM_NAMES[p]} is limiting how often this account may call it. kohde retried and gave up; wait a few minutes and try again.`,
  platform_unavailable: (p) =>
    `${PLATFORM_NAMES[p]} did not answer in time or had a server error. kohde retried and gave up; try again later.`,
  platform_unexpected: (p) =>
    `${PLATFORM_NAMES[p]} answered in a way kohde does not understand. This is a kohde bug; report it with the platform code.`,
}

// One rejected part of a request, as the platform names it (e.g. a Google Ads operation).
export type PlatformProblem = { platformCode: string; message: string; location?: string }

export type PlatformErrorInit = {
  platform: Platform
  code: PlatformErrorCode
  platformCode: string
  platformMessage?: string
  retryAfterMs?: number
  problems?: PlatformProblem[]
}

// Carries no request, URL or headers: those hold access tokens (the Meta SDK puts the token in error.url).
export class PlatformError extends Error {
  override readonly name = 'PlatformError'
  readonly platform: Platform
  readonly kind: ErrorKind
  readonly code: PlatformErrorCode
  readonly platformCode: string
  readonly platformMessage: string | undefined
  readonly retryAfterMs: number | undefined
  readonly problems: PlatformProblem[]

  constructor(init: PlatformErrorInit) {
    const said = init.platformMessage ? `: "${init.platformMessage}"` : ''
    super(`${ADVICE[init.code](init.platform)} (${PLATFORM_NAMES[init.platform]} code ${init.platformCode}${said})`)
    this.platform = init.platform
    this.kind = KIND_BY_CODE[init.code]
    this.code = init.code
    this.platformCode = init.platformCode
    this.platformMessage = init.platformMessage
    this.retryAfterMs = init.retryAfterMs
    this.problems = init.problems ?? [
      { platformCode: init.platformCode, message: init.platformMessage ?? ADVICE[init.code](init.platform) },
    ]
  }
}

export const isPlatformError = (error: unknown): error is PlatformError => error instanceof PlatformError

export class CallTimeoutError extends Error {
  override readonly name = 'CallTimeoutError'
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE', 'ECONNABORTED'])

// Timeouts and dropped connections look the same on every platform.
export function transportError(platform: Platform, error: unknown): PlatformError | undefined {
  if (error instanceof CallTimeoutError)
    return new PlatformError({ platform, code: 'platform_unavailable', platformCode: 'timeout' })
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && NETWORK_CODES.has(code)) {
    return new PlatformError({ platform, code: 'platform_unavailable', platformCode: code })
  }
  return undefined
}

export function statusError(platform: Platform, status: number, platformCode: string, message?: string): PlatformError {
  const code: PlatformErrorCode =
    status === 401
      ? 'token_expired'
      : status === 403
        ? 'permission_missing'
        : status === 429
          ? 'rate_limited'
          : status >= 500
            ? 'platform_unavailable'
            : status >= 400
              ? 'parameter_invalid'
              : 'platform_unexpected'
  return new PlatformError({ platform, code, platformCode, ...(message ? { platformMessage: message } : {}) })
}

export const unexpectedResponse = (platform: Platform, what: string): PlatformError =>
  new PlatformError({ platform, code: 'platform_unexpected', platformCode: 'response_shape', platformMessage: what })
