// Google's geotargets file writes Swedish towns without diacritics ("Marsta"); Swedish pages show the town's own
// spelling. Hand-written for the towns that are no SCB municipality (the municipalities take SCB's names); a town
// spelled the same in both is left out.
import { foldName } from './place-google-ids.js'

const SPELLED: readonly string[] = [
  'Åkarp',
  'Åkersberga',
  'Åseda',
  'Bålsta',
  'Bergsjö',
  'Henån',
  'Hjärup',
  'Järpen',
  'Klågerup',
  'Kungsängen',
  'Löberöd',
  'Märsta',
  'Sävedalen',
  'Skanör',
  'Skärhamn',
  'Södra Sandby',
]

const BY_FOLDED = new Map(SPELLED.map((name) => [foldName(name), name]))

/** The Swedish spelling of a town Google lists, or Google's name when it has no letters to restore. */
export const swedishSpelling = (googleName: string): string => BY_FOLDED.get(foldName(googleName)) ?? googleName
