import { POPULATION_INDEX } from './population-index.js'
import type { PopulationUnit } from './population-selection.js'

// Languages kohde has figures for: Finland's mother tongues Finnish, Swedish and Northern Sami (Statistics Finland).
const MEASURED: ReadonlySet<string> = new Set(['fi', 'sv', 'se'])

/** True when the languages narrow the estimate: every one of them is measured (null or [] means any language). */
export const narrowsByLanguage = (languages: readonly string[] | null): boolean =>
  languages !== null && languages.length > 0 && languages.every((l) => MEASURED.has(l))

/**
 * Share of a unit's people who speak one of the languages as their mother tongue: Swedish by the municipality's
 * share; Finnish and Sami split the rest as the whole country's non-Swedish population does (assumption). Outside
 * Finland, or with a language kohde has no figures for, nobody is left out.
 */
export function languageShare(unit: PopulationUnit, languages: readonly string[] | null): number {
  if (languages === null || !narrowsByLanguage(languages) || unit.kind !== 'fi') return 1
  const national = POPULATION_INDEX.fi.languages
  const swedish = unit.area.swedish ?? national.swedish / national.total
  const rest = (1 - swedish) / (national.total - national.swedish)
  let share = 0
  if (languages.includes('fi')) share += rest * national.finnish
  if (languages.includes('sv')) share += swedish
  if (languages.includes('se')) share += rest * national.sami
  return Math.min(1, share)
}
