import { PLATFORMS, type Platform } from '../../audiences/index.js'
import type { Store } from '../store/store.js'
import {
  GoogleCredentialsSchema,
  LinkedInCredentialsSchema,
  MetaCredentialsSchema,
  type ConnectorCredentials,
} from './connector-config.js'
import type { ConnectorContext } from './connector-context.js'
import { SecretKeyError } from './secret-box.js'

export const CREDENTIAL_SCHEMAS = {
  google: GoogleCredentialsSchema,
  meta: MetaCredentialsSchema,
  linkedin: LinkedInCredentialsSchema,
} as const

export type CredentialOrigin = 'stored' | 'env' | 'off'
export type CredentialProblemCode = 'secret_key_missing' | 'credentials_unreadable' | 'env_missing' | 'env_invalid'
// Names the setting and the problem, never a value.
export type CredentialProblem = { code: CredentialProblemCode; message: string }

export type PlatformCredentialState = {
  platform: Platform
  configured: CredentialOrigin
  account: string | null
  updatedBy: string | null
  updatedAt: string | null
  problems: CredentialProblem[]
}

// Account ids are not secrets: they tell an admin which account a connector speaks for.
export function accountOf(platform: Platform, credentials: ConnectorCredentials): string | null {
  switch (platform) {
    case 'google':
      return credentials.google?.customerId ?? null
    case 'meta':
      return credentials.meta ? `act_${credentials.meta.adAccountId}` : null
    case 'linkedin':
      return credentials.linkedin ? `urn:li:sponsoredAccount:${credentials.linkedin.adAccountId}` : null
  }
}

function openStored(
  ctx: ConnectorContext,
  platform: Platform,
  sealed: string,
): ConnectorCredentials | CredentialProblem {
  if (!ctx.secretBox)
    return {
      code: 'secret_key_missing',
      message: 'Credentials are stored for this agency but KOHDE_SECRET_KEY is not set, so they cannot be opened.',
    }
  try {
    const parsed = CREDENTIAL_SCHEMAS[platform].safeParse(JSON.parse(ctx.secretBox.open(sealed)))
    if (parsed.success) return { [platform]: parsed.data }
  } catch (error) {
    if (!(error instanceof SecretKeyError) && !(error instanceof SyntaxError)) throw error
  }
  return {
    code: 'credentials_unreadable',
    message: 'The stored credentials do not open with this KOHDE_SECRET_KEY (it changed?): save them again.',
  }
}

/**
 * The credentials each platform of the agency uses: its own stored ones first, else the KOHDE_* variables. Stored
 * credentials that cannot be opened leave the platform off (with the problem), rather than quietly using another
 * account from the environment.
 */
export async function agencyCredentials(
  ctx: ConnectorContext,
  store: Store,
  agencyId: string,
): Promise<{ credentials: ConnectorCredentials; states: PlatformCredentialState[] }> {
  const stored = new Map((await store.platformCredentials.list(agencyId)).map((c) => [c.platform, c]))
  const credentials: ConnectorCredentials = {}
  const states = PLATFORMS.map((platform): PlatformCredentialState => {
    const own = stored.get(platform)
    if (own) {
      const opened = openStored(ctx, platform, own.sealed)
      const ok = !('code' in opened)
      if (ok) Object.assign(credentials, opened)
      return {
        platform,
        configured: ok ? 'stored' : 'off',
        account: ok ? accountOf(platform, opened) : null,
        updatedBy: own.updatedBy,
        updatedAt: own.updatedAt,
        problems: ok ? [] : [opened],
      }
    }
    const fromEnv = ctx.env.credentials[platform]
    if (fromEnv) Object.assign(credentials, { [platform]: fromEnv })
    const problems = ctx.env.issues
      .filter((i) => i.platform === platform)
      .map((i): CredentialProblem => ({
        code: i.problem === 'missing' ? 'env_missing' : 'env_invalid',
        message: i.message,
      }))
    return {
      platform,
      configured: fromEnv ? 'env' : 'off',
      account: accountOf(platform, ctx.env.credentials),
      updatedBy: null,
      updatedAt: null,
      problems,
    }
  })
  return { credentials, states }
}
