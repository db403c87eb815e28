import { z } from 'zod'
import type { MetaTargeting } from '../../../audiences/channels/meta/meta-spec-schema.js'
import { unexpectedResponse } from '../platform-error.js'
import { emptyEstimate, isoDate, type LiveEstimate } from '../live-result.js'
import { edgeItems, type MetaContext } from './meta-client.js'

const bound = z.number().int()
const CurvePointSchema = z.object({
  spend: z.number(),
  reach: z.number(),
  impressions: z.number(),
  actions: z.number(),
})
const DeliveryEstimateSchema = z.object({
  estimate_mau_lower_bound: bound.optional(),
  estimate_mau_upper_bound: bound.optional(),
  estimate_ready: z.boolean().optional(),
  daily_outcomes_curve: z.array(CurvePointSchema).optional(),
})
// reachestimate's `data` is one node, not a list (platforms.md §2.1, §2.4).
const ReachEstimateSchema = z.object({
  data: z.object({ users_lower_bound: bound, users_upper_bound: bound, estimate_ready: z.boolean().optional() }),
})

const orNull = (n: number | undefined) => (n === undefined || n < 0 ? null : n)

// delivery_estimate: MAU bounds and the daily outcomes curve (SDK getDeliveryEstimate; data is a list).
export async function metaDeliveryEstimate(
  ctx: MetaContext,
  targeting: MetaTargeting,
  optimizationGoal = 'REACH',
): Promise<LiveEstimate> {
  const items = await ctx.call(() =>
    edgeItems(ctx.account.getDeliveryEstimate([], { targeting_spec: targeting, optimization_goal: optimizationGoal })),
  )
  const parsed = DeliveryEstimateSchema.safeParse(items[0])
  if (!parsed.success) throw unexpectedResponse('meta', 'delivery_estimate')
  const d = parsed.data
  const estimate = emptyEstimate({
    platform: 'meta',
    account: ctx.accountPath,
    date: isoDate(ctx.deps.clock()),
    endpoint: `${ctx.accountPath}/delivery_estimate`,
  })
  const curve = d.daily_outcomes_curve ?? []
  // "When we do not [have high-confidence predictions] … an array of 1 point with all 0s" (delivery_estimate reference).
  const noCurve = curve.every((p) => p.spend === 0 && p.reach === 0 && p.impressions === 0 && p.actions === 0)
  return {
    ...estimate,
    audience: { lower: orNull(d.estimate_mau_lower_bound), upper: orNull(d.estimate_mau_upper_bound) },
    dailyCurve: noCurve ? [] : curve,
    notes: [
      ...(noCurve
        ? ['Meta gave no daily outcomes curve: it has no high-confidence prediction for this targeting.']
        : []),
      ...(d.estimate_ready === false ? ['Meta says the estimate is not ready yet; ask again in a minute.'] : []),
    ],
  }
}

// reachestimate through api.call: the SDK's getReachEstimate expects a list and throws on the documented object.
export async function metaReachEstimate(ctx: MetaContext, targeting: MetaTargeting): Promise<LiveEstimate> {
  const body = await ctx.call(() =>
    ctx.api.call('GET', [ctx.accountPath, 'reachestimate'], { targeting_spec: targeting }),
  )
  const parsed = ReachEstimateSchema.safeParse(body)
  if (!parsed.success) throw unexpectedResponse('meta', 'reachestimate')
  const { users_lower_bound: lower, users_upper_bound: upper } = parsed.data.data
  const withheld = lower < 0 || upper < 0
  return {
    ...emptyEstimate({
      platform: 'meta',
      account: ctx.accountPath,
      date: isoDate(ctx.deps.clock()),
      endpoint: `${ctx.accountPath}/reachestimate`,
    }),
    audience: { lower: orNull(lower), upper: orNull(upper) },
    // -1: "custom audience estimates are unavailable for the business" (reachestimate reference, platforms.md §2.4).
    notes: withheld ? ['Meta withholds the size (-1): its custom-audience estimates are off for this business.'] : [],
  }
}
