import { formatMoneyWhole, formatNumber, formatPercent } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'

type Line = {
  channel: string
  audience: string
  budget: number
  reach: number
  reachRange: { low: number; high: number }
}
export type ClientBar = { label: string; value: string; width: string; total: boolean }

// A bar's length as a CSS percentage of the longest (a dot decimal: CSS, not the reader's locale).
const widthOf = (value: number, max: number) => `${max > 0 ? Math.max(0.5, (value / max) * 100).toFixed(1) : '0'}%`

/**
 * The client page's charts (issue 18): budget and reach per line as HTML bars. HTML, not SVG, so the labels are the
 * page's own text size on a 375 px phone (an SVG scaled to the width shrank its labels to about 5 px), and the bars
 * read as a list to a screen reader; the tables above keep every figure.
 */
export function toClientCharts(
  t: Translate,
  locale: Locale,
  lines: readonly Line[],
  total: { budget: number; reach: number },
) {
  if (lines.length === 0 || total.budget <= 0) return null
  const several = new Set(lines.map((l) => l.audience)).size > 1
  const label = (l: Line) => (several ? `${l.channel} · ${l.audience}` : l.channel)
  const budgetMax = Math.max(...lines.map((l) => l.budget))
  const budget: ClientBar[] = lines.map((l) => ({
    label: label(l),
    value: `${formatMoneyWhole(locale, l.budget)} (${formatPercent(locale, l.budget / total.budget)})`,
    width: widthOf(l.budget, budgetMax),
    total: false,
  }))
  const reachMax = Math.max(total.reach, ...lines.map((l) => l.reach))
  const reach: ClientBar[] = [
    ...lines.map((l) => ({
      label: label(l),
      value:
        Math.round(l.reachRange.low) === Math.round(l.reachRange.high)
          ? formatNumber(locale, l.reach)
          : t('client.chart.reachValue', {
              reach: formatNumber(locale, l.reach),
              low: formatNumber(locale, l.reachRange.low),
              high: formatNumber(locale, l.reachRange.high),
            }),
      width: widthOf(l.reach, reachMax),
      total: false,
    })),
    {
      label: t('client.total'),
      value: formatNumber(locale, total.reach),
      width: widthOf(total.reach, reachMax),
      total: true,
    },
  ]
  return { budget, reach }
}
