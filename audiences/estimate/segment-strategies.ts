import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { AssumptionLog } from './assumption-log.js'
import type { PlanTotal } from './estimate-schema.js'
import { optimizeContext } from './optimize-plan.js'
import { preparePlan, type PlanContext, type PlanOptions } from './plan-context.js'
import type { SegmentComparison, SegmentComparisonRequest, StrategyOutcome } from './segment-strategy-schema.js'

type Segment = { name: string; context: PlanContext }

function segmentContexts(request: SegmentComparisonRequest, taxonomy: Taxonomy, options: PlanOptions): Segment[] {
  return request.segments.map((s) => ({
    name: s.name,
    context: preparePlan(
      {
        audience: s.audience,
        reachModel: request.reachModel,
        lines: request.lines.map((l) => ({ ...l, audienceSize: s.audience ? undefined : s.audienceSize })),
      },
      taxonomy,
      options,
    ),
  }))
}

function bestTotal(context: PlanContext, budget: number): PlanTotal | null {
  return budget > 0
    ? optimizeContext(
        context,
        context.lines.map(() => ({})),
        budget,
        'reach',
      ).best.total
    : null
}

function outcome(
  strategy: StrategyOutcome['strategy'],
  parts: { name: string; budget: number; total: PlanTotal | null; clickLift: number }[],
): StrategyOutcome {
  const segments = parts.map((p) => ({
    name: p.name,
    budget: p.budget,
    reach: p.total?.reach ?? 0,
    frequency: p.total?.frequency ?? 0,
    clicks: (p.total?.clicks ?? 0) * p.clickLift,
  }))
  const reach = segments.reduce((a, s) => a + s.reach, 0)
  const impressions = parts.reduce((a, p) => a + (p.total?.impressions ?? 0), 0)
  return {
    strategy,
    budget: segments.reduce((a, s) => a + s.budget, 0),
    reach,
    frequency: reach > 0 ? impressions / reach : 0,
    clicks: segments.reduce((a, s) => a + s.clicks, 0),
    segmentsReached: segments.filter((s) => s.reach >= 1).length,
    segments,
  }
}

// Whole cents in proportion to each segment's universe, the rounding remainder on the largest.
function proportionalSplit(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const cents = weights.map((w) => Math.floor((Math.round(total * 100) * w) / (sum || 1)))
  const largest = weights.indexOf(Math.max(...weights))
  cents[largest]! += Math.round(total * 100) - cents.reduce((a, b) => a + b, 0)
  return cents.map((c) => c / 100)
}

/** Seed 002's three strategies for one budget over a set of segments, each split across channels for reach. */
export function compareSegmentStrategies(
  request: SegmentComparisonRequest,
  taxonomy: Taxonomy,
  options: PlanOptions = {},
): SegmentComparison {
  const segments = segmentContexts(request, taxonomy, options)
  const universes = segments.map((s) => s.context.universe)
  const pooled = preparePlan(
    {
      reachModel: request.reachModel,
      universe: universes.reduce((a, b) => a + b, 0),
      lines: request.lines.map((l, i) => ({
        ...l,
        audienceSize: segments.reduce((a, s) => a + s.context.lines[i]!.audienceSize.value, 0),
      })),
    },
    taxonomy,
    options,
  )
  const pooledTotal = bestTotal(pooled, request.totalBudget)
  const share = (u: number) => (pooled.universe > 0 ? u / pooled.universe : 0)
  const undifferentiated = outcome(
    'undifferentiated',
    segments.map((s, i) => ({
      name: s.name,
      budget: request.totalBudget * share(universes[i]!),
      total: pooledTotal && {
        ...pooledTotal,
        reach: pooledTotal.reach * share(universes[i]!),
        impressions: pooledTotal.impressions * share(universes[i]!),
        clicks: pooledTotal.clicks * share(universes[i]!),
      },
      clickLift: 1,
    })),
  )
  const budgets = proportionalSplit(request.totalBudget, universes)
  const differentiated = outcome(
    'differentiated',
    segments.map((s, i) => ({
      name: s.name,
      budget: budgets[i]!,
      total: bestTotal(s.context, budgets[i]!),
      clickLift: request.tailoredCtrLift,
    })),
  )
  const focus =
    request.focus !== undefined && request.focus < segments.length
      ? request.focus
      : universes.indexOf(Math.max(...universes))
  const concentrated = outcome(
    'concentrated',
    segments.map((s, i) => ({
      name: s.name,
      budget: i === focus ? request.totalBudget : 0,
      total: i === focus ? bestTotal(s.context, request.totalBudget) : null,
      clickLift: request.tailoredCtrLift,
    })),
  )
  const log = new AssumptionLog()
  for (const a of [...segments.flatMap((s) => s.context.log.list()), ...pooled.log.list()])
    log.add(a.factor, a.value, a.source)
  log.add(
    'segments.disjoint',
    'segments do not overlap; one treatment for all reaches each segment in proportion to its size',
    'kohde assumption',
  )
  log.add('segments.differentiatedBudget', 'each segment gets budget in proportion to its size', 'kohde assumption')
  log.add(
    'segments.tailoredCtrLift',
    request.tailoredCtrLift,
    request.tailoredCtrLift === 1 ? 'kohde default: no evidence in the seeds of a lift' : 'request',
  )
  return { strategies: [undifferentiated, differentiated, concentrated], assumptions: log.list() }
}
