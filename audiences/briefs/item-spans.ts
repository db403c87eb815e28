import type { Item } from './lexicon-scan.js'

// The items (sorted by start) lying inside the tokens [from, to): found by bisection, so long briefs stay linear.
export function itemsWithin(sorted: readonly Item[], from: number, to: number): Item[] {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]!.from < from) lo = mid + 1
    else hi = mid
  }
  const out: Item[] = []
  for (let k = lo; k < sorted.length && sorted[k]!.from < to; k++) if (sorted[k]!.to <= to) out.push(sorted[k]!)
  return out
}
