import type { PlanEstimate, ReachCurve } from '../../audiences/index.js'
import { formatMoneyWhole, formatNumber, formatPercent } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'
import { toBarChart } from './chart-bar-presenter.js'
import { toLineChart } from './chart-line-presenter.js'

/** Reach against budget per line and in total; `mark` the plan's own budget (multiplier 1). */
export function toReachChart(
  t: Translate,
  locale: Locale,
  curves: ReachCurve,
  labels: readonly string[],
  mark: number,
) {
  const series = [
    ...curves.lines.map((line, i) => ({
      label: labels[i]!,
      points: line.points.map((p) => ({ x: p.budget, y: p.reach })),
      total: false,
      mark,
    })),
    {
      label: t('chart.total'),
      points: curves.total.map((p) => ({ x: p.budget, y: p.reach })),
      total: true,
      mark,
    },
  ]
  const chart = toLineChart(series, {
    x: (v) => formatMoneyWhole(locale, v),
    y: (v) => formatNumber(locale, v),
  })
  const columns = series.map((s) => s.label)
  const rows = curves.total.map((_, j) => ({
    cells: [...curves.lines.map((l) => l.points[j]!), curves.total[j]!].map((p) => ({
      budget: p.budget,
      reach: p.reach,
    })),
    current: j === mark,
  }))
  return { chart, columns, rows }
}

/** Each line's share of the budget. */
export function toSplitChart(locale: Locale, estimate: PlanEstimate, labels: readonly string[]) {
  const total = estimate.total.budget
  const rows = estimate.lines.map((line, i) => ({
    label: labels[i]!,
    budget: line.budget,
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
      exactly: last ? people : Math.max(0, people - atLeast[i + 1]!),
      atLeast: people,
      k: i + 1,
    }
  })
  const chart = toBarChart(
    rows.map((r) => ({ label: r.label, value: r.exactly, valueText: formatNumber(locale, r.exactly) })),
  )
  return { chart, rows }
}
