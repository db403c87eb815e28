import type { Assumption, EstimateResponse, LineResult, PlanTotal } from '../../audiences/index.js'
import { effectiveReachTable, recommendedTable, warningLines } from './guidance-report.js'
import { formatCount, formatDecimal, formatEuros, formatFactor, textTable, type Align } from './table-report.js'

type Delivery = { impressions: number; clicks: number; reach: number; frequency: number }

const deliveryCells = (row: Delivery) => [
  formatCount(row.impressions),
  formatCount(row.clicks),
  formatCount(row.reach),
  formatDecimal(row.frequency),
]

const sizeCell = ({ low, high }: LineResult['audienceSize']) =>
  formatCount(low) === formatCount(high) ? formatCount(low) : `${formatCount(low)}–${formatCount(high)}`

/** One row per line and a total row; total reach is unduplicated, so less than the sum of the lines. */
export function planTable(lines: readonly LineResult[], total: PlanTotal): string[] {
  const daily = lines.some((l) => l.dailyBudget !== null)
  const budgetCells = (budget: number, perDay: number | null) =>
    daily ? [formatEuros(budget), formatEuros(perDay ?? 0)] : [formatEuros(budget)]
  const dailyTotal = lines.reduce((sum, l) => sum + (l.dailyBudget ?? 0), 0)
  const rows = [
    ...lines.map((l) => [
      l.channel,
      ...budgetCells(l.budget, l.dailyBudget),
      ...deliveryCells(l),
      sizeCell(l.audienceSize),
    ]),
    [
      'TOTAL',
      ...budgetCells(total.budget, dailyTotal),
      ...deliveryCells(total),
      `universe ${formatCount(total.universe)}`,
    ],
  ]
  const header = ['CHANNEL', 'BUDGET', ...(daily ? ['PER DAY'] : []), 'IMPRESSIONS', 'CLICKS', 'REACH', 'FREQUENCY']
  const align: Align[] = ['left', ...header.slice(1).map((): Align => 'right'), 'right']
  return textTable([...header, 'AUDIENCE SIZE'], rows, align)
}

/** What the table cannot show: how the total is counted, and budget a frequency cap leaves unspent. */
export function planNotes(lines: readonly LineResult[], total: PlanTotal): string[] {
  const unspent = lines
    .filter((l) => l.budget - l.spend >= 0.005)
    .map(
      (l) =>
        `${l.channel}: only ${formatEuros(l.spend)} of ${formatEuros(l.budget)} can be spent: the frequency cap of ${l.frequencyCap ?? '—'} saturates its audience.`,
    )
  return [
    `Total reach is unduplicated across channels over ${formatCount(total.universe)} people; frequency = impressions ÷ reach.`,
    ...unspent,
  ]
}

/** Every assumption as `factor  value — source`, factors aligned. */
export function assumptionLines(assumptions: readonly Assumption[]): string[] {
  const width = Math.max(0, ...assumptions.map((a) => a.factor.length))
  return [
    'Assumptions (value — source):',
    ...assumptions.map((a) => `  ${a.factor.padEnd(width)}  ${formatFactor(a.value)} — ${a.source}`),
  ]
}

/** The guidance of a planning answer: warnings, recommended budgets, k+ reach. */
export function guidanceSections(
  estimate: Pick<EstimateResponse, 'lines' | 'total' | 'warnings' | 'recommendedBudget' | 'assumptions'>,
) {
  const t = estimate.assumptions.find((a) => a.factor === 'guidance.marginalThreshold')?.value
  const share = typeof t === 'number' ? `${formatFactor(t * 100)} %` : 'the threshold share'
  const threshold = `where marginal reach per euro falls to ${share} of the first euro’s`
  return [
    ...warningLines(estimate.warnings),
    '',
    `Recommended budgets (${threshold}):`,
    ...recommendedTable(estimate.lines, estimate.recommendedBudget),
    '',
    'People reached at least k times:',
    ...effectiveReachTable(estimate.lines, estimate.total),
  ]
}

/** An /estimate response as plain text: the plan table, notes, guidance, then the assumptions with their sources. */
export function formatEstimateReport(estimate: EstimateResponse): string {
  const { lines, total, assumptions } = estimate
  return [
    `Estimate: ${lines.length} line${lines.length === 1 ? '' : 's'}, ${formatEuros(total.budget)}`,
    ...planTable(lines, total),
    '',
    ...planNotes(lines, total),
    '',
    ...guidanceSections(estimate),
    '',
    ...assumptionLines(assumptions),
    '',
  ].join('\n')
}
