import type { EstimatedLine, PlanRecommendation, PlanTotal, Warning } from '../../audiences/index.js'
import { formatCount, formatDecimal, formatEuros, textTable, type Align } from './table-report.js'

const right = (n: number): Align[] => Array.from({ length: n }, () => 'right')

/** Each line's budget beside its recommended budget and the reach and frequency there, and the plan's. */
export function recommendedTable(lines: readonly EstimatedLine[], plan: PlanRecommendation | null): string[] {
  const cells = (r: { budget: number; reach: number; frequency: number } | null) =>
    r ? [formatEuros(r.budget), formatCount(r.reach), formatDecimal(r.frequency)] : ['—', '—', '—']
  const rows = lines.map((l) => [l.channel, formatEuros(l.budget), ...cells(l.recommendedBudget)])
  const total = lines.reduce((sum, l) => sum + l.budget, 0)
  return textTable(
    ['CHANNEL', 'BUDGET', 'RECOMMENDED', 'REACH THERE', 'FREQUENCY THERE'],
    [...rows, ['PLAN', formatEuros(total), ...cells(plan)]],
    ['left', ...right(4)],
  )
}

/** People reached at least k times, k = 1…10, per line and unduplicated in total. */
export function effectiveReachTable(lines: readonly EstimatedLine[], total: PlanTotal): string[] {
  const levels = total.reachAtLeast.map((_, k) => `${k + 1}+`)
  const rows = [
    ...lines.map((l) => [l.channel, ...l.reachAtLeast.map(formatCount)]),
    ['TOTAL', ...total.reachAtLeast.map(formatCount)],
  ]
  return textTable(['CHANNEL', ...levels], rows, ['left', ...right(levels.length)])
}

/** Every warning as `- code (line): message → what to do`, or a line saying there are none. */
export function warningLines(warnings: readonly Warning[]): string[] {
  if (warnings.length === 0) return ['Warnings: none.']
  return [
    `Warnings (${warnings.length}):`,
    ...warnings.map(
      (w) => `- ${w.severity === 'info' ? 'note' : 'warning'} ${w.code}: ${w.message} → ${w.action.message}`,
    ),
  ]
}
