import type { Assumption, EstimateLineResult, EstimateResponse, EstimateTotal } from '../../audiences/index.js'
import { formatCount, formatDecimal, formatEuros, formatFactor, textTable, type Align } from './table-report.js'

type Delivery = { impressions: number; clicks: number; reach: number | null; frequency: number | null }

const orDash = (n: number | null, format: (n: number) => string) => (n === null ? '—' : format(n))

const deliveryCells = (row: Delivery) => [
  formatCount(row.impressions),
  formatCount(row.clicks),
  orDash(row.reach, formatCount),
  orDash(row.frequency, formatDecimal),
]

type Band = { low: number; high: number } | null | undefined
const sizeCell = (band: Band) =>
  !band
    ? '—'
    : formatCount(band.low) === formatCount(band.high)
      ? formatCount(band.low)
      : `${formatCount(band.low)}–${formatCount(band.high)}`

/** One row per line and a total row; total reach is unduplicated, so less than the sum of the lines. */
export function planTable(lines: readonly EstimateLineResult[], total: EstimateTotal): string[] {
  const daily = lines.some((l) => l.dailyBudget !== null)
  const budgetCells = (budget: number, perDay: number | null) =>
    daily ? [formatEuros(budget), formatEuros(perDay ?? 0)] : [formatEuros(budget)]
  const dailyTotal = lines.reduce((sum, l) => sum + (l.dailyBudget ?? 0), 0)
  // The audience as described, beside the one each channel targets, when kohde sized an audience.
  const described = lines.some((l) => l.idealAudienceSize)
  const rows = [
    ...lines.map((l) => [
      l.channel,
      ...budgetCells(l.budget, l.dailyBudget),
      ...deliveryCells(l),
      sizeCell(l.audienceSize),
      ...(described ? [sizeCell(l.idealAudienceSize)] : []),
    ]),
    [
      'TOTAL',
      ...budgetCells(total.budget, dailyTotal),
      ...deliveryCells(total),
      total.universe === null ? '' : `universe ${formatCount(total.universe)}`,
      ...(described ? [''] : []),
    ],
  ]
  const header = [
    'CHANNEL',
    'BUDGET',
    ...(daily ? ['PER DAY'] : []),
    'IMPRESSIONS',
    'CLICKS',
    'REACH',
    'FREQUENCY',
    'TARGETED SIZE',
    ...(described ? ['AS DESCRIBED'] : []),
  ]
  const align: Align[] = ['left', ...header.slice(1).map((): Align => 'right')]
  return textTable(header, rows, align)
}

/** What the table cannot show: how the total is counted, why sizes differ, budget a frequency cap leaves unspent. */
export function planNotes(lines: readonly EstimateLineResult[], total: EstimateTotal): string[] {
  const unspent = lines
    .filter((l) => l.budget - l.spend >= 0.005)
    .map(
      (l) =>
        `${l.channel}: only ${formatEuros(l.spend)} of ${formatEuros(l.budget)} can be spent: the frequency cap of ${l.frequencyCap ?? '—'} saturates its audience.`,
    )
  const sizes = lines.flatMap((l) => (l.sizeReason ? [`${l.channel}: ${l.sizeReason.message}`] : []))
  const shared = (total.platforms ?? [])
    .filter((p) => p.channels.length > 1 || lines.filter((l) => l.channel === p.channels[0]).length > 1)
    .map(
      (p) =>
        `${p.channels.join(' and ')} share ${p.platform === 'meta' ? "Meta's" : `${p.platform}'s`} pool of ${formatCount(p.pool)} people: together they reach ${formatCount(p.reach)}.`,
    )
  const counted =
    total.universe === null || total.reach === null
      ? `Reach and frequency are not estimated: ${total.reachUnavailable?.message ?? 'no audience size'}.`
      : `Total reach is unduplicated across channels over ${formatCount(total.universe)} people; frequency = impressions ÷ reach.`
  const unsized = [...new Set(lines.flatMap((l) => (l.reachUnavailable ? [`${l.reachUnavailable.message}.`] : [])))]
  return [counted, ...shared, ...sizes, ...unsized, ...unspent]
}

/** Every assumption as `factor  value — source`, factors aligned. */
export function assumptionLines(assumptions: readonly Assumption[]): string[] {
  const width = Math.max(0, ...assumptions.map((a) => a.factor.length))
  return [
    'Assumptions (value — source):',
    ...assumptions.map((a) => `  ${a.factor.padEnd(width)}  ${formatFactor(a.value)} — ${a.source}`),
  ]
}

/** An /estimate response as plain text: the plan table, notes, then the assumptions with their sources. */
export function formatEstimateReport(estimate: EstimateResponse): string {
  const { lines, total, assumptions } = estimate
  return [
    `Estimate: ${lines.length} line${lines.length === 1 ? '' : 's'}, ${formatEuros(total.budget)}`,
    ...planTable(lines, total),
    '',
    ...planNotes(lines, total),
    '',
    ...assumptionLines(assumptions),
    '',
  ].join('\n')
}
