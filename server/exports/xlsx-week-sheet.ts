import type ExcelJS from 'exceljs'
import { PLATFORM_OF, planCalendar, type Locale, type PlanCalendar } from '../../audiences/index.js'
import type { PlanExportInput } from './export-input.js'
import { EXPORT_LABELS } from './export-labels.js'
import { addSheet, EURO_FORMAT, INTEGER_FORMAT, type XlsxColumn, type XlsxValue } from './xlsx-sheet.js'

const LABELS: Record<
  Locale,
  {
    sheet: string
    line: string
    platform: string
    start: string
    end: string
    days: string
    daily: string
    unscheduled: string
    week: (w: number, y: number) => string
  }
> = {
  fi: {
    sheet: 'Viikot',
    line: 'Mediarivi',
    platform: 'Alusta',
    start: 'Alkaa',
    end: 'Päättyy',
    days: 'Päiviä',
    daily: 'Päiväbudjetti',
    unscheduled: 'Ei päivämääriä',
    week: (w, y) => `vk ${w}/${y}`,
  },
  sv: {
    sheet: 'Veckor',
    line: 'Medierad',
    platform: 'Plattform',
    start: 'Börjar',
    end: 'Slutar',
    days: 'Dagar',
    daily: 'Dagsbudget',
    unscheduled: 'Utan datum',
    week: (w, y) => `v. ${w}/${y}`,
  },
  en: {
    sheet: 'Weeks',
    line: 'Line',
    platform: 'Platform',
    start: 'Starts',
    end: 'Ends',
    days: 'Days',
    daily: 'Daily budget',
    unscheduled: 'No dates',
    week: (w, y) => `W${w} ${y}`,
  },
}
const PLATFORM_NAMES = { google: 'Google', meta: 'Meta', linkedin: 'LinkedIn' } as const

/** Column letters of a 1-based index: 1 → A, 27 → AA. */
export function columnName(index: number): string {
  let name = ''
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

const monthName = (locale: Locale, key: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01`))

type Layout = { weeks: number; months: number; first: number; last: number }

// Columns: line, platform, start, end, days, budget, daily, the weeks, unscheduled, total, the months, month total.
const col = (l: Layout) => {
  const week0 = 8
  const unscheduled = week0 + l.weeks
  const total = unscheduled + 1
  const month0 = total + 1
  return { budget: 6, daily: 7, week0, unscheduled, total, month0, monthTotal: month0 + l.months }
}

function lineRow(input: PlanExportInput, calendar: PlanCalendar, i: number, l: Layout, r: number): XlsxValue[] {
  const line = input.lines[i]!
  const c = col(l)
  const cal = calendar.lines[i]!
  const ref = (column: number) => `${columnName(column)}${r}`
  const dated = cal.days !== null
  const daily = cal.dailyBudget ?? 0
  const times = (days: number) => (days > 0 ? { formula: `${ref(c.daily)}*${days}`, result: daily * days } : null)
  const sum = (from: number, to: number, result: number) => ({ formula: `SUM(${ref(from)}:${ref(to)})`, result })
  return [
    `${EXPORT_LABELS[input.locale].channels[line.channel]} – ${line.audienceName}`,
    PLATFORM_NAMES[PLATFORM_OF[line.channel]],
    line.startDate ?? null,
    line.endDate ?? null,
    cal.days,
    line.budget,
    dated ? { formula: `${ref(c.budget)}/${ref(5)}`, result: daily } : null,
    ...cal.weekDays.map(times),
    ...(dated ? [] : Array.from({ length: l.weeks }, () => null)),
    dated ? 0 : { formula: ref(c.budget), result: line.budget },
    sum(c.week0, c.unscheduled, line.budget),
    ...cal.monthDays.map(times),
    ...(dated ? [] : Array.from({ length: l.months }, () => null)),
    { formula: `SUM(${ref(c.month0)}:${ref(c.monthTotal - 1)})+${ref(c.unscheduled)}`, result: line.budget },
  ]
}

/** The flowchart as a sheet a planner edits: budgets are values, daily budgets, weeks, months and totals formulas. */
export function weekSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, input: PlanExportInput): void {
  const calendar = planCalendar(input.lines)
  if (!calendar) return
  const t = LABELS[input.locale]
  const layout: Layout = {
    weeks: calendar.weeks.length,
    months: calendar.months.length,
    first: 2,
    last: input.lines.length + 1,
  }
  const c = col(layout)
  const money = (header: string, width = 13): XlsxColumn => ({ header, width, numFmt: EURO_FORMAT })
  const sheet = addSheet(workbook, t.sheet, [
    { header: t.line, width: 36 },
    { header: t.platform, width: 11 },
    { header: t.start, width: 12 },
    { header: t.end, width: 12 },
    { header: t.days, width: 8, numFmt: INTEGER_FORMAT },
    money(EXPORT_LABELS[input.locale].budget),
    money(t.daily),
    ...calendar.weeks.map((w) => money(t.week(w.week, w.year), 12)),
    money(t.unscheduled),
    money(EXPORT_LABELS[input.locale].total),
    ...calendar.months.map((m) => money(monthName(input.locale, m), 15)),
    money(EXPORT_LABELS[input.locale].total),
  ])
  input.lines.forEach((_, i) => sheet.add(lineRow(input, calendar, i, layout, i + 2)))
  const span = (column: number) => `${columnName(column)}${layout.first}:${columnName(column)}${layout.last}`
  const results = (pick: (i: number) => number) => input.lines.reduce((sum, _, i) => sum + pick(i), 0)
  const totalRow: XlsxValue[] = [EXPORT_LABELS[input.locale].total, null, null, null, null]
  const budgets = (i: number) => input.lines[i]!.budget
  const week = (w: number) => (i: number) => calendar.lines[i]!.weekBudgets[w] ?? 0
  const month = (m: number) => (i: number) => calendar.lines[i]!.monthBudgets[m] ?? 0
  const unscheduled = (i: number) => (calendar.lines[i]!.days === null ? budgets(i) : 0)
  const sumOf = (column: number, pick: (i: number) => number) => ({
    formula: `SUM(${span(column)})`,
    result: results(pick),
  })
  totalRow.push(sumOf(c.budget, budgets), null)
  calendar.weeks.forEach((_, w) => totalRow.push(sumOf(c.week0 + w, week(w))))
  totalRow.push(sumOf(c.unscheduled, unscheduled), sumOf(c.total, budgets))
  calendar.months.forEach((_, m) => totalRow.push(sumOf(c.month0 + m, month(m))))
  totalRow.push(sumOf(c.monthTotal, budgets))
  sheet.add(totalRow, { bold: true })
  platformRows(sheet, input, calendar, layout)
  sheet.commit()
}

// Per platform, the same columns summed with SUMIF over the platform column.
function platformRows(sheet: ReturnType<typeof addSheet>, input: PlanExportInput, calendar: PlanCalendar, l: Layout) {
  const c = col(l)
  const platforms = [...new Set(input.lines.map((line) => PLATFORM_NAMES[PLATFORM_OF[line.channel]]))]
  for (const platform of platforms) {
    const mine = (i: number) => PLATFORM_NAMES[PLATFORM_OF[input.lines[i]!.channel]] === platform
    const sumif = (column: number, pick: (i: number) => number) => ({
      formula: `SUMIF($B$${l.first}:$B$${l.last},"${platform}",${columnName(column)}${l.first}:${columnName(column)}${l.last})`,
      result: input.lines.reduce((sum, _, i) => sum + (mine(i) ? pick(i) : 0), 0),
    })
    sheet.add([
      platform,
      platform,
      null,
      null,
      null,
      sumif(c.budget, (i) => input.lines[i]!.budget),
      null,
      ...calendar.weeks.map((_, w) => sumif(c.week0 + w, (i) => calendar.lines[i]!.weekBudgets[w] ?? 0)),
      sumif(c.unscheduled, (i) => (calendar.lines[i]!.days === null ? input.lines[i]!.budget : 0)),
      sumif(c.total, (i) => input.lines[i]!.budget),
      ...calendar.months.map((_, m) => sumif(c.month0 + m, (i) => calendar.lines[i]!.monthBudgets[m] ?? 0)),
      sumif(c.monthTotal, (i) => input.lines[i]!.budget),
    ])
  }
}
