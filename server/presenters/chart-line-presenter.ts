import { linearScale, niceAxis, pathOf, plotOf, SERIES_COLOURS, TOTAL_COLOUR, type Frame } from './chart-geometry.js'

export type Series = { label: string; points: readonly { x: number; y: number }[]; total: boolean; mark: number | null }

const FRAME: Frame = { width: 640, height: 300, left: 76, right: 16, top: 16, bottom: 44 }

/**
 * A line chart of several series on shared axes from 0: each series a path, its colour, and a dot at `mark` (the
 * plan's own point). Tick labels are formatted by the caller so the chart speaks the page's language.
 */
export function toLineChart(series: readonly Series[], format: { x(value: number): string; y(value: number): string }) {
  const plot = plotOf(FRAME)
  const all = series.flatMap((s) => s.points)
  const xAxis = niceAxis(Math.max(0, ...all.map((p) => p.x)))
  const yAxis = niceAxis(Math.max(0, ...all.map((p) => p.y)))
  const x = linearScale(xAxis.max, plot.x1, plot.x2)
  const y = linearScale(yAxis.max, plot.y2, plot.y1)
  let colour = 0
  return {
    width: FRAME.width,
    height: FRAME.height,
    plot,
    xTicks: xAxis.ticks.map((v) => ({ x: x(v), label: format.x(v), labelY: plot.y2 + 18 })),
    yTicks: yAxis.ticks.map((v) => ({ y: y(v), label: format.y(v), labelY: y(v) + 4, labelX: plot.x1 - 6 })),
    series: series.map((s) => {
      const points = s.points.map((p) => ({ x: x(p.x), y: y(p.y) }))
      const mark = s.mark === null ? null : (points[s.mark] ?? null)
      const stroke = s.total ? TOTAL_COLOUR : SERIES_COLOURS[colour++ % SERIES_COLOURS.length]!
      return { label: s.label, d: pathOf(points), stroke, strokeWidth: s.total ? 3 : 2, mark }
    }),
  }
}
export type LineChartModel = ReturnType<typeof toLineChart>
