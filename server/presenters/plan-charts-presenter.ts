import type { PlanEstimate, ReachCurve } from '../../audiences/index.js'
import { formatMoneyWhole, formatNumber, formatPercent } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'
import { toBarChart } from './chart-bar-presenter.js'
import { toLineChart } from './chart-line-presenter.js'

// −0 (zero budget × a rate) must not reach the tables or the titles as "−0".
const plain = (value: number) => value + 0

/**
 * Reach against budget, as two charts. Each line's curve runs over that line's own budget (0 to double), while the
 * total runs over the whole plan's budget: on one euro axis the total's plan point would sit at 1 000 € and a
 * 250 € line's at 250 €, the total's larger scale would flatten every line, and the eye would compare a line's
 * reach with the total's at the same euros, which nobody spends. So the lines share one chart (one euro on the
 * axis is one euro on that line) and the total has its own; the table gives both side by side. `mark` is the plan's
 * own budget (multiplier 1).
 */
export function toReachChart(
  t: Translate,
  locale: Locale,
  curves: ReachCurve,
  labels: readonly string[],
  mark: number,
) {
  const format = {
    x: (v: number) => formatMoneyWhole(locale, v),
    y: (v: number) => formatNumber(locale, v),
    point: (series: string, budget: string, reach: string) => t('chart.reachPoint', { series, budget, reach }),
  }
  const linesChart = toLineChart(
    curves.lines.map((line, i) => ({
      label: labels[i]!,
      points: line.points.map((p) => ({ x: plain(p.budget), y: plain(p.reach) })),
      total: false,
      mark,
    })),
    format,
  )
  const totalChart = toLineChart(
    [
      {
        label: t('chart.total'),
        points: curves.total.map((p) => ({ x: plain(p.budget), y: plain(p.reach) })),
        total: true,
        mark,
      },
    ],
    format,
  )
  const columns = [...labels, t('chart.total')]
  const rows = curves.total.map((_, j) => ({
    cells: [...curves.lines.map((l) => l.points[j]!), curves.total[j]!].map((p) => ({
      budget: plain(p.budget),
      reach: plain(p.reach),
    })),
    current: j === mark,
  }))
  return { linesChart, totalChart, columns, rows }
}

/** Each line's share of the budget. */
export function toSplitChart(locale: Locale, estimate: PlanEstimate, labels: readonly string[]) {
  const total = estimate.total.budget
  const rows = estimate.lines.map((line, i) => ({
    label: labels[i]!,
    budget: plain(line.budget),
    share: total > 0 ? line.budget / total : 0,
  }))
  const chart = toBarChart(
    rows.map((r) => ({
      label: r.label,
      value: r.budget,
      valueText: `${formatMoneyWhole(locale, r.budget)} (${formatPercent(locale, r.share)})`,
    })),
  )
  return { chart, rows }
}

/** People reached exactly k times (k = 1…9) and 10 or more times, from the total's "at least k" reach. */
export function toFrequencyChart(t: Translate, locale: Locale, estimate: PlanEstimate) {
  const atLeast = estimate.total.reachAtLeast
  const rows = atLeast.map((people, i) => {
    const last = i === atLeast.length - 1
    return {
      label: last ? t('chart.frequency.orMore', { k: i + 1 }) : t('chart.frequency.exactly', { k: i + 1 }),
      exactly: plain(last ? people : Math.max(0, people - atLeast[i + 1]!)),
      atLeast: plain(people),
      k: i + 1,
    }
  })
  const chart = toBarChart(
    rows.map((r) => ({ label: r.label, value: r.exactly, valueText: formatNumber(locale, r.exactly) })),
  )
  return { chart, rows }
}
