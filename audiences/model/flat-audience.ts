import type { IssuePath } from '../errors.js'
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
  }
}

const intersectAges = (a: AgeRange, b: AgeRange): AgeRange => ({
  min: Math.max(a.min, b.min),
  max: a.max === null ? b.max : b.max === null ? a.max : Math.min(a.max, b.max),
})

function narrow(parent: FlatAudience, child: FlatAudience, audience: Audience): FlatAudience {
  const childGenders = child.genders.value
  const parentGenders = parent.genders.value
  const genders =
    childGenders.length === 0
      ? parent.genders
      : at(
          parentGenders.length === 0 ? childGenders : childGenders.filter((g) => parentGenders.includes(g)),
          child.genders.path,
        )
  return {
    ...child,
    specialAdCategory: audience.specialAdCategory === 'none' ? parent.specialAdCategory : child.specialAdCategory,
    geoInclude: child.geoInclude.length > 0 ? child.geoInclude : parent.geoInclude,
    geoExclude: [...parent.geoExclude, ...child.geoExclude],
    presence: audience.geo.presence === 'home' ? parent.presence : child.presence,
    age: at(intersectAges(parent.age.value, child.age.value), child.age.path),
    genders,
    languages: child.languages.length > 0 ? child.languages : parent.languages,
    include: [...parent.include, ...child.include],
    exclude: [...parent.exclude, ...child.exclude],
  }
}

/** Folds an audience's parents into it: a sub-segment is its parent's criteria AND its own. */
export function flattenAudience(audience: Audience, base: IssuePath = []): FlatAudience {
  const own = ownCriteria(audience, base)
  if (!audience.parent) return own
  return narrow(flattenAudience(audience.parent, [...base, 'parent']), own, audience)
}

export const formatAge = ({ min, max }: AgeRange): string => (max === null ? `${min}+` : `${min}–${max}`)
