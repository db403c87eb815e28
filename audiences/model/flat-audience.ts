import type { DomainIssue, IssuePath } from '../errors.js'
import { relatePlaces } from '../geo/geo-within.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { Audience, Gender, GeoItem, Locale, SpecialAdCategory, Term } from './audience-schema.js'

export type Located<T> = { value: T; path: IssuePath }
export type AgeRange = { min: number; max: number | null }

// An audience with its parents folded in; every criterion keeps the path it came from.
export type FlatAudience = {
  name: string
  locale: Locale
  specialAdCategory: Located<SpecialAdCategory>
  geoInclude: Located<GeoItem>[]
  geoExclude: Located<GeoItem>[]
  presence: Located<'home' | 'homeOrRecent'>
  age: Located<AgeRange>
  genders: Located<Gender[]>
  languages: Located<string>[]
  include: { path: IssuePath; terms: Located<Term>[] }[]
  exclude: Located<Term>[]
  // What a sub-segment named outside its parent (validateAudience reports them as 422).
  narrowingIssues: DomainIssue[]
}

const at = <T>(value: T, path: IssuePath): Located<T> => ({ value, path })
const locate = <T>(items: readonly T[], path: IssuePath): Located<T>[] => items.map((v, i) => at(v, [...path, i]))

function ownCriteria(audience: Audience, base: IssuePath): FlatAudience {
  return {
    name: audience.name,
    locale: audience.locale,
    specialAdCategory: at(audience.specialAdCategory, [...base, 'specialAdCategory']),
    geoInclude: locate(audience.geo.include, [...base, 'geo', 'include']),
    geoExclude: locate(audience.geo.exclude, [...base, 'geo', 'exclude']),
    presence: at(audience.geo.presence, [...base, 'geo', 'presence']),
    age: at({ min: audience.age.min, max: audience.age.max ?? null }, [...base, 'age']),
    genders: at(audience.genders, [...base, 'genders']),
    languages: locate(audience.languages, [...base, 'languages']),
    include: audience.include.map((group, g) => ({
      path: [...base, 'include', g],
      terms: locate(group, [...base, 'include', g]),
    })),
    exclude: locate(audience.exclude, [...base, 'exclude']),
    narrowingIssues: [],
  }
}

const intersectAges = (a: AgeRange, b: AgeRange): AgeRange => ({
  min: Math.max(a.min, b.min),
  max: a.max === null ? b.max : b.max === null ? a.max : Math.min(a.max, b.max),
})

type Narrowed<T> = { items: Located<T>[]; issues: DomainIssue[] }

// A child's places within its parent's: a place inside a parent place stays; one that contains parent places gives
// way to them (parent Helsinki, child Finland: Helsinki); one outside every parent place is an issue.
function narrowPlaces(parent: Located<GeoItem>[], child: Located<GeoItem>[], taxonomy: Taxonomy, locale: Locale) {
  if (child.length === 0 || parent.length === 0) return { items: child.length > 0 ? child : parent, issues: [] }
  const out: Narrowed<GeoItem> = { items: [], issues: [] }
  const taken = new Set<Located<GeoItem>>()
  for (const c of child) {
    const relations = parent.map((p) => relatePlaces(c.value, p.value, taxonomy, locale))
    if (relations.some((r) => r === 'inside' || r === 'unknown')) out.items.push(c)
    else if (relations.includes('contains'))
      parent.forEach((p, i) => {
        if (relations[i] === 'contains' && !taken.has(p)) out.items.push(p)
        if (relations[i] === 'contains') taken.add(p)
      })
    else
      out.issues.push({ path: c.path, code: 'geo_outside_parent', message: 'the place is outside the parent audience' })
  }
  return out
}

function narrowLanguages(parent: Located<string>[], child: Located<string>[]): Narrowed<string> {
  if (child.length === 0 || parent.length === 0) return { items: child.length > 0 ? child : parent, issues: [] }
  const allowed = new Set(parent.map((l) => l.value))
  const items = child.filter((l) => allowed.has(l.value))
  const issues = child
    .filter((l) => !allowed.has(l.value))
    .map((l) => ({
      path: l.path,
      code: 'language_outside_parent',
      message: 'the parent audience has no such language',
    }))
  return { items, issues }
}

function narrow(parent: FlatAudience, child: FlatAudience, audience: Audience, taxonomy: Taxonomy): FlatAudience {
  const childGenders = child.genders.value
  const parentGenders = parent.genders.value
  const genders =
    childGenders.length === 0
      ? parent.genders
      : at(
          parentGenders.length === 0 ? childGenders : childGenders.filter((g) => parentGenders.includes(g)),
          child.genders.path,
        )
  const places = narrowPlaces(parent.geoInclude, child.geoInclude, taxonomy, child.locale)
  const languages = narrowLanguages(parent.languages, child.languages)
  return {
    ...child,
    specialAdCategory: audience.specialAdCategory === 'none' ? parent.specialAdCategory : child.specialAdCategory,
    geoInclude: places.items,
    geoExclude: [...parent.geoExclude, ...child.geoExclude],
    presence: audience.geo.presence === 'home' ? parent.presence : child.presence,
    age: at(intersectAges(parent.age.value, child.age.value), child.age.path),
    genders,
    languages: languages.items,
    include: [...parent.include, ...child.include],
    exclude: [...parent.exclude, ...child.exclude],
    narrowingIssues: [...parent.narrowingIssues, ...places.issues, ...languages.issues],
  }
}

/** Folds an audience's parents into it: a sub-segment is its parent's criteria AND its own, places and languages within the parent's. */
export function flattenAudience(audience: Audience, taxonomy: Taxonomy, base: IssuePath = []): FlatAudience {
  const own = ownCriteria(audience, base)
  if (!audience.parent) return own
  return narrow(flattenAudience(audience.parent, taxonomy, [...base, 'parent']), own, audience, taxonomy)
}

export const formatAge = ({ min, max }: AgeRange): string => (max === null ? `${min}+` : `${min}–${max}`)
