import type { Platform } from '../../audiences/index.js'
import type { ConnectorStatus, ResolveReportView } from '../connectors/connection-schemas.js'
import { platformFailureText } from '../connectors/platform-error.js'

// The credential fields each platform's connector takes (connector-config.ts); secrets are password inputs.
const FIELDS: Record<Platform, { name: string; secret: boolean; optional: boolean }[]> = {
  google: [
    { name: 'developerToken', secret: true, optional: false },
    { name: 'clientId', secret: false, optional: false },
    { name: 'clientSecret', secret: true, optional: false },
    { name: 'refreshToken', secret: true, optional: false },
    { name: 'customerId', secret: false, optional: false },
    { name: 'loginCustomerId', secret: false, optional: true },
  ],
  meta: [
    { name: 'accessToken', secret: true, optional: false },
    { name: 'adAccountId', secret: false, optional: false },
  ],
  linkedin: [
    { name: 'accessToken', secret: true, optional: false },
    { name: 'adAccountId', secret: false, optional: false },
    { name: 'version', secret: false, optional: true },
  ],
}

export const credentialFieldsOf = (platform: Platform) => FIELDS[platform].map((f) => f.name)

export type ConnectorsModel = {
  secretKey: boolean
  platforms: {
    name: string
    platform: string
    configuredKey: string
    account: string | null
    updatedBy: string | null
    updatedAt: string | null
    problems: { code: string; message: string }[]
    // LinkedIn's API version in use, and a warning in the page's language when it nears or passed its sunset.
    apiVersion: { version: string; sunsetOn: string; noticeKey: string | null; daysLeft: number } | null
    lastResolve: { at: string; by: string | null; outcomeKey: string; stored: number; message: string | null } | null
    saveAction: string
    removeAction: string
    canRemove: boolean
    fields: { id: string; name: string; labelKey: string; type: string; required: boolean }[]
    formError: string | null
  }[]
  report: { statusKey: string; stored: number; remaining: number; text: string; failure: string | null } | null
  formError: string | null
  errorCode: string | null
}

/** The platforms page: where credentials come from (never a secret), the last resolve, forms and the resolve report. */
export function toConnectorsPage(
  statuses: readonly ConnectorStatus[],
  secretKey: boolean,
  extra: { report?: ResolveReportView; failedPlatform?: Platform; formError?: string; errorCode?: string } = {},
): ConnectorsModel {
  return {
    secretKey,
    platforms: statuses.map((s) => ({
      name: s.name,
      platform: s.platform,
      configuredKey: `connectors.configured.${s.configured}`,
      account: s.account,
      updatedBy: s.updatedBy,
      updatedAt: s.updatedAt,
      // The version warning is shown in the page's language (apiVersion), not as the API's English problem.
      problems: s.problems.filter((p) => !p.code.startsWith('linkedin_version_')),
      apiVersion: s.apiVersion
        ? {
            version: s.apiVersion.version,
            sunsetOn: s.apiVersion.sunsetOn,
            daysLeft: s.apiVersion.daysLeft,
            noticeKey: s.apiVersion.state === 'supported' ? null : `connectors.apiVersion.${s.apiVersion.state}`,
          }
        : null,
      lastResolve: s.lastResolve
        ? { ...s.lastResolve, outcomeKey: `connectors.outcome.${s.lastResolve.outcome}` }
        : null,
      saveAction: `/admin/connectors/${s.platform}`,
      removeAction: `/admin/connectors/${s.platform}/delete`,
      canRemove: s.configured === 'stored',
      fields: FIELDS[s.platform].map((f) => ({
        id: `${s.platform}-${f.name}`,
        name: f.name,
        labelKey: `connectors.field.${f.name}`,
        type: f.secret ? 'password' : 'text',
        required: !f.optional,
      })),
      formError: extra.failedPlatform === s.platform ? (extra.formError ?? null) : null,
    })),
    report: extra.report
      ? {
          statusKey: `connectors.report.${extra.report.status}`,
          stored: extra.report.stored,
          remaining: extra.report.remaining,
          text: extra.report.text,
          failure: extra.report.failure ? platformFailureText(extra.report.failure.error) : null,
        }
      : null,
    formError: extra.failedPlatform === undefined ? (extra.formError ?? null) : null,
    errorCode: extra.errorCode ?? null,
  }
}
