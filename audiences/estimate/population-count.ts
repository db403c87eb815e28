import { MAX_SINGLE_AGE, POPULATION_INDEX, type FiArea } from './population-index.js'

export type Sexes = { male: boolean; female: boolean }
export type AgeSpan = { min: number; max: number }

// Eurostat and WorldPop bands start at these ages; the open band 80+ is spread over 80–99.
const BAND_STARTS = POPULATION_INDEX.ageBands
const OPEN_BAND_END = 99

const clampAge = (age: number) => Math.max(0, Math.min(age, MAX_SINGLE_AGE + 1))

/** People in a Finnish area aged min…max (inclusive): two lookups per sex. */
export function countFiArea(area: FiArea, span: AgeSpan, sexes: Sexes): number {
  const lo = clampAge(span.min)
  const hi = clampAge(span.max + 1)
  if (hi <= lo) return 0
  return (sexes.male ? area.m[hi]! - area.m[lo]! : 0) + (sexes.female ? area.f[hi]! - area.f[lo]! : 0)
}

/** People in 10-year bands aged min…max, a band cut by the range spread evenly over its years. */
export function countBands(bands: readonly number[], span: AgeSpan): number {
  let total = 0
  for (let b = 0; b < bands.length; b++) {
    const start = BAND_STARTS[b]!
    const end = b + 1 < BAND_STARTS.length ? BAND_STARTS[b + 1]! - 1 : OPEN_BAND_END
    const lo = Math.max(start, span.min)
    const hi = Math.min(end, span.max)
    if (hi >= lo) total += (bands[b]! * (hi - lo + 1)) / (end - start + 1)
  }
  return total
}

/** True when the age range cuts through a 10-year band, so the even spread is an assumption. */
export function cutsBands(span: AgeSpan): boolean {
  const edges = new Set([...BAND_STARTS, OPEN_BAND_END + 1])
  return !edges.has(Math.max(0, span.min)) || (span.max < OPEN_BAND_END && !edges.has(span.max + 1))
}

export const sexShare = (maleShare: number, sexes: Sexes): number =>
  (sexes.male ? maleShare : 0) + (sexes.female ? 1 - maleShare : 0)
