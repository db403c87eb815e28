import { normalizeName, type GeoEntry, type Taxonomy } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'

// The editor shows places and languages by name in the page's language and reads back a name in any language or
// the code itself, so a form typed with codes (as before) and one filled by name post the same audience.

type NamedKind = 'country' | 'region' | 'municipality'
const NAMES = new WeakMap<Taxonomy, Map<string, GeoEntry[]>>()
const LANGUAGE_NAMES = new WeakMap<Taxonomy, Map<string, string>>()

function nameIndex(taxonomy: Taxonomy): Map<string, GeoEntry[]> {
  const known = NAMES.get(taxonomy)
  if (known) return known
  const index = new Map<string, GeoEntry[]>()
  for (const entry of taxonomy.geo.values())
    for (const name of [...Object.values(entry.labels), ...Object.values(entry.synonyms).flat()]) {
      const key = `${entry.kind}:${normalizeName(name)}`
      const entries = index.get(key) ?? []
      if (!entries.includes(entry)) index.set(key, [...entries, entry])
    }
  NAMES.set(taxonomy, index)
  return index
}

const codeEntry = (kind: NamedKind, value: string, country: string, taxonomy: Taxonomy) =>
  kind === 'municipality'
    ? taxonomy.geoByCode(kind, country, value)
    : taxonomy.geoByCode(
        kind,
        kind === 'country' ? value.toUpperCase() : value.slice(0, 2).toUpperCase(),
        value.toUpperCase(),
      )

/** A country, region or municipality typed by code or by name (any language): its code, or null when unknown. */
export function placeCodeOf(kind: NamedKind, value: string, country: string, taxonomy: Taxonomy): string | null {
  const text = value.trim()
  if (text === '') return null
  const byCode = codeEntry(kind, text, country, taxonomy)
  if (byCode) return byCode.code
  const named = nameIndex(taxonomy).get(`${kind}:${normalizeName(text)}`) ?? []
  const found = kind === 'country' ? named[0] : (named.find((e) => e.country === country) ?? named[0])
  return found?.code ?? null
}

/** The name a code is shown with in the editor, in the page's language; the text as it was when it is no code. */
export function placeNameOf(kind: NamedKind, value: string, country: string, taxonomy: Taxonomy, locale: Locale) {
  const entry = codeEntry(kind, value.trim(), country, taxonomy)
  return entry ? entry.labels[locale] : value
}

/** The name of a country code in the page's language (a municipality's or postal code's country field). */
export const countryNameOf = (value: string, taxonomy: Taxonomy, locale: Locale) =>
  value.trim() === '' ? '' : placeNameOf('country', value, value, taxonomy, locale)

function languageIndex(taxonomy: Taxonomy): Map<string, string> {
  const known = LANGUAGE_NAMES.get(taxonomy)
  if (known) return known
  const index = new Map<string, string>()
  for (const entry of taxonomy.languages.values())
    for (const name of [...Object.values(entry.labels), ...Object.values(entry.synonyms).flat()])
      if (!index.has(normalizeName(name))) index.set(normalizeName(name), entry.code)
  LANGUAGE_NAMES.set(taxonomy, index)
  return index
}

/**
 * The languages field as codes: names in any language or two-letter codes, separated by commas (or, for codes
 * alone, spaces as before). What is neither stays as typed, so the audience schema names the field.
 */
export function languageCodesOf(text: string, taxonomy: Taxonomy): string[] {
  const index = languageIndex(taxonomy)
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .flatMap((part) => {
      const named = index.get(normalizeName(part))
      if (named) return [named]
      return part.split(/\s+/).map((word) => word.toLowerCase())
    })
}

/** The languages field as the page shows it: each known name or code as its name in the page's language. */
export function languageNamesOf(text: string, taxonomy: Taxonomy, locale: Locale): string {
  const index = languageIndex(taxonomy)
  const nameOf = (code: string) => taxonomy.languages.get(code)?.labels[locale]
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .flatMap((part) => {
      const named = index.get(normalizeName(part))
      if (named) return [nameOf(named) ?? part]
      const words = part.split(/\s+/)
      return words.every((word) => nameOf(word.toLowerCase())) ? words.map((w) => nameOf(w.toLowerCase())!) : [part]
    })
    .join(', ')
}
