import type {
  BudgetForReachResponse,
  PlanEstimate,
  Objective,
  OptimizeResponse,
  PlanTotal,
  SegmentComparison,
} from '../../audiences/index.js'
import type { Translate } from '../i18n/translate.js'

export type PlanToolsSource = {
  planId: string
  version: number
  canWrite: boolean
  labels: readonly string[]
  current: PlanEstimate
  scenarios: readonly { name: string; estimate: PlanEstimate }[]
  plannable: boolean
  segmentCount: number
  objective: Objective
  optimize: OptimizeResponse | null
  targetReach: string
  targetError: string | null
  budgetForReach: BudgetForReachResponse | null
  strategies: SegmentComparison | null
}

const summaryOf = (total: PlanTotal) => ({
  budget: total.budget,
  reach: total.reach,
  frequency: total.frequency,
  clicks: total.clicks,
  impressions: total.impressions,
})

/** Optimiser, budget for a reach, segment strategies and scenarios: the forms and, once run, their results. */
export function toPlanTools(t: Translate, source: PlanToolsSource) {
  const base = `/plans/${source.planId}`
  const { optimize, budgetForReach: bfr } = source
  return {
    optimizeHref: `${base}/optimize`,
    applyHref: `${base}/optimize/apply`,
    budgetForReachHref: `${base}/budget-for-reach`,
    strategiesHref: `${base}/strategies`,
    version: source.version,
    plannable: source.plannable,
    objectiveOptions: (['reach', 'clicks'] as const).map((value) => ({
      value,
      label: t(`plan.objective.${value}`),
      selected: value === source.objective,
    })),
    optimize: optimize && {
      objectiveKey: `plan.objective.${optimize.objective}`,
      objective: optimize.objective,
      lines: optimize.lines.map((line, i) => ({
        label: source.labels[i]!,
        currentBudget: source.current.lines[i]!.budget,
        optimisedBudget: line.budget,
        currentReach: source.current.lines[i]!.reach,
        optimisedReach: line.reach,
      })),
      current: summaryOf(source.current.total),
      optimised: summaryOf(optimize.total),
      even: summaryOf(optimize.evenSplit.total),
      reachGain: optimize.total.reach - source.current.total.reach,
      clicksGain: optimize.total.clicks - source.current.total.clicks,
      canApply: source.canWrite,
    },
    targetReach: source.targetReach,
    targetError: source.targetError,
    budgetForReach: bfr && {
      feasible: bfr.feasible,
      totalBudget: bfr.feasible ? bfr.totalBudget : null,
      reach: bfr.feasible ? bfr.total.reach : null,
      frequency: bfr.feasible ? bfr.total.frequency : null,
      lines: bfr.feasible
        ? bfr.lines.map((l, i) => ({ label: source.labels[i]!, budget: l.budget, reach: l.reach }))
        : [],
      reasonKey: bfr.feasible ? null : `plan.bfr.${bfr.code}`,
      maxReach: bfr.feasible ? null : bfr.maxReach,
    },
    canCompareStrategies: source.segmentCount >= 2 && source.current.total.budget > 0,
    strategies:
      source.strategies &&
      source.strategies.strategies.map((s) => ({
        nameKey: `plan.strategy.${s.strategy}`,
        budget: s.budget,
        reach: s.reach,
        frequency: s.frequency,
        clicks: s.clicks,
        segmentsReached: s.segmentsReached,
        segments: s.segments,
      })),
    hasScenarios: source.scenarios.length > 0,
    scenarios: [
      { name: t('plan.scenario.plan'), isPlan: true, ...summaryOf(source.current.total) },
      ...source.scenarios.map((s) => ({ name: s.name, isPlan: false, ...summaryOf(s.estimate.total) })),
    ],
  }
}
export type PlanToolsModel = ReturnType<typeof toPlanTools>
