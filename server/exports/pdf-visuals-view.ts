import { planCalendar } from '../../audiences/index.js'
import type { PlanExportInput } from './export-input.js'
import type { ExportLabels } from './export-labels.js'
import type { NumberFormats } from './export-number-format.js'

/** One bar of the reach chart: the reach, its range (null for the deduplicated total), the label and value text. */
export type PdfReachBar = { label: string; reach: number; low: number | null; high: number | null; text: string }
export type PdfReachChart = { heading: string; note: string; max: number; bars: PdfReachBar[] }
export type PdfCalendar = {
  heading: string
  note: string
  months: string[]
  rows: { label: string; cells: string[] }[]
}

// A line's label on the chart and the calendar: the channel and, when the plan has several, the audience.
function lineLabels(input: PlanExportInput, l: ExportLabels): string[] {
  const several = new Set(input.lines.map((x) => x.audienceName)).size > 1
  return input.lines.map((line) =>
    several ? `${l.channels[line.channel]}: ${line.audienceName}` : l.channels[line.channel],
  )
}

/** Reach per line with its range, and the plan's unduplicated total, drawn as horizontal bars. */
export function toPdfReachChart(input: PlanExportInput, l: ExportLabels, f: NumberFormats): PdfReachChart | null {
  const { estimate } = input
  if (estimate.total.reach <= 0) return null
  const labels = lineLabels(input, l)
  const bars: PdfReachBar[] = estimate.lines.map((r, i) => {
    const range = input.reachRanges[i]!
    return { label: labels[i]!, reach: r.reach, low: range.low, high: range.high, text: f.integer(r.reach) }
  })
  bars.push({
    label: l.total,
    reach: estimate.total.reach,
    low: null,
    high: null,
    text: f.integer(estimate.total.reach),
  })
  const max = Math.max(...bars.map((b) => Math.max(b.reach, b.high ?? 0)))
  return { heading: l.pdf.reachChart, note: l.pdf.reachChartNote, max, bars }
}

/** The flight calendar by month (lines × months, each cell the month's budget); null when no line has dates. */
export function toPdfCalendar(input: PlanExportInput, l: ExportLabels, f: NumberFormats): PdfCalendar | null {
  const calendar = planCalendar(
    input.lines.map((line) => ({ startDate: line.startDate, endDate: line.endDate, budget: line.budget })),
  )
  if (!calendar) return null
  const labels = lineLabels(input, l)
  const monthName = new Intl.DateTimeFormat(f.tag, { month: 'short', year: 'numeric', timeZone: 'UTC' })
  return {
    heading: l.pdf.calendar,
    note: l.pdf.calendarNote,
    months: calendar.months.map((m) => monthName.format(new Date(`${m}-01T00:00:00Z`))),
    rows: calendar.lines
      .filter((row) => row.days !== null)
      .map((row) => ({
        label: labels[row.index]!,
        cells: row.monthBudgets.map((budget) => (budget > 0 ? f.moneyWhole(budget) : '')),
      })),
  }
}
