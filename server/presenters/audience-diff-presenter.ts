import type { Audience, GeoItem, Taxonomy, Term } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import { translatorOf, type Translate } from '../i18n/translate.js'
import { ageText, gendersKey, languageText, listOf, placeText, termText } from './audience-labels.js'

/** One stored version's definition: the audience as written and the stored parent it narrows. */
export type AudienceDefinition = { audience: Audience; parentId: string | null }

const termKey = (term: Term) => `${term.facet}:${term.value}`
const placeKey = (item: GeoItem) => JSON.stringify(item)

// Items only in `after` (added) and only in `before` (removed), each in its own order.
export function setChanges<T>(before: readonly T[], after: readonly T[], keyOf: (item: T) => string) {
  const was = new Set(before.map(keyOf))
  const is = new Set(after.map(keyOf))
  return { added: after.filter((x) => !was.has(keyOf(x))), removed: before.filter((x) => !is.has(keyOf(x))) }
}

// Pairs each new include group with the old group sharing the most terms, so removing group 1 does not read as
// every later group changing; ties go to the nearest position.
function matchGroups(before: readonly Term[][], after: readonly Term[][]): Map<number, number> {
  const keys = (group: readonly Term[]) => new Set(group.map(termKey))
  const scored: { b: number; a: number; shared: number }[] = []
  before.forEach((old, b) =>
    after.forEach((now, a) => {
      const oldKeys = keys(old)
      const shared = [...keys(now)].filter((k) => oldKeys.has(k)).length
      if (shared > 0) scored.push({ b, a, shared })
    }),
  )
  scored.sort((x, y) => y.shared - x.shared || Math.abs(x.a - x.b) - Math.abs(y.a - y.b) || x.a - y.a)
  const pairs = new Map<number, number>()
  const usedOld = new Set<number>()
  for (const { b, a } of scored) {
    if (pairs.has(a) || usedOld.has(b)) continue
    pairs.set(a, b)
    usedOld.add(b)
  }
  return pairs
}

type Say = { t: Translate; term: (term: Term) => string; locale: Locale }

function groupChanges(before: readonly Term[][], after: readonly Term[][], say: Say): string[] {
  const { t, term, locale } = say
  const pairs = matchGroups(before, after)
  const matchedOld = new Set(pairs.values())
  const lines: string[] = []
  before.forEach((old, b) => {
    if (!matchedOld.has(b))
      lines.push(t('diff.groupRemoved', { number: b + 1, terms: listOf(locale, old.map(term), 'or') }))
  })
  after.forEach((now, a) => {
    const b = pairs.get(a)
    const number = a + 1
    if (b === undefined)
      return void lines.push(t('diff.groupAdded', { number, terms: listOf(locale, now.map(term), 'or') }))
    const { added, removed } = setChanges(before[b]!, now, termKey)
    for (const x of added) lines.push(t('diff.termAdded', { number, value: term(x) }))
    for (const x of removed) lines.push(t('diff.termRemoved', { number, value: term(x) }))
  })
  return lines
}

export const fromTo = (t: Translate, key: string, from: string, to: string) =>
  from === to ? [] : [t(key, { from, to })]

/**
 * What changed from one version of an audience to the next, in plain words in the reader's language
 * ("Age: 30–60 → 35–60", "Added to group 2: Lawyer"). Parent segments are named from `parentNames`.
 */
export function toAudienceDiff(
  before: AudienceDefinition,
  after: AudienceDefinition,
  taxonomy: Taxonomy,
  locale: Locale,
  parentNames: ReadonlyMap<string, string> = new Map(),
): string[] {
  const t = translatorOf(locale)
  const say: Say = { t, locale, term: (x) => termText(x, taxonomy, locale, t) }
  const place = (item: GeoItem) => placeText(item, taxonomy, locale, t)
  const language = (code: string) => languageText(code, taxonomy, locale)
  const parent = (id: string | null) =>
    id === null ? t('diff.noParent') : (parentNames.get(id) ?? t('diff.otherParent'))
  const [a, b] = [before.audience, after.audience]
  const lines = [
    ...fromTo(t, 'diff.name', a.name, b.name),
    ...((a.description ?? '') === (b.description ?? '') ? [] : [t('diff.description')]),
    ...fromTo(t, 'diff.parent', parent(before.parentId), parent(after.parentId)),
    ...(JSON.stringify(a.parent ?? null) === JSON.stringify(b.parent ?? null) ? [] : [t('diff.inlineParent')]),
    ...fromTo(t, 'diff.locale', t(`language.${a.locale}`), t(`language.${b.locale}`)),
    ...fromTo(
      t,
      'diff.specialAdCategory',
      t(`summary.category.${a.specialAdCategory}`),
      t(`summary.category.${b.specialAdCategory}`),
    ),
    ...fromTo(t, 'diff.age', ageText(a.age.min, a.age.max), ageText(b.age.min, b.age.max)),
    ...fromTo(t, 'diff.genders', t(gendersKey(a.genders)), t(gendersKey(b.genders))),
    ...fromTo(t, 'diff.presence', t(`summary.presence.${a.geo.presence}`), t(`summary.presence.${b.geo.presence}`)),
  ]
  const listed = <T>(
    was: readonly T[],
    is: readonly T[],
    key: (x: T) => string,
    text: (x: T) => string,
    on: string,
  ) => {
    const { added, removed } = setChanges(was, is, key)
    lines.push(...added.map((x) => t(`diff.${on}Added`, { value: text(x) })))
    lines.push(...removed.map((x) => t(`diff.${on}Removed`, { value: text(x) })))
  }
  listed(a.geo.include, b.geo.include, placeKey, place, 'place')
  listed(a.geo.exclude, b.geo.exclude, placeKey, place, 'geoExclude')
  listed(a.languages, b.languages, String, language, 'language')
  lines.push(...groupChanges(a.include, b.include, say))
  listed(a.exclude, b.exclude, termKey, say.term, 'exclude')
  listed(a.tags, b.tags, String, String, 'tag')
  return lines
}
