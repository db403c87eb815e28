import { z } from 'zod'
import type { Platform } from '../../audiences/index.js'
import { DEFAULT_LINKEDIN_VERSION } from './linkedin/linkedin-version.js'

const digits = (what: string) =>
  z
    .string()
    .transform((s) => s.replaceAll('-', ''))
    .pipe(z.string().regex(/^[0-9]{10}$/, `${what}: ten digits, dashes allowed`))
const secret = z.string().min(1)

export const GoogleCredentialsSchema = z.strictObject({
  developerToken: secret,
  clientId: secret,
  clientSecret: secret,
  refreshToken: secret,
  customerId: digits('customer id'),
  loginCustomerId: digits('login customer id').optional(),
})
export type GoogleCredentials = z.infer<typeof GoogleCredentialsSchema>

export const MetaCredentialsSchema = z.strictObject({
  accessToken: secret,
  adAccountId: z
    .string()
    .transform((s) => s.replace(/^act_/, ''))
    .pipe(z.string().regex(/^[0-9]+$/, 'ad account id: digits, with or without act_')),
})
export type MetaCredentials = z.infer<typeof MetaCredentialsSchema>

// LinkedIn-Version is YYYYMM (optionally .RR); linkedin/linkedin-version.ts knows the default and each sunset.
export { DEFAULT_LINKEDIN_VERSION }
export const LinkedInCredentialsSchema = z.strictObject({
  accessToken: secret,
  adAccountId: z
    .string()
    .transform((s) => s.replace(/^urn:li:sponsoredAccount:/, ''))
    .pipe(z.string().regex(/^[0-9]+$/, 'ad account id: digits or urn:li:sponsoredAccount:<digits>')),
  version: z
    .string()
    .regex(/^[0-9]{6}(\.[0-9]{2})?$/, 'YYYYMM')
    .default(DEFAULT_LINKEDIN_VERSION),
})
export type LinkedInCredentials = z.infer<typeof LinkedInCredentialsSchema>

export type ConnectorCredentials = {
  google?: GoogleCredentials
  meta?: MetaCredentials
  linkedin?: LinkedInCredentials
}

const ENV_BY_PLATFORM = {
  google: {
    developerToken: 'KOHDE_GOOGLE_ADS_DEVELOPER_TOKEN',
    clientId: 'KOHDE_GOOGLE_ADS_CLIENT_ID',
    clientSecret: 'KOHDE_GOOGLE_ADS_CLIENT_SECRET',
    refreshToken: 'KOHDE_GOOGLE_ADS_REFRESH_TOKEN',
    customerId: 'KOHDE_GOOGLE_ADS_CUSTOMER_ID',
    loginCustomerId: 'KOHDE_GOOGLE_ADS_LOGIN_CUSTOMER_ID',
  },
  meta: { accessToken: 'KOHDE_META_ACCESS_TOKEN', adAccountId: 'KOHDE_META_AD_ACCOUNT_ID' },
  linkedin: {
    accessToken: 'KOHDE_LINKEDIN_ACCESS_TOKEN',
    adAccountId: 'KOHDE_LINKEDIN_AD_ACCOUNT_ID',
    version: 'KOHDE_LINKEDIN_VERSION',
  },
} as const satisfies Record<Platform, Record<string, string>>

const OPTIONAL_FIELDS = new Set(['loginCustomerId', 'version'])
const SCHEMAS = { google: GoogleCredentialsSchema, meta: MetaCredentialsSchema, linkedin: LinkedInCredentialsSchema }

// Names the variable and the problem, never the value: values are secrets.
export type ConnectorConfigIssue = {
  platform: Platform
  variable: string
  problem: 'missing' | 'invalid'
  message: string
}

export type ConnectorConfig = {
  credentials: ConnectorCredentials
  enabled: Platform[]
  issues: ConnectorConfigIssue[]
}

// A platform is on when all its required variables are set and valid; a half-configured one stays off with issues.
export function loadConnectorConfig(env: Readonly<Record<string, string | undefined>>): ConnectorConfig {
  const credentials: ConnectorCredentials = {}
  const issues: ConnectorConfigIssue[] = []
  for (const platform of ['google', 'meta', 'linkedin'] as const) {
    const names: Record<string, string> = ENV_BY_PLATFORM[platform]
    const raw = Object.fromEntries(
      Object.entries(names).flatMap(([field, variable]) => {
        const value = env[variable]?.trim()
        return value ? [[field, value]] : []
      }),
    )
    if (Object.keys(raw).length === 0) continue
    const missing = Object.keys(names).filter((f) => !OPTIONAL_FIELDS.has(f) && raw[f] === undefined)
    for (const field of missing) {
      issues.push({ platform, variable: names[field]!, problem: 'missing', message: `${names[field]} is not set` })
    }
    if (missing.length > 0) continue
    const parsed = SCHEMAS[platform].safeParse(raw)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const variable = names[String(issue.path[0])] ?? platform
        issues.push({ platform, variable, problem: 'invalid', message: `${variable}: ${issue.message}` })
      }
      continue
    }
    Object.assign(credentials, { [platform]: parsed.data })
  }
  const enabled = (['google', 'meta', 'linkedin'] as const).filter((p) => credentials[p] !== undefined)
  return { credentials, enabled, issues }
}

export const secretsOf = (credentials: ConnectorCredentials): string[] =>
  [
    credentials.google?.developerToken,
    credentials.google?.clientSecret,
    credentials.google?.refreshToken,
    credentials.meta?.accessToken,
    credentials.linkedin?.accessToken,
  ].filter((s): s is string => s !== undefined)
