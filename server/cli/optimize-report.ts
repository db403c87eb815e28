import type { LineResult, Objective, OptimizeResponse, PlanTotal } from '../../audiences/index.js'
import { assumptionLines, guidanceSections, planNotes, planTable } from './estimate-report.js'
import { formatCount, formatEuros, formatPercent, textTable } from './table-report.js'

const splitCells = (row: { budget: number; reach: number; clicks: number }) => [
  formatEuros(row.budget),
  formatCount(row.reach),
  formatCount(row.clicks),
]

type Split = { lines: readonly LineResult[]; total: PlanTotal }

function comparisonTable(optimal: Split, even: Split): string[] {
  const rows = optimal.lines.map((line, i) => {
    const other = even.lines[i]
    return [line.channel, ...splitCells(line), ...(other ? splitCells(other) : [])]
  })
  return textTable(
    ['CHANNEL', 'OPTIMAL', 'REACH', 'CLICKS', 'EVEN SPLIT', 'REACH', 'CLICKS'],
    [...rows, ['TOTAL', ...splitCells(optimal.total), ...splitCells(even.total)]],
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  )
}

const UNIT: Record<Objective, string> = { reach: 'people reached', clicks: 'clicks' }

function gainLine(objective: Objective, k: number, optimal: PlanTotal, even: PlanTotal): string {
  const value = (t: PlanTotal) => (objective === 'reach' ? t.reachAtLeast[k - 1]! : t.clicks)
  const gain = value(optimal) - value(even)
  const unit = objective === 'reach' && k > 1 ? `people reached ${k}+ times` : UNIT[objective]
  if (Math.round(gain) === 0) return `Gain: none: the even split is already as good for ${unit}.`
  const ratio = value(even) > 0 ? ` (${formatPercent(gain / value(even))})` : ''
  return `Gain: ${gain > 0 ? '+' : ''}${formatCount(gain)} ${unit}${ratio} over the even split.`
}

/** An /optimize response as plain text: the optimal plan, the optimal split beside the even one, the gain, assumptions. */
export function formatOptimizeReport(result: OptimizeResponse): string {
  const { objective, effectiveFrequency: k, lines, total, evenSplit, assumptions } = result
  const aim = objective === 'clicks' ? 'clicks' : k > 1 ? `unduplicated ${k}+ reach` : 'unduplicated reach'
  return [
    `Optimal split of ${formatEuros(total.budget)} for ${aim}`,
    ...planTable(lines, total),
    '',
    'Optimal beside the even split:',
    ...comparisonTable({ lines, total }, evenSplit),
    '',
    gainLine(objective, k, total, evenSplit.total),
    '',
    ...planNotes(lines, total),
    '',
    ...guidanceSections(result),
    '',
    ...assumptionLines(assumptions),
    '',
  ].join('\n')
}
