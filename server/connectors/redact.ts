import type { LoggerOptions } from 'pino'

export const REDACTED = '[redacted]'

// Where SDK errors keep credentials: axios configs (LinkedIn, Meta), the Meta SDK's error.url and request data.
export const SECRET_LOG_PATHS = [
  '*.accessToken',
  '*.access_token',
  '*.refreshToken',
  '*.refresh_token',
  '*.developerToken',
  '*.developer_token',
  '*.clientSecret',
  '*.client_secret',
  '*.headers.Authorization',
  '*.headers.authorization',
  '*.config.headers.Authorization',
  'err.config.headers.Authorization',
  'err.response.config.headers.Authorization',
]

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// Replaces every occurrence of a known secret, and any access_token query parameter, in any string in value.
export function redact(value: unknown, secrets: readonly string[], seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') {
    let out = value.replace(/(access_token=)[^&\s"']+/gi, `$1${REDACTED}`)
    for (const secret of secrets) if (secret.length >= 4) out = out.replace(new RegExp(escape(secret), 'g'), REDACTED)
    return out
  }
  if (typeof value !== 'object' || value === null) return value
  if (seen.has(value)) return '[circular]'
  seen.add(value)
  if (Array.isArray(value)) return value.map((v) => redact(v, secrets, seen))
  const source =
    value instanceof Error ? { ...value, name: value.name, message: value.message, stack: value.stack } : value
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, redact(v, secrets, seen)]))
}

// pino options for any logger that may see connector errors: path redaction plus a scrub of known secret values.
export function redactingLogOptions(secrets: readonly string[]): LoggerOptions {
  return {
    redact: { paths: SECRET_LOG_PATHS, censor: REDACTED },
    serializers: { err: (err: unknown) => redact(err, secrets) },
    formatters: { log: (object) => redact(object, secrets) as Record<string, unknown> },
  }
}
