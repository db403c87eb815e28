import { z } from 'zod'
import { ChannelIdSchema } from '../channels/channel.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { EstimateRequest } from './estimate-schema.js'
import { preparePlan, type PlanOptions } from './plan-context.js'
import { planAt } from './plan-result.js'

export const CurvePointSchema = z.strictObject({
  budget: z.number().nonnegative(),
  impressions: z.number().nonnegative(),
  clicks: z.number().nonnegative(),
  reach: z.number().nonnegative(),
  frequency: z.number().nonnegative(),
})
export type CurvePoint = z.infer<typeof CurvePointSchema>

export const ReachCurveSchema = z
  .strictObject({
    lines: z.array(z.strictObject({ channel: ChannelIdSchema, points: z.array(CurvePointSchema) })),
    total: z.array(CurvePointSchema).meta({ description: 'Unduplicated reach of all lines scaled together.' }),
  })
  .meta({ id: 'ReachCurve', description: 'Reach and frequency as a function of budget, for charts.' })
export type ReachCurve = z.infer<typeof ReachCurveSchema>

export type ReachCurveOptions = PlanOptions & { points?: number; maxMultiplier?: number }

const pointOf = (p: {
  budget: number
  impressions: number
  clicks: number
  reach: number
  frequency: number
}): CurvePoint => ({
  budget: p.budget,
  impressions: p.impressions,
  clicks: p.clicks,
  reach: p.reach,
  frequency: p.frequency,
})

/** Every line's budget scaled from 0 to maxMultiplier × its own (default 21 points up to 2×), keeping the mix. */
export function reachCurve(request: EstimateRequest, taxonomy: Taxonomy, options: ReachCurveOptions = {}): ReachCurve {
  const context = preparePlan(request, taxonomy, options)
  const points = Math.max(2, Math.round(options.points ?? 21))
  const maxMultiplier = options.maxMultiplier ?? 2
  const lines = request.lines.map((l) => ({ channel: l.channel, points: [] as CurvePoint[] }))
  const total: CurvePoint[] = []
  for (let j = 0; j < points; j++) {
    const t = (maxMultiplier * j) / (points - 1)
    const plan = planAt(
      context.lines,
      request.lines.map((l) => l.budget * t),
      context.universe,
    )
    plan.lines.forEach((line, i) => lines[i]!.points.push(pointOf(line)))
    total.push(pointOf(plan.total))
  }
  return { lines, total }
}
