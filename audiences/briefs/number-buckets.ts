import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { NumberPhrase } from './number-phrase.js'

// Revenue and headcount become the taxonomy's bands (companyRevenue.10m-50m, companySize.51-200): the bands are
// read from the keys, so a taxonomy with other bands needs no code change.
type Interval = [number, number]

type Bucket = { key: string; range: Interval }

/** A function of a taxonomy and a key, computed once per pair: what every brief would otherwise read again. */
export function perTaxonomy<K, V>(compute: (taxonomy: Taxonomy, key: K) => V): (taxonomy: Taxonomy, key: K) => V {
  const cache = new WeakMap<Taxonomy, Map<K, V>>()
  return (taxonomy, key) => {
    const byKey = cache.get(taxonomy) ?? new Map<K, V>()
    cache.set(taxonomy, byKey)
    if (!byKey.has(key)) byKey.set(key, compute(taxonomy, key))
    return byKey.get(key) as V
  }
}

/** The taxonomy's bands of one kind (companySize.51-200 …), smallest first, read once per taxonomy. */
export const bucketsOf = perTaxonomy((taxonomy, rangeOf: (key: string) => Interval | null): Bucket[] =>
  [...taxonomy.terms.keys()]
    .flatMap((key) => {
      const range = rangeOf(key)
      return range ? [{ key, range }] : []
    })
    // The taxonomy's keys come in key order ("10001-plus" before "1001-5000"); a draft lists bands by size.
    .sort((a, b) => a.range[0] - b.range[0]),
)

export function revenueRange(key: string): Interval | null {
  const m = /^companyRevenue\.(?:under-([0-9]+)m|([0-9]+)m-([0-9]+)m|([0-9]+)m-plus)$/.exec(key)
  if (!m) return null
  return m[1] ? [0, Number(m[1])] : m[2] ? [Number(m[2]), Number(m[3])] : [Number(m[4]), Infinity]
}

export function headcountRange(key: string): Interval | null {
  const m = /^companySize\.([0-9]+)(?:-([0-9]+)|(-plus))?$/.exec(key)
  if (!m) return null
  return [Number(m[1]), m[3] ? Infinity : Number(m[2] ?? m[1])]
}

// A band is kept when it overlaps the asked range by more than a shared end ("50–200" keeps 51–200, not 11–50):
// the draft errs towards reaching everyone asked for, and the note names the bands.
export function pickBuckets(buckets: Bucket[], [a, b]: Interval): string[] {
  return buckets
    .filter(({ range: [lo, hi] }) => (a === b ? lo <= a && a <= hi : Math.min(b, hi) - Math.max(a, lo) > 0))
    .map((bucket) => bucket.key)
}

export function intervalOf(p: NumberPhrase, scale: number, strict: boolean): Interval {
  const low = p.low * scale
  if (p.high !== null) return [Math.min(low, p.high * scale), Math.max(low, p.high * scale)]
  if (p.comparator === 'over') return [strict ? low + 1 : low, Infinity]
  if (p.comparator === 'atLeast' || p.plus) return [low, Infinity]
  if (p.comparator === 'under') return [0, strict ? low - 1 : low]
  if (p.comparator === 'atMost') return [0, low]
  return [low, low]
}
