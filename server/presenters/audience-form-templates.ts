import type { Taxonomy } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import { blankGeoRow, blankTermRow } from './audience-form-fields.js'
import { fieldMaker, geoRowViews, termRowViews, type RowContext } from './audience-form-rows.js'

// The rows the page's script adds without a reload, rendered by the same partials as the server's rows. Their
// indices are placeholders (__G__ group, __R__ row) that browser/editor-rows.ts replaces when it inserts a copy.
const G = '__G__'
const R = '__R__'

export function editorTemplates(context: RowContext) {
  const make = fieldMaker(new Map())
  const term = (idPrefix: string, namePrefix: string, removePrefix: string) =>
    termRowViews([blankTermRow()], { idPrefix, namePrefix, removePrefix }, make, context, () => R)[0]!
  const geo = (side: 'include' | 'exclude') => ({
    place: geoRowViews([blankGeoRow('place')], side, make, context, () => R)[0]!,
    radius: geoRowViews([blankGeoRow('radius')], side, make, context, () => R)[0]!,
  })
  const groupTerm = term(`include-${G}`, `include[${G}][terms]`, `remove-term:${G}`)
  return {
    term: groupTerm,
    exclude: term('exclude', 'exclude', 'remove-exclude'),
    geoInclude: geo('include'),
    geoExclude: geo('exclude'),
    group: { index: G, number: 0, terms: [groupTerm], addAction: `add-term:${G}` },
  }
}

const COUNTRY_OPTIONS = new WeakMap<Taxonomy, Map<Locale, { value: string }[]>>()

/** Every country's name in the page's language, for the place rows' list of suggestions. */
export function countryOptions(taxonomy: Taxonomy, locale: Locale): { value: string }[] {
  const byLocale = COUNTRY_OPTIONS.get(taxonomy) ?? new Map<Locale, { value: string }[]>()
  COUNTRY_OPTIONS.set(taxonomy, byLocale)
  const known = byLocale.get(locale)
  if (known) return known
  const names = [...taxonomy.geo.values()]
    .filter((entry) => entry.kind === 'country')
    .map((entry) => entry.labels[locale])
    .sort((a, b) => a.localeCompare(b, locale))
  const options = [...new Set(names)].map((value) => ({ value }))
  byLocale.set(locale, options)
  return options
}

const LANGUAGE_OPTIONS = new WeakMap<Taxonomy, Map<Locale, { value: string }[]>>()

/** Every language's name in the page's language, for the languages field's list of suggestions. */
export function languageOptions(taxonomy: Taxonomy, locale: Locale): { value: string }[] {
  const byLocale = LANGUAGE_OPTIONS.get(taxonomy) ?? new Map<Locale, { value: string }[]>()
  LANGUAGE_OPTIONS.set(taxonomy, byLocale)
  const known = byLocale.get(locale)
  if (known) return known
  const names = [...taxonomy.languages.values()].map((entry) => entry.labels[locale])
  const options = [...new Set(names)].sort((a, b) => a.localeCompare(b, locale)).map((value) => ({ value }))
  byLocale.set(locale, options)
  return options
}
