// A plan's lines laid out by ISO week (Monday to Sunday) and calendar month, each line's budget spread evenly
// over the days of its own flight.

const DAY_MS = 86_400_000

export type FlightDates = { startDate?: string | undefined; endDate?: string | undefined }
export type FlightLine = FlightDates & { budget: number }

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS)
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** Days from start to end, both included; null unless the line has both dates. */
export function flightDays(line: FlightDates): number | null {
  if (!line.startDate || !line.endDate) return null
  return dayNumber(line.endDate) - dayNumber(line.startDate) + 1
}

/** Each line's flight in days: its own dates, else the plan's flightDays (undefined without either). */
export const lineFlightDays = (lines: readonly FlightDates[], planDays?: number): (number | undefined)[] =>
  lines.map((l) => flightDays(l) ?? planDays)

/** ISO 8601 week number and its year of a day (the week belongs to the year of its Thursday). */
function isoWeek(day: number): { year: number; week: number } {
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7
  const thursday = day - weekday + 3
  const year = new Date(thursday * DAY_MS).getUTCFullYear()
  // Week 1 is the week of 4 January.
  const jan4 = dayNumber(`${year}-01-04`)
  const firstMonday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7)
  return { year, week: Math.floor((thursday - 3 - firstMonday) / 7) + 1 }
}

export type CalendarWeek = { start: string; end: string; year: number; week: number }
export type CalendarLine = {
  index: number
  days: number | null
  dailyBudget: number | null
  weekDays: number[]
  weekBudgets: number[]
  monthDays: number[]
  monthBudgets: number[]
}
export type PlanCalendar = {
  start: string
  end: string
  weeks: CalendarWeek[]
  months: string[]
  lines: CalendarLine[]
  weekTotals: number[]
  monthTotals: number[]
  unscheduled: number[]
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0) + 1)

function monthsBetween(first: number, last: number): { key: string; from: number; to: number }[] {
  const months: { key: string; from: number; to: number }[] = []
  for (let day = first; day <= last;) {
    const date = new Date(day * DAY_MS)
    const next = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS
    months.push({ key: isoOf(day).slice(0, 7), from: day, to: next - 1 })
    day = next
  }
  return months
}

/** The flowchart: budget per line per week and month, daily budgets, totals; null when no line has both dates. */
export function planCalendar(lines: readonly FlightLine[]): PlanCalendar | null {
  const dated = lines.filter((l) => flightDays(l) !== null)
  if (dated.length === 0) return null
  const first = Math.min(...dated.map((l) => dayNumber(l.startDate!)))
  const last = Math.max(...dated.map((l) => dayNumber(l.endDate!)))
  const monday = first - ((new Date(first * DAY_MS).getUTCDay() + 6) % 7)
  const weeks: CalendarWeek[] = []
  for (let day = monday; day <= last; day += 7) weeks.push({ start: isoOf(day), end: isoOf(day + 6), ...isoWeek(day) })
  const months = monthsBetween(first, last)
  const rows = lines.map((line, index): CalendarLine => {
    const days = flightDays(line)
    if (days === null)
      return { index, days, dailyBudget: null, weekDays: [], weekBudgets: [], monthDays: [], monthBudgets: [] }
    const [from, to] = [dayNumber(line.startDate!), dayNumber(line.endDate!)]
    const daily = line.budget / days
    const weekDays = weeks.map((w) => overlap(from, to, dayNumber(w.start), dayNumber(w.end)))
    const monthDays = months.map((m) => overlap(from, to, m.from, m.to))
    return {
      index,
      days,
      dailyBudget: daily,
      weekDays,
      weekBudgets: weekDays.map((d) => d * daily),
      monthDays,
      monthBudgets: monthDays.map((d) => d * daily),
    }
  })
  const scheduled = rows.filter((r) => r.days !== null)
  const totals = (pick: (r: CalendarLine) => number[], n: number) =>
    Array.from({ length: n }, (_, i) => scheduled.reduce((sum, r) => sum + pick(r)[i]!, 0))
  return {
    start: isoOf(first),
    end: isoOf(last),
    weeks,
    months: months.map((m) => m.key),
    lines: rows,
    weekTotals: totals((r) => r.weekBudgets, weeks.length),
    monthTotals: totals((r) => r.monthBudgets, months.length),
    unscheduled: rows.filter((r) => r.days === null).map((r) => r.index),
  }
}
