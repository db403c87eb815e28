import { sainsburyReach } from './cross-channel-reach.js'
import type { PlanCalendar } from './flight-calendar.js'
import { deliverLine, type LineSetup } from './line-delivery.js'

export const CALENDAR_REACH_ASSUMPTION =
  "each line's impressions are spread evenly over the days of its own flight; reach by the end of a week is each " +
  "line's reach curve at its impressions so far, combined across lines by random duplication (Sainsbury) whether " +
  'or not their flights overlap (the same people can be reached in any week); a week with overlapping flights ' +
  "counts every line's impressions in that week's frequency; lines without dates are left out"

export type CalendarWeekDelivery = {
  impressions: number
  reach: number
  frequency: number
  cumulativeReach: number
  cumulativeFrequency: number
}

/** Per week: the plan's impressions, people reached that week, and unduplicated reach so far (scheduled lines). */
export function calendarDelivery(
  calendar: PlanCalendar,
  setups: readonly LineSetup[],
  universe: number,
): CalendarWeekDelivery[] {
  const scheduled = calendar.lines.filter((l) => l.days !== null)
  const spent = scheduled.map(() => 0)
  return calendar.weeks.map((_, w) => {
    const week = scheduled.map((line) => deliverLine(setups[line.index]!, line.weekBudgets[w]!))
    scheduled.forEach((line, i) => (spent[i] = spent[i]! + line.weekBudgets[w]!))
    const soFar = scheduled.map((line, i) => deliverLine(setups[line.index]!, spent[i]!))
    const impressions = week.reduce((sum, d) => sum + d.impressions, 0)
    const reach = sainsburyReach(
      universe,
      week.map((d) => d.reach),
    )
    const cumulativeImpressions = soFar.reduce((sum, d) => sum + d.impressions, 0)
    const cumulativeReach = sainsburyReach(
      universe,
      soFar.map((d) => d.reach),
    )
    return {
      impressions,
      reach,
      frequency: reach > 0 ? impressions / reach : 0,
      cumulativeReach,
      cumulativeFrequency: cumulativeReach > 0 ? cumulativeImpressions / cumulativeReach : 0,
    }
  })
}
