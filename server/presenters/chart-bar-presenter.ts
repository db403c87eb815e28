import { linearScale, niceAxis, px, SERIES_COLOURS } from './chart-geometry.js'

const WIDTH = 640
const ROW = 40
const TOP = 8
const LEFT = 8
// Room on the right for the value printed after the longest bar.
const VALUE_ROOM = 150

/** Horizontal bars, one row each: the label above its bar, the value after the bar's end. */
export function toBarChart(bars: readonly { label: string; value: number; valueText: string }[]) {
  const axis = niceAxis(Math.max(0, ...bars.map((b) => b.value)))
  const width = linearScale(axis.max, 0, WIDTH - LEFT - VALUE_ROOM)
  return {
    width: WIDTH,
    height: TOP * 2 + ROW * bars.length,
    bars: bars.map((bar, i) => {
      const top = TOP + ROW * i
      const w = width(bar.value)
      return {
        label: bar.label,
        valueText: bar.valueText,
        title: `${bar.label}: ${bar.valueText}`,
        x: LEFT,
        labelY: top + 13,
        barY: top + 18,
        barHeight: 16,
        width: w,
        valueX: px(LEFT + w + 6),
        valueY: top + 31,
        fill: SERIES_COLOURS[0]!,
      }
    }),
  }
}
export type BarChartModel = ReturnType<typeof toBarChart>
