import { isIP } from 'node:net'
import { z } from 'zod'

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** Express `trust proxy`: nobody, the number of proxies in front of kohde, or the proxies' addresses. */
export type TrustProxy = false | number | readonly string[]

// Express's names for address ranges (proxy-addr): 127.0.0.0/8 and ::1, 169.254.0.0/16 and fe80::/10, private ranges.
const PROXY_PRESETS = ['loopback', 'linklocal', 'uniquelocal']
const TRUE_REFUSED =
  'true would trust every X-Forwarded-For, so a client could name a new address on each request and pass every ' +
  'per-address limit: set the number of proxies in front of kohde (e.g. 1) or their addresses (e.g. loopback, or ' +
  '10.0.0.5,10.0.0.6, or 10.0.0.0/24)'

function isProxyEntry(entry: string): boolean {
  if (PROXY_PRESETS.includes(entry)) return true
  const [address = '', bits, ...rest] = entry.split('/')
  const version = isIP(address)
  if (version === 0 || rest.length > 0) return false
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128))
}

// KOHDE_TRUST_PROXY: false (default), a hop count, or a comma-separated list of addresses, CIDR ranges and presets.
const TrustProxySchema = z
  .string()
  .trim()
  .default('false')
  .transform((value, ctx): TrustProxy => {
    if (value === 'false' || value === '0') return false
    if (value === 'true') {
      ctx.addIssue({ code: 'custom', message: TRUE_REFUSED })
      return z.NEVER
    }
    if (/^\d+$/.test(value)) {
      if (Number(value) <= 10) return Number(value)
      ctx.addIssue({ code: 'custom', message: 'a hop count from 1 to 10' })
      return z.NEVER
    }
    const entries = value.split(',').map((e) => e.trim())
    const bad = entries.filter((e) => !isProxyEntry(e))
    if (bad.length > 0)
      ctx.addIssue({
        code: 'custom',
        message: `not a hop count, address, CIDR range or ${PROXY_PRESETS.join('/')}: ${bad.join(', ')}`,
      })
    return entries
  })

// Environment variables are strings: z.coerce turns PORT into a number, nothing else is transformed.
export const ConfigSchema = z.object({
  // 0 asks the system for any free port (tests start servers that way).
  PORT: z
    .string()
    .regex(/^[0-9]{1,5}$/, 'a port number (0: any free port)')
    .default('3000')
    .transform(Number)
    .pipe(z.number().max(65535, 'at most 65535')),
  HOST: z.string().min(1).default('127.0.0.1'),
  KOHDE_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  BODY_LIMIT: z
    .string()
    .regex(/^[0-9]+(b|kb|mb)$/i, 'a size such as 100kb or 1mb')
    .default('1mb'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a PostgreSQL URL, e.g. postgres://user:password@host:5432/kohde')
    .optional(),
  KOHDE_ADMIN_EMAIL: z.email().optional(),
  KOHDE_ADMIN_PASSWORD: z.string().min(12, 'at least 12 characters').max(200).optional(),
  KOHDE_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  KOHDE_TRUST_PROXY: TrustProxySchema,
})

export type Config = Readonly<{
  port: number
  host: string
  dataDir: string
  logLevel: (typeof LOG_LEVELS)[number]
  bodyLimit: string
  databaseUrl: string | null
  // The first admin, created when the database has no users (api.md "Auth").
  admin: { email: string; password: string } | null
  publicUrl: string | null
  // Express `trust proxy`: behind a TLS-terminating proxy, req.secure and req.ip come from X-Forwarded-* as far as
  // the trusted proxies reach (docs/security.md).
  trustProxy: TrustProxy
}>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads and validates the settings; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = ConfigSchema.safeParse(env)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`)
  }
  const settings = result.data
  const { KOHDE_ADMIN_EMAIL: email, KOHDE_ADMIN_PASSWORD: password } = settings
  if ((email === undefined) !== (password === undefined))
    throw new ConfigError('invalid configuration:\n  KOHDE_ADMIN_EMAIL and KOHDE_ADMIN_PASSWORD: set both or neither')
  return Object.freeze({
    port: settings.PORT,
    host: settings.HOST,
    dataDir: settings.KOHDE_DATA_DIR,
    logLevel: settings.LOG_LEVEL,
    bodyLimit: settings.BODY_LIMIT,
    databaseUrl: settings.DATABASE_URL ?? null,
    admin: email !== undefined && password !== undefined ? { email, password } : null,
    publicUrl: settings.KOHDE_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    trustProxy: settings.KOHDE_TRUST_PROXY,
  })
}
