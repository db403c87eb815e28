import { resolvePlace, type Audience, type GeoItem, type Taxonomy, type Term } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'

// Finland's conventions for fi and sv, Ireland's for en (as server/i18n/formats.ts); coordinates keep 4 decimals.
const REGION: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-IE' }
const coordinate = (locale: Locale, value: number) =>
  new Intl.NumberFormat(REGION[locale], { maximumFractionDigits: 4 }).format(value)

/** "A, B or C" (or "A, B and C") in the locale's words. */
export const listOf = (locale: Locale, items: readonly string[], kind: 'or' | 'and'): string =>
  new Intl.ListFormat(REGION[locale], { type: kind === 'or' ? 'disjunction' : 'conjunction' }).format(items)

/** A criterion term as a reader says it: the taxonomy's label in the locale, or the free text with what it is. */
export function termText(term: Term, taxonomy: Taxonomy, locale: Locale, t: Translate): string {
  if (term.facet === 'keyword') return t('summary.term.keyword', { value: term.value })
  if (term.facet === 'website') return t('summary.term.website', { value: term.value })
  const entry = taxonomy.term(term.value)
  if (entry) return entry.labels[locale]
  if (term.facet === 'customerList') return t('summary.term.customerList', { value: term.value })
  return term.value
}

function rawPlace(item: GeoItem): string {
  if ('radius' in item) return item.label ?? ''
  if ('region' in item) return item.region
  if ('municipality' in item) return `${item.country} ${item.municipality}`
  if ('city' in item) return item.city
  if ('postalCode' in item) return `${item.country} ${item.postalCode}`
  return item.country
}

/** A place by its name in the locale (Uusimaa, Helsingfors), a postal code with its municipality, or a circle. */
export function placeText(item: GeoItem, taxonomy: Taxonomy, locale: Locale, t: Translate): string {
  if ('radius' in item) {
    const km = coordinate(locale, item.radius.km)
    if (item.label) return t('summary.place.radiusLabel', { km, label: item.label })
    const lat = coordinate(locale, item.radius.lat)
    const lng = coordinate(locale, item.radius.lng)
    return t('summary.place.radius', { km, lat, lng })
  }
  const place = resolvePlace(item, taxonomy, locale)
  if (place.kind === 'postalCode')
    return place.municipality
      ? t('summary.place.postalIn', { code: place.code, municipality: place.municipality.labels[locale] })
      : t('summary.place.postal', { code: place.code })
  if (place.kind === 'invalid') return rawPlace(item)
  if (place.kind === 'unknown' && 'postalCode' in item) return t('summary.place.postal', { code: item.postalCode })
  return place.label
}

/** A language by its name in the locale (suomi, finska, Finnish); an unknown code stays as written. */
export const languageText = (code: string, taxonomy: Taxonomy, locale: Locale): string =>
  taxonomy.languages.get(code)?.labels[locale] ?? code

/** 30–60, or 65+ when there is no upper limit. */
export const ageText = (min: number, max: number | null | undefined): string =>
  max === null || max === undefined ? `${min}+` : `${min}–${max}`

export const gendersKey = (genders: readonly string[]): string =>
  genders.length === 1 ? `summary.genders.${genders[0]}` : 'summary.genders.all'

const at = (value: unknown, step: string | number): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[step] : undefined

/**
 * What a fidelity item's path points at in the audience, in the reader's words ("Group 2: Lawyer", "Age: 30–60");
 * null when the path names nothing there (the item's own criterion text is shown instead).
 */
export function criterionText(
  audience: Audience,
  path: readonly (string | number)[],
  taxonomy: Taxonomy,
  locale: Locale,
  t: Translate,
): string | null {
  const own = path.filter((step) => step !== 'parent')
  const value = path.reduce<unknown>(at, audience)
  if (value === undefined) return null
  const [head, second, third] = own
  const kind = (key: string, text: string, vars: Record<string, string | number> = {}) =>
    `${t(`audience.kind.${key}`, vars)}: ${text}`
  if (head === 'include' && typeof second === 'number' && third !== undefined)
    return kind('group', termText(value as Term, taxonomy, locale, t), { number: second + 1 })
  if (head === 'exclude' && second !== undefined) return kind('exclusion', termText(value as Term, taxonomy, locale, t))
  if (head === 'geo' && second === 'presence') return kind('presence', t(`summary.presence.${String(value)}`))
  if (head === 'geo' && third !== undefined)
    return kind(second === 'exclude' ? 'excludedPlace' : 'place', placeText(value as GeoItem, taxonomy, locale, t))
  if (head === 'languages' && second !== undefined)
    return kind('language', languageText(String(value), taxonomy, locale))
  if (head === 'specialAdCategory') return kind('specialAdCategory', t(`summary.category.${String(value)}`))
  if (head === 'genders') return kind('genders', t(gendersKey(value as string[])))
  if (head === 'age') {
    const age = value as { min: number; max?: number }
    return kind('age', ageText(age.min, age.max))
  }
  return null
}
