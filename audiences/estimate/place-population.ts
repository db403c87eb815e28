import type { GeoItem, Locale } from '../model/audience-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { AssumptionLog } from './assumption-log.js'
import { unitCount } from './population-breakdown.js'
import { selectPopulation } from './population-selection.js'

const EVERYONE = { min: 0, max: 200 }
const BOTH = { male: true, female: true }

/** Everyone living in the places (all ages), or null when kohde has no population data for one of them. */
export function peopleIn(places: readonly GeoItem[], taxonomy: Taxonomy, locale: Locale): number | null {
  const located = places.map((value, i) => ({ value, path: [i] }))
  const selection = selectPopulation(located, [], taxonomy, locale, new AssumptionLog())
  if (selection.units.length === 0 || selection.unknown.length > 0) return null
  return selection.units.reduce((sum, unit) => sum + unitCount(unit, EVERYONE, BOTH), 0)
}
