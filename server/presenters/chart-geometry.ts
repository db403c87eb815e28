/** Pure geometry for the inline SVG charts: nice axes and linear scales, coordinates rounded to 0.1 px. */

export type Axis = { max: number; step: number; ticks: number[] }

export const px = (value: number) => Math.round(value * 10) / 10

// Float steps such as 0.1 × 3 print as 0.30000000000000004; twelve significant digits are plenty for an axis.
const clean = (value: number) => Number(value.toPrecision(12))

/** An axis from 0 that ends on a step of 1, 2 or 5 × 10ⁿ, with at most `count` steps (empty data: 0…1). */
export function niceAxis(max: number, count = 5): Axis {
  if (!(max > 0) || !Number.isFinite(max)) return { max: 1, step: 1, ticks: [0, 1] }
  const raw = max / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = clean([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-12))!)
  const steps = Math.ceil(clean(max / step))
  return { max: clean(steps * step), step, ticks: Array.from({ length: steps + 1 }, (_, i) => clean(i * step)) }
}

/** value ∈ [0, domainMax] → [from, to]; `to` may be smaller than `from` (a y axis grows upwards). */
export const linearScale = (domainMax: number, from: number, to: number) => (value: number) =>
  px(from + (value / domainMax) * (to - from))

export type Frame = { width: number; height: number; left: number; right: number; top: number; bottom: number }

/** The plot area inside the margins. */
export const plotOf = (f: Frame) => ({ x1: f.left, x2: f.width - f.right, y1: f.top, y2: f.height - f.bottom })

/** An SVG path through the points, in order. */
export const pathOf = (points: readonly { x: number; y: number }[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ')

// Distinguishable on white and for common colour-vision deficiencies (Okabe–Ito, darkened for contrast).
export const SERIES_COLOURS = ['#0b4fb3', '#b35c00', '#0b6b32', '#8a2f7f', '#00707a', '#a4161a', '#5b5f00', '#50525a']
export const TOTAL_COLOUR = '#1b1b1f'
