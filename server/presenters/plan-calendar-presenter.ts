import {
  calendarDelivery,
  estimateSetups,
  PLATFORM_OF,
  planCalendar,
  type GuidedPlanEstimate,
  type FlightDates,
  type ReachModel,
} from '../../audiences/index.js'
import { formatDate } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'

export type PlanCalendarSource = {
  lines: readonly FlightDates[]
  estimate: GuidedPlanEstimate
  labels: readonly string[]
  reachModel: ReachModel | null | undefined
}

const PLATFORMS = { google: 'Google', meta: 'Meta', linkedin: 'LinkedIn' } as const
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
const cellsOf = (values: readonly number[]) => values.map((budget) => ({ budget, active: budget > 0 }))

/** The flowchart: lines × weeks and months with daily budgets, totals, platforms and reach by week; null without dates. */
export function toPlanCalendar(t: Translate, locale: Locale, source: PlanCalendarSource) {
  const { estimate, labels } = source
  const dated = source.lines.map((l, i) => ({ ...l, budget: estimate.lines[i]!.budget }))
  const calendar = planCalendar(dated)
  if (!calendar) return null
  const date = (iso: string) => formatDate(locale, iso)
  const scheduled = calendar.lines.filter((l) => l.days !== null)
  const delivery = calendarDelivery(calendar, estimateSetups(estimate, source.reachModel), estimate.total.universe)
  const platformRows = (pick: (i: number) => readonly number[], n: number) =>
    [...new Set(scheduled.map((l) => PLATFORM_OF[estimate.lines[l.index]!.channel]))].map((platform) => {
      const mine = scheduled.filter((l) => PLATFORM_OF[estimate.lines[l.index]!.channel] === platform)
      const cells = Array.from({ length: n }, (_, w) => sum(mine.map((l) => pick(l.index)[w]!)))
      return {
        label: t('calendar.platform', { platform: PLATFORMS[platform] }),
        cells: cellsOf(cells),
        total: sum(cells),
      }
    })
  return {
    weeks: calendar.weeks.map((w) => ({
      label: t('calendar.week', { week: w.week }),
      title: `${date(w.start)} – ${date(w.end)}`,
    })),
    months: calendar.months.map((m) =>
      new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01`)),
    ),
    rows: scheduled.map((l) => {
      const line = source.lines[l.index]!
      return {
        label: labels[l.index]!,
        flight: `${date(line.startDate!)} – ${date(line.endDate!)}`,
        days: l.days!,
        daily: l.dailyBudget!,
        cells: cellsOf(l.weekBudgets),
        monthCells: cellsOf(l.monthBudgets),
        total: estimate.lines[l.index]!.budget,
      }
    }),
    weekTotals: { cells: cellsOf(calendar.weekTotals), total: sum(calendar.weekTotals) },
    monthTotals: { cells: cellsOf(calendar.monthTotals), total: sum(calendar.monthTotals) },
    platforms: platformRows((i) => calendar.lines[i]!.weekBudgets, calendar.weeks.length),
    monthPlatforms: platformRows((i) => calendar.lines[i]!.monthBudgets, calendar.months.length),
    reachSoFar: delivery.map((d) => d.cumulativeReach),
    frequencyWeek: delivery.map((d) => d.frequency),
    unscheduled:
      calendar.unscheduled.length > 0
        ? t('calendar.unscheduled', { lines: calendar.unscheduled.map((i) => labels[i]!).join(', ') })
        : null,
  }
}
export type PlanCalendarModel = ReturnType<typeof toPlanCalendar>
