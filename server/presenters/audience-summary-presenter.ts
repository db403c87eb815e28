import { flattenAudience, type Audience, type Taxonomy } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import { translatorOf, type Translate } from '../i18n/translate.js'
import { languageText, listOf, placeText, termText } from './audience-labels.js'

export type AudienceSummary = { sentences: string[] }

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1)

function whoText(genders: readonly string[], t: Translate): string {
  if (genders.length === 1) return t(`summary.who.${genders[0]}`)
  return t('summary.who.all')
}

// Each include group is an OR of terms, the groups an AND: "(A or B) AND C".
function groupsText(groups: readonly string[][], locale: Locale, t: Translate): string {
  const parts = groups.map((terms) => {
    const either = listOf(locale, terms, 'or')
    return terms.length > 1 && groups.length > 1 ? `(${either})` : either
  })
  return parts.join(` ${t('summary.and')} `)
}

/**
 * The audience in plain words, in the reader's language: who (age, genders), where, which languages and which
 * criteria; then exclusions, the special ad category and the parent segment. Parents are folded in, so the
 * first sentence describes everyone the audience targets.
 */
export function toAudienceSummary(audience: Audience, taxonomy: Taxonomy, locale: Locale): AudienceSummary {
  const t = translatorOf(locale)
  const flat = flattenAudience(audience, taxonomy)
  const { min, max } = flat.age.value
  const who = whoText(flat.genders.value, t)
  const head = [max === null ? t('summary.age.open', { who, min }) : t('summary.age.range', { who, min, max })]
  const places = flat.geoInclude.map((g) => placeText(g.value, taxonomy, locale, t))
  if (places.length > 0) head.push(t(`summary.places.${flat.presence.value}`, { places: listOf(locale, places, 'or') }))
  const clauses = [head.join(' ')]
  const languages = flat.languages.map((l) => languageText(l.value, taxonomy, locale))
  if (languages.length > 0) clauses.push(t('summary.languages', { languages: listOf(locale, languages, 'or') }))
  const groups = flat.include.map((g) => g.terms.map((term) => termText(term.value, taxonomy, locale, t)))
  if (groups.length > 0) clauses.push(t('summary.include', { groups: groupsText(groups, locale, t) }))

  const sentences = [`${capitalise(clauses.join(', '))}.`]
  const notIn = flat.geoExclude.map((g) => placeText(g.value, taxonomy, locale, t))
  if (notIn.length > 0) sentences.push(t('summary.geoExclude', { places: listOf(locale, notIn, 'or') }))
  const excluded = flat.exclude.map((term) => termText(term.value, taxonomy, locale, t))
  if (excluded.length > 0) sentences.push(t('summary.exclude', { terms: listOf(locale, excluded, 'or') }))
  const category = flat.specialAdCategory.value
  if (category !== 'none')
    sentences.push(t('summary.specialAdCategory', { category: t(`summary.category.${category}`) }))
  if (audience.parent) sentences.push(t('summary.parent', { name: audience.parent.name }))
  return { sentences }
}
