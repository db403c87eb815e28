import type {
  BudgetForReachResponse,
  PlanEstimate,
  Objective,
  OptimizeResponse,
  PlanTotal,
  SegmentComparison,
} from '../../audiences/index.js'
import type { Translate } from '../i18n/translate.js'
import { REACH_LEVELS } from '../../audiences/index.js'

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
  effectiveFrequency: number
  optimize: OptimizeResponse | null
  targetReach: string
  targetError: string | null
  budgetForReach: BudgetForReachResponse | null
  strategies: SegmentComparison | null
}

// Reach counts people reached at least k times (k = 1: plain reach).
const summaryOf = (total: PlanTotal, k = 1) => ({
  budget: total.budget,
  reach: total.reachAtLeast[k - 1] ?? total.reach,
  frequency: total.frequency,
  clicks: total.clicks,
  impressions: total.impressions,
})

const kOptionsOf = (t: Translate, selected: number) =>
  Array.from({ length: REACH_LEVELS }, (_, i) => ({
    value: i + 1,
    label: i === 0 ? t('guidance.k.once') : t('guidance.k.times', { k: i + 1 }),
    selected: i + 1 === selected,
  }))

/** Optimiser, budget for a reach, segment strategies and scenarios: the forms and, once run, their results. */
export function toPlanTools(t: Translate, source: PlanToolsSource) {
  const base = `/plans/${source.planId}`
  const { optimize, budgetForReach: bfr } = source
  const k = optimize?.effectiveFrequency ?? 1
  const bfrK = bfr?.effectiveFrequency ?? source.effectiveFrequency
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
    kOptions: kOptionsOf(t, source.effectiveFrequency),
    bfrKOptions: kOptionsOf(t, bfrK),
    optimize: optimize && {
      objectiveKey: `plan.objective.${optimize.objective}`,
      objectiveText:
        k > 1
          ? `${t(`plan.objective.${optimize.objective}`)}, ${t('guidance.k.times', { k })}`
          : t(`plan.objective.${optimize.objective}`),
      objective: optimize.objective,
      effectiveFrequency: k,
      lines: optimize.lines.map((line, i) => ({
        label: source.labels[i]!,
        currentBudget: source.current.lines[i]!.budget,
        optimisedBudget: line.budget,
        currentReach: source.current.lines[i]!.reachAtLeast[k - 1]!,
        optimisedReach: line.reachAtLeast[k - 1]!,
      })),
      current: summaryOf(source.current.total, k),
      optimised: summaryOf(optimize.total, k),
      even: summaryOf(optimize.evenSplit.total, k),
      reachGain: optimize.total.reachAtLeast[k - 1]! - source.current.total.reachAtLeast[k - 1]!,
      clicksGain: optimize.total.clicks - source.current.total.clicks,
      canApply: source.canWrite,
    },
    targetReach: source.targetReach,
    targetError: source.targetError,
    budgetForReach: bfr && {
      feasible: bfr.feasible,
      totalBudget: bfr.feasible ? bfr.totalBudget : null,
      effectiveFrequency: bfrK,
      resultKey: bfrK > 1 ? 'guidance.bfr.resultK' : 'plan.bfr.result',
      reach: bfr.feasible ? bfr.total.reachAtLeast[bfrK - 1]! : null,
      frequency: bfr.feasible ? bfr.total.frequency : null,
      lines: bfr.feasible
        ? bfr.lines.map((l, i) => ({ label: source.labels[i]!, budget: l.budget, reach: l.reachAtLeast[bfrK - 1]! }))
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
