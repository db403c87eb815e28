import { linearScale, niceAxis, pathOf, plotOf, SERIES_COLOURS, TOTAL_COLOUR, type Frame } from './chart-geometry.js'

export type Series = { label: string; points: readonly { x: number; y: number }[]; total: boolean; mark: number | null }

// Room on the right for half of the last x label, which ends at the plot's edge (text-anchor end, see below).
const FRAME: Frame = { width: 640, height: 300, left: 76, right: 16, top: 16, bottom: 44 }

export type LineFormat = {
  x(value: number): string
  y(value: number): string
  /** What a point says on hover and focus (its SVG title and accessible name); default "series: x → y". */
  point?(series: string, x: string, y: string): string
}

// −0 (a curve's zero budget times a rate) would print as "−0"; adding 0 turns it into 0.
const plain = (value: number) => value + 0

/**
 * A line chart of several series on shared axes from 0: each series a path, its colour, a dot at `mark` (the plan's
 * own point), and every point focusable with its values as title. Tick labels are formatted by the caller so the
 * chart speaks the page's language. The first x label starts at the axis and the last ends at the plot's right edge,
 * so neither is cut by the SVG's border.
 */
export function toLineChart(series: readonly Series[], format: LineFormat) {
  const plot = plotOf(FRAME)
  const all = series.flatMap((s) => s.points)
  const xAxis = niceAxis(Math.max(0, ...all.map((p) => p.x)))
  const yAxis = niceAxis(Math.max(0, ...all.map((p) => p.y)))
  const x = linearScale(xAxis.max, plot.x1, plot.x2)
  const y = linearScale(yAxis.max, plot.y2, plot.y1)
  const pointText = format.point ?? ((s: string, px: string, py: string) => `${s}: ${px} → ${py}`)
  const last = xAxis.ticks.length - 1
  let colour = 0
  return {
    width: FRAME.width,
    height: FRAME.height,
    plot,
    xTicks: xAxis.ticks.map((v, i) => ({
      x: x(v),
      label: format.x(plain(v)),
      labelY: plot.y2 + 18,
      anchor: i === last ? 'end' : i === 0 ? 'start' : 'middle',
    })),
    yTicks: yAxis.ticks.map((v) => ({ y: y(v), label: format.y(plain(v)), labelY: y(v) + 4, labelX: plot.x1 - 6 })),
    series: series.map((s) => {
      const points = s.points.map((p) => ({
        x: x(p.x),
        y: y(p.y),
        title: pointText(s.label, format.x(plain(p.x)), format.y(plain(p.y))),
      }))
      const mark = s.mark === null ? null : (points[s.mark] ?? null)
      const stroke = s.total ? TOTAL_COLOUR : SERIES_COLOURS[colour++ % SERIES_COLOURS.length]!
      return { label: s.label, d: pathOf(points), stroke, strokeWidth: s.total ? 3 : 2, mark, points }
    }),
  }
}
export type LineChartModel = ReturnType<typeof toLineChart>
