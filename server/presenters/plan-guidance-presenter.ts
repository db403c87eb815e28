import type { GuidedPlanEstimate } from '../../audiences/index.js'
import { formatNumber } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'
import { toLineChart } from './chart-line-presenter.js'
import { actionText, capSettingText, warningText } from './guidance-text.js'

export type PlanGuidanceSource = {
  planId: string
  version: number
  canWrite: boolean
  labels: readonly string[]
  estimate: GuidedPlanEstimate
}

const thresholdOf = (estimate: GuidedPlanEstimate) => {
  const value = estimate.assumptions.find((a) => a.factor === 'guidance.marginalThreshold')?.value
  return typeof value === 'number' ? value : 0.1
}

/** The warnings as sentences with what to do, for the plan page and the client's view. */
export function guidanceWarnings(
  t: Translate,
  locale: Locale,
  estimate: GuidedPlanEstimate,
  labels: readonly string[],
) {
  return estimate.warnings.map((w) => {
    const line = w.line === undefined ? null : estimate.lines[w.line]!
    return {
      code: w.code,
      severityKey: `guidance.severity.${w.severity}`,
      severityClass: w.severity,
      text: warningText(t, locale, w, labels),
      action: actionText(t, locale, w, line),
    }
  })
}

/** Warnings, recommended budgets (with apply), cap suggestions and k+ reach with its chart, for the plan page. */
export function toPlanGuidance(t: Translate, locale: Locale, source: PlanGuidanceSource) {
  const { estimate, labels, canWrite } = source
  const base = `/plans/${source.planId}/guidance`
  const warnings = guidanceWarnings(t, locale, estimate, labels)
  const plan = estimate.recommendedBudget
  const caps = estimate.lines.flatMap((line, i) => {
    const cap = line.frequencyCapSuggestion
    if (!cap) return []
    const label = labels[i]!
    return [
      {
        ...{ index: i, label, cap: cap.frequencyCap, setting: capSettingText(t, cap) },
        ...{ reachNow: line.reach, reachCap: cap.reach, spendNow: line.spend, spendCap: cap.spend },
        applyLabel: t('guidance.caps.apply', { line: label }),
      },
    ]
  })
  const levels = estimate.total.reachAtLeast.map((_, k) => t('guidance.effective.level', { k: k + 1 }))
  const series = [
    ...estimate.lines.map((l, i) => ({ label: labels[i]!, values: l.reachAtLeast, total: false })),
    { label: t('chart.total'), values: estimate.total.reachAtLeast, total: true },
  ]
  const chart = toLineChart(
    series.map((s) => ({
      label: s.label,
      total: s.total,
      mark: null,
      points: s.values.map((y, k) => ({ x: k + 1, y })),
    })),
    { x: (v) => (v >= 1 ? t('guidance.effective.level', { k: v }) : ''), y: (v) => formatNumber(locale, v) },
  )
  return {
    hasWarnings: warnings.length > 0,
    warningCount: warnings.length,
    warnings,
    threshold: thresholdOf(estimate),
    applyHref: `${base}/apply`,
    version: source.version,
    canApply: canWrite,
    recommended: estimate.lines.map((line, i) => ({
      index: i,
      label: labels[i]!,
      budget: line.budget,
      recommended: line.recommendedBudget,
      applyLabel: t('guidance.recommended.applyLine', { line: labels[i]! }),
      canApply: canWrite && line.recommendedBudget !== null,
    })),
    plan: plan && { budget: estimate.total.budget, recommended: plan },
    hasCaps: caps.length > 0,
    caps,
    effective: {
      levels,
      rows: series.map((s) => ({ label: s.label, total: s.total, cells: s.values })),
      chart: estimate.total.reach > 0 ? chart : null,
    },
  }
}
export type PlanGuidanceModel = ReturnType<typeof toPlanGuidance>
