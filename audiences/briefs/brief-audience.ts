import { MIN_TARGETABLE_AGE } from '../model/audience-validate.js'
import type { Audience, Gender, Locale, Term } from '../model/audience-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { draftPlaces, type SpanOf } from './brief-places.js'
import { includeGroups } from './brief-groups.js'
import type { Token } from './brief-tokens.js'
import type { BriefNote } from './brief-schema.js'
import { BRIEF_NOTES } from './brief-notes.js'
import type { Resolved } from './brief-resolve.js'

const MAX_GROUP_TERMS = 200
const MAX_EXCLUDE = 200
const MAX_GEO = 500
const MAX_DESCRIPTION = 5000

export type Draft = { audience: Audience; notes: BriefNote[]; geoDefaulted: boolean }
export type TextOf = (r: Resolved) => string

const SPECIFIC_PARENTS = new Set(['parental.young-children', 'parental.teenagers'])

// "Parents" (or a count of children) gives way to a children's age given elsewhere (seed 003 lists both):
// in one OR group the broad term would undo the narrow one.
export function isSuperseded(r: Resolved, all: readonly Resolved[]): boolean {
  if (r.reading.kind !== 'term' || r.reading.value !== 'parental.parent' || r.excluded) return false
  return all.some((o) => o.reading.kind === 'term' && SPECIFIC_PARENTS.has(o.reading.value) && !o.excluded)
}

// One age range is all an audience has: "not 65+" keeps the younger side, any other exclusion the older side.
function ageComplement(lo: number | undefined, hi: number | undefined): [number | undefined, number | undefined] {
  if (hi === undefined) return [undefined, lo !== undefined && lo - 1 >= MIN_TARGETABLE_AGE ? lo - 1 : undefined]
  // Nobody under 13 can be targeted anyway, so excluding only children leaves the age as it was.
  return [hi + 1 > MIN_TARGETABLE_AGE ? hi + 1 : undefined, undefined]
}

function ageOf(resolved: readonly Resolved[], notes: BriefNote[], textOf: TextOf): Audience['age'] {
  let min: number | undefined
  let max: number | undefined
  const used: string[] = []
  for (const r of resolved) {
    if (r.reading.kind !== 'age') continue
    const { min: lo, max: hi } = r.reading
    const [from, to] = r.excluded ? ageComplement(lo, hi) : [lo, hi]
    used.push(`"${textOf(r)}"`)
    min ??= from
    max ??= to
  }
  if (used.length > 1) notes.push({ code: 'age_conflict', message: BRIEF_NOTES.ageConflict(used.join(', ')) })
  // A draft must be targetable: nobody under 13 (audience-validate.ts), so "0–16" becomes 13–16.
  const floor = Math.max(MIN_TARGETABLE_AGE, min ?? Math.min(18, max ?? 18))
  if ((min ?? MIN_TARGETABLE_AGE) < MIN_TARGETABLE_AGE || (max ?? MIN_TARGETABLE_AGE) < MIN_TARGETABLE_AGE)
    notes.push({ code: 'age_raised', message: BRIEF_NOTES.ageRaised(MIN_TARGETABLE_AGE) })
  if (max === undefined) return { min: floor }
  const top = Math.max(max, MIN_TARGETABLE_AGE)
  return { min: Math.min(floor, top), max: top }
}

function gendersOf(resolved: readonly Resolved[]): Gender[] {
  const included = new Set<Gender>()
  const excluded = new Set<Gender>()
  for (const r of resolved) if (r.reading.kind === 'gender') (r.excluded ? excluded : included).add(r.reading.gender)
  const all: Gender[] = ['female', 'male']
  const genders =
    included.size > 0 ? all.filter((g) => included.has(g) && !excluded.has(g)) : all.filter((g) => !excluded.has(g))
  return genders.length === all.length ? [] : genders
}

function unique<T>(items: readonly T[]): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const key = JSON.stringify(item)
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

function capped<T>(items: T[], limit: number, what: string, notes: BriefNote[]): T[] {
  if (items.length > limit) notes.push({ code: 'too_many', message: BRIEF_NOTES.tooMany(what, limit) })
  return items.slice(0, limit)
}

function termsOf(
  resolved: readonly Resolved[],
  tokens: readonly Token[],
  notes: BriefNote[],
): { include: Term[][]; exclude: Term[] } {
  const included: { r: Resolved; term: Term }[] = []
  const exclude: Term[] = []
  for (const r of resolved) {
    if (r.reading.kind !== 'term' || isSuperseded(r, resolved)) continue
    const term: Term = { facet: r.reading.facet, value: r.reading.value }
    if (r.excluded) exclude.push(term)
    else included.push({ r, term })
  }
  const include = includeGroups(tokens, included).map((group) =>
    capped(group, MAX_GROUP_TERMS, 'terms of one kind', notes),
  )
  return { include, exclude: capped(unique(exclude), MAX_EXCLUDE, 'excluded terms', notes) }
}

/** The draft audience a brief describes: one OR group per facet, the groups ANDed, exclusions apart. */
export function draftAudience(
  resolved: readonly Resolved[],
  name: string,
  locale: Locale,
  text: string,
  spanOf: SpanOf,
  taxonomy: Taxonomy,
  tokens: readonly Token[],
): Draft {
  const textOf: TextOf = (r) => text.slice(...spanOf(r))
  const places = draftPlaces(resolved, taxonomy, locale, spanOf, text)
  const notes: BriefNote[] = [...places.notes]
  const { include, exclude } = places
  const geoDefaulted = include.length === 0
  const languages = unique(
    resolved.flatMap((r) => (r.reading.kind === 'language' && !r.excluded ? [r.reading.language] : [])),
  )
  const terms = termsOf(resolved, tokens, notes)
  const description = text.trim().slice(0, MAX_DESCRIPTION)
  const audience: Audience = {
    name,
    ...(description ? { description } : {}),
    tags: [],
    locale,
    specialAdCategory: 'none',
    geo: {
      include: geoDefaulted ? [{ country: 'FI' }] : capped(include, MAX_GEO, 'places', notes),
      exclude: capped(exclude, MAX_GEO, 'excluded places', notes),
      presence: 'home',
    },
    age: ageOf(resolved, notes, textOf),
    genders: gendersOf(resolved),
    languages,
    include: capped(terms.include, 25, 'criteria groups', notes),
    exclude: terms.exclude,
  }
  return { audience, notes, geoDefaulted }
}
