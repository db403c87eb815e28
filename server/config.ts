import { z } from 'zod'

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

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
  KOHDE_TRUST_PROXY: z.enum(['false', 'true', 'loopback']).default('false'),
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
  // Express `trust proxy`: behind a TLS-terminating proxy, req.secure and req.ip come from X-Forwarded-*.
  trustProxy: boolean | 'loopback'
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
    trustProxy: settings.KOHDE_TRUST_PROXY === 'loopback' ? 'loopback' : settings.KOHDE_TRUST_PROXY === 'true',
  })
}
