import type { LiveEstimatesResponse, PlatformCheckResponse } from '../connectors/connection-schemas.js'
import { PLATFORM_NAMES, platformFailureText } from '../connectors/platform-error.js'

type Range = { low: number; high: number } | null
export type LiveEstimatesModel = {
  audienceName: string
  audienceHref: string
  action: string
  budget: string
  flightDays: string
  result: {
    date: string
    offline: { channelKey: string; value: number; low: number; high: number; reach: number; impressions: number }[]
    live: {
      name: string
      ok: boolean
      error: string | null
      estimates: {
        account: string
        date: string
        endpoint: string
        audience: Range
        impressions: number | null
        clicks: number | null
        cost: number | null
        notes: string
      }[]
    }[]
    skipped: { name: string; reasonKey: string }[]
  } | null
  errorCode: string | null
  problem: string | null
  checkAction: string
  campaignId: string
  check: PlatformCheckModel | null
}

const skippedOf = (skipped: LiveEstimatesResponse['skipped']) =>
  skipped.map((s) => ({ name: PLATFORM_NAMES[s.platform], reasonKey: `live.skipped.${s.code}` }))

const rangeOf = (audience: { lower: number | null; upper: number | null } | null): Range =>
  audience && audience.lower !== null && audience.upper !== null ? { low: audience.lower, high: audience.upper } : null

/** kohde's offline estimate and each platform's own (dated, with its account), side by side. */
export function toLiveEstimatesPage(
  audience: { id: string; name: string },
  form: { budget: string; flightDays: string; campaignId?: string },
  response: LiveEstimatesResponse | null,
  problem: { code: string; message: string } | null = null,
): LiveEstimatesModel {
  return {
    audienceName: audience.name,
    audienceHref: `/audiences/${audience.id}`,
    action: `/audiences/${audience.id}/live`,
    budget: form.budget,
    flightDays: form.flightDays,
    result: response
      ? {
          date: response.date,
          offline: response.offline.lines.map((line) => ({
            channelKey: `channel.${line.channel}`,
            value: line.audienceSize.value,
            low: line.audienceSize.low,
            high: line.audienceSize.high,
            reach: line.reach,
            impressions: line.impressions,
          })),
          live: response.live.map((outcome) => ({
            name: PLATFORM_NAMES[outcome.platform],
            ok: outcome.ok,
            error: outcome.ok ? null : platformFailureText(outcome.error),
            estimates: outcome.ok
              ? outcome.estimates.map((e) => ({
                  account: e.account,
                  date: e.date,
                  endpoint: e.endpoint,
                  audience: rangeOf(e.audience),
                  impressions: e.forecast?.impressions ?? null,
                  clicks: e.forecast?.clicks ?? null,
                  cost: e.forecast?.cost ?? null,
                  notes: e.notes.join(' '),
                }))
              : [],
          })),
          skipped: skippedOf(response.skipped),
        }
      : null,
    errorCode: problem?.code ?? null,
    problem: problem?.message ?? null,
    checkAction: `/audiences/${audience.id}/live/check`,
    campaignId: form.campaignId ?? '',
    check: null,
  }
}

export type PlatformCheckModel = {
  date: string
  checks: {
    name: string
    statusKey: string
    account: string | null
    problems: string[]
    hasProblems: boolean
    notes: string
    error: string | null
  }[]
  skipped: { name: string; reasonKey: string }[]
}

/** The platforms' verdicts on the compiled targeting: accepted, or each problem with the platform's own code. */
export function toPlatformCheck(response: PlatformCheckResponse): PlatformCheckModel {
  return {
    date: response.date,
    checks: response.checks.map((check) => ({
      name: PLATFORM_NAMES[check.platform],
      statusKey: !check.ok ? 'live.check.failed' : check.valid ? 'live.check.valid' : 'live.check.invalid',
      account: check.ok ? check.account : null,
      problems: check.ok
        ? check.problems.map((p) => `${p.location ? `${p.location}: ` : ''}${platformFailureText(p)}`)
        : [],
      hasProblems: check.ok && check.problems.length > 0,
      notes: check.ok ? (check.notes ?? []).join(' ') : '',
      error: check.ok ? null : platformFailureText(check.error),
    })),
    skipped: skippedOf(response.skipped),
  }
}
