import type {
  Assumption,
  EstimatedLine,
  EstimateLineResult,
  EstimateResponse,
  EstimateTotal,
  PlanRecommendation,
  PlanTotal,
  Warning,
} from '../../audiences/index.js'
import { effectiveReachTable, recommendedTable, warningLines } from './guidance-report.js'
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

// A line spends less than its budget when its audience is empty or its frequency cap is reached.
const unspentCause = (l: EstimateLineResult): string =>
  l.frequencyCap === null || (l.audienceSize?.high ?? 0) === 0
    ? 'it has nobody to reach'
    : `the frequency cap of ${l.frequencyCap} saturates its audience`

/** What the table cannot show: how the total is counted, why sizes differ, budget a frequency cap leaves unspent. */
export function planNotes(lines: readonly EstimateLineResult[], total: EstimateTotal): string[] {
  const unspent = lines
    .filter((l) => l.budget - l.spend >= 0.005)
    .map(
      (l) => `${l.channel}: only ${formatEuros(l.spend)} of ${formatEuros(l.budget)} can be spent: ${unspentCause(l)}.`,
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

/** The guidance of a planning answer: warnings, recommended budgets, k+ reach. */
export function guidanceSections(estimate: {
  lines: readonly EstimatedLine[]
  total: PlanTotal
  warnings: readonly Warning[]
  recommendedBudget: PlanRecommendation | null
  assumptions: readonly Assumption[]
}) {
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

// Net media, the agency's fee and what the client pays (ADR 0010); nothing when no fee applies.
function costLines({ cost, lines }: EstimateResponse): string[] {
  if (cost.fee === 0) return []
  const row = (label: string, c: { net: number; fee: number; gross: number }) =>
    `  ${label.padEnd(12)} net ${formatEuros(c.net)}, fee ${formatEuros(c.fee)}, gross ${formatEuros(c.gross)}`
  return [
    'Cost (net media + fee = gross):',
    ...cost.lines.map((c, i) => row(lines[i]!.channel, c)),
    row('total', cost),
    '',
  ]
}

// The guidance measures reach: an estimate with a line nothing sizes has none (its notes say why reach is missing).
function estimateGuidance(estimate: EstimateResponse): string[] {
  const { lines, total } = estimate
  const sized = (l: EstimateLineResult): l is EstimatedLine => l.reach !== null && l.reachAtLeast !== null
  const sizedTotal = (t: EstimateTotal): t is PlanTotal => t.reach !== null && t.reachAtLeast !== null
  if (!lines.every(sized) || !sizedTotal(total)) return []
  return [...guidanceSections({ ...estimate, lines, total }), '']
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
    ...costLines(estimate),
    ...estimateGuidance(estimate),
    ...assumptionLines(assumptions),
    '',
  ].join('\n')
}
