import { describe, expect, it } from 'vitest'
import { calendarDelivery } from '../../audiences/estimate/calendar-reach.js'
import { flightDays, planCalendar } from '../../audiences/estimate/flight-calendar.js'
import type { LineSetup } from '../../audiences/estimate/line-delivery.js'

describe('flight days', () => {
  it('counts both ends: 2 to 15 March is 14 days; one day is 1; a missing date is no flight', () => {
    expect(flightDays({ startDate: '2026-03-02', endDate: '2026-03-15' })).toBe(14)
    expect(flightDays({ startDate: '2026-03-02', endDate: '2026-03-02' })).toBe(1)
    expect(flightDays({ startDate: '2026-03-02' })).toBeNull()
  })

  it('crosses a leap day: 28 Feb to 1 Mar 2028 is 3 days', () => {
    expect(flightDays({ startDate: '2028-02-28', endDate: '2028-03-01' })).toBe(3)
  })
})

describe('the flowchart', () => {
  // Line 0: 2–15 March 2026 (Mon–Sun, 14 days), 1,400 € → 100 €/day. Line 1: 10 March–5 April (27 days), 2,700 € →
  // 100 €/day. 2 March 2026 is in ISO week 10 (week 1 starts Mon 29 Dec 2025, 63 days = 9 weeks earlier).
  const calendar = planCalendar([
    { budget: 1400, startDate: '2026-03-02', endDate: '2026-03-15' },
    { budget: 2700, startDate: '2026-03-10', endDate: '2026-04-05' },
    { budget: 500 },
  ])!

  it('runs Monday to Sunday from the first flight’s week to the last’s: weeks 10–14', () => {
    expect(calendar.weeks.map((w) => w.week)).toEqual([10, 11, 12, 13, 14])
    expect(calendar.weeks[0]).toEqual({ start: '2026-03-02', end: '2026-03-08', year: 2026, week: 10 })
    expect(calendar.weeks.at(-1)!.end).toBe('2026-04-05')
  })

  it('spreads each line evenly over its own days: 700 + 700; 600 (10–15 March) + 700 + 700 + 700', () => {
    expect(calendar.lines[0]!.weekBudgets).toEqual([700, 700, 0, 0, 0])
    expect(calendar.lines[1]!.weekDays).toEqual([0, 6, 7, 7, 7])
    expect(calendar.lines[1]!.weekBudgets).toEqual([0, 600, 700, 700, 700])
    expect(calendar.lines[1]!.dailyBudget).toBe(100)
  })

  it('adds up by week (700, 1,300, 700, 700, 700) and by month (March 1,400 + 2,200; April 500) to the scheduled 4,100 €', () => {
    expect(calendar.weekTotals).toEqual([700, 1300, 700, 700, 700])
    expect(calendar.months).toEqual(['2026-03', '2026-04'])
    expect(calendar.monthTotals).toEqual([3600, 500])
    expect(calendar.weekTotals.reduce((a, b) => a + b, 0)).toBe(4100)
  })

  it('lists a line without dates as unscheduled', () => {
    expect(calendar.unscheduled).toEqual([2])
    expect(calendar.lines[2]).toMatchObject({ days: null, dailyBudget: null, weekBudgets: [] })
  })

  it('numbers weeks across a year end: 2026 starts on a Thursday, so 28 Dec 2026 is week 53 and 4 Jan 2027 week 1', () => {
    const c = planCalendar([{ budget: 140, startDate: '2026-12-28', endDate: '2027-01-10' }])!
    expect(c.weeks.map((w) => `${w.year}-W${w.week}`)).toEqual(['2026-W53', '2027-W1'])
    expect(c.months).toEqual(['2026-12', '2027-01'])
    expect(c.monthTotals).toEqual([40, 100])
  })

  it('is null when no line has both dates', () => {
    expect(planCalendar([{ budget: 1, startDate: '2026-01-01' }])).toBeNull()
  })
})

describe('reach by week', () => {
  const setup: LineSetup = {
    pricing: 'cpm',
    cpm: 10,
    cpc: 1,
    ctr: 0.01,
    pool: 100_000,
    shape: null,
    frequencyCap: null,
  }

  it('one line of 2,000 € over two weeks (m = 2 in all, 1 a week): week reach A(1 − e^(−1)), by the end A(1 − e^(−2))', () => {
    const calendar = planCalendar([{ budget: 2000, startDate: '2026-03-02', endDate: '2026-03-15' }])!
    const [first, second] = calendarDelivery(calendar, [setup], 100_000)
    expect(first!.reach).toBeCloseTo(100_000 * (1 - Math.exp(-1)), 6)
    expect(first!.cumulativeReach).toBeCloseTo(first!.reach, 9)
    expect(second!.cumulativeReach).toBeCloseTo(100_000 * (1 - Math.exp(-2)), 6)
    expect(second!.cumulativeFrequency).toBeCloseTo(200_000 / (100_000 * (1 - Math.exp(-2))), 9)
  })

  it('two lines in the same week count both in that week’s frequency; weeks apart still share people (Sainsbury)', () => {
    const calendar = planCalendar([
      { budget: 1000, startDate: '2026-03-02', endDate: '2026-03-08' },
      { budget: 1000, startDate: '2026-03-09', endDate: '2026-03-15' },
    ])!
    const weeks = calendarDelivery(calendar, [setup, setup], 100_000)
    // Each week one line at m = 1; by the end both: U(1 − (e^(−1))²) = U(1 − e^(−2)).
    expect(weeks[1]!.cumulativeReach).toBeCloseTo(100_000 * (1 - Math.exp(-2)), 6)
    expect(weeks[0]!.frequency).toBeCloseTo(1 / (1 - Math.exp(-1)), 9)
  })
})
