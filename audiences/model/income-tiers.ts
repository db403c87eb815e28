// The neutral income tiers as national income percentiles: Statistics Finland's Paavo fifths (top-20 = the highest
// fifth; middle-60 = the middle three fifths) and the top tenth (population/SOURCES.md).
export const INCOME_PERCENTILES: Readonly<Record<string, readonly [number, number]>> = {
  'income.bottom-20': [0, 20],
  'income.middle-60': [20, 80],
  'income.middle': [20, 80],
  'income.top-20': [80, 100],
  'income.top-10': [90, 100],
}

/** The smallest band covering all the given percentile bands (they are contiguous in every use). */
export function percentileSpan(bands: readonly (readonly [number, number])[]): [number, number] {
  return [Math.min(...bands.map((b) => b[0])), Math.max(...bands.map((b) => b[1]))]
}
