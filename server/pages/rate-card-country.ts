import type { Taxonomy } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'

export type CountryChoice = { code: string; name: string }

const fold = (text: string) => text.trim().toLocaleLowerCase('fi').normalize('NFC')

// Built once per taxonomy: the countries named in the three languages, and every name or code → its code.
const CACHE = new WeakMap<Taxonomy, { names: Map<string, string>; byLocale: Record<Locale, CountryChoice[]> }>()

function countriesOf(taxonomy: Taxonomy) {
  const cached = CACHE.get(taxonomy)
  if (cached) return cached
  const entries = [...taxonomy.geo.values()].filter((g) => g.kind === 'country')
  const names = new Map<string, string>()
  for (const entry of entries) {
    names.set(fold(entry.code), entry.code)
    for (const locale of ['fi', 'sv', 'en'] as const) {
      names.set(fold(entry.labels[locale]), entry.code)
      for (const synonym of entry.synonyms[locale]) if (!names.has(fold(synonym))) names.set(fold(synonym), entry.code)
    }
  }
  const listed = (locale: Locale) =>
    entries.map((e) => ({ code: e.code, name: e.labels[locale] })).sort((a, b) => a.name.localeCompare(b.name, locale))
  const made = { names, byLocale: { fi: listed('fi'), sv: listed('sv'), en: listed('en') } }
  CACHE.set(taxonomy, made)
  return made
}

/** The countries a card can be made for, named in the page's language and sorted as that language sorts. */
export const countryChoicesOf = (taxonomy: Taxonomy, locale: Locale): readonly CountryChoice[] =>
  countriesOf(taxonomy).byLocale[locale]

/**
 * The country code a typed name or code stands for: its fi, sv or en name in any case ("Suomi", "finland"; the
 * taxonomy's synonyms too) or an ISO code the taxonomy knows ("fi", "SE"). Anything else is null: "Su" is no country.
 */
export const countryCodeOf = (taxonomy: Taxonomy, typed: string): string | null =>
  countriesOf(taxonomy).names.get(fold(typed)) ?? null

/** A stored card's country by name in the page's language (the code when the taxonomy has no such country). */
export const countryNameOf = (taxonomy: Taxonomy, locale: Locale, code: string): string =>
  countriesOf(taxonomy).byLocale[locale].find((c) => c.code === code)?.name ?? code
