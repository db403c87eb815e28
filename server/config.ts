import { z } from 'zod'

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

// Environment variables are strings: z.coerce turns PORT into a number, nothing else is transformed.
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  KOHDE_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  BODY_LIMIT: z
    .string()
    .regex(/^[0-9]+(b|kb|mb)$/i, 'a size such as 100kb or 1mb')
    .default('1mb'),
})

export type Config = Readonly<{
  port: number
  host: string
  dataDir: string
  logLevel: (typeof LOG_LEVELS)[number]
  bodyLimit: string
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
  const { PORT, HOST, KOHDE_DATA_DIR, LOG_LEVEL, BODY_LIMIT } = result.data
  return Object.freeze({ port: PORT, host: HOST, dataDir: KOHDE_DATA_DIR, logLevel: LOG_LEVEL, bodyLimit: BODY_LIMIT })
}
