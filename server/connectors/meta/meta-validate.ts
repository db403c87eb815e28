import type { MetaSpec } from '../../../audiences/channels/meta/meta-spec-schema.js'
import { isPlatformError } from '../platform-error.js'
import { isoDate, type ValidationOutcome } from '../live-result.js'
import type { MetaContext } from './meta-client.js'

export type MetaValidateOptions = {
  campaignId: string
  dailyBudgetMinor: number
  optimizationGoal?: string
  billingEvent?: string
}

export function adSetParams(spec: MetaSpec, options: MetaValidateOptions): Record<string, unknown> {
  return {
    name: 'kohde validation',
    campaign_id: options.campaignId,
    status: 'PAUSED',
    billing_event: options.billingEvent ?? 'IMPRESSIONS',
    optimization_goal: options.optimizationGoal ?? 'REACH',
    bid_strategy: 'LOWEST_COST_WITHOUT_CAP',
    daily_budget: options.dailyBudgetMinor,
    targeting: spec.targeting,
    ...(spec.adSet ?? {}),
    // "The API call will not perform the mutation but will run through the validation rules" (platforms.md §2.5).
    execution_options: ['validate_only'],
  }
}

// special_ad_categories belong to the campaign: this checks the ad set (targeting, DSA fields) inside campaignId.
export async function validateMetaSpec(
  ctx: MetaContext,
  spec: MetaSpec,
  options: MetaValidateOptions,
): Promise<ValidationOutcome> {
  const base = { platform: 'meta' as const, account: ctx.accountPath, date: isoDate(ctx.deps.clock()) }
  try {
    await ctx.call(() => ctx.account.createAdSet([], adSetParams(spec, options)))
    return { ...base, valid: true, problems: [] }
  } catch (error) {
    if (!isPlatformError(error) || error.code !== 'parameter_invalid') throw error
    return {
      ...base,
      valid: false,
      problems: error.problems,
    }
  }
}
