import { resolvePlace, type GeoItem, type Taxonomy, type Term } from '../../audiences/index.js'
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
