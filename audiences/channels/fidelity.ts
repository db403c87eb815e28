import type { IssuePath } from '../errors.js'
import type { GeoItem, Locale, Term } from '../model/audience-schema.js'
import { formatAge, type FlatAudience } from '../model/flat-audience.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { Fidelity, FidelityItem, FidelityStatus } from './channel.js'

export const pathKey = (path: IssuePath): string => path.join('.')

export const fidelityItem = (
  path: IssuePath,
  criterion: string,
  status: FidelityStatus,
  code: string,
  message: string,
): FidelityItem => ({ path, criterion, status, code, message })

/** The channel's overall level: lossy if anything was dropped or unresolved, approximate if anything was widened. */
export function fidelityOf(items: FidelityItem[]): Fidelity {
  const lossy = items.some((i) => i.status === 'unsupported' || i.status === 'unresolved')
  const approximate = items.some((i) => i.status === 'approximated')
  return { level: lossy ? 'lossy' : approximate ? 'approximate' : 'exact', items }
}

export function geoCriterion(item: GeoItem): string {
  if ('radius' in item) return `geo:radius:${item.radius.lat},${item.radius.lng},${item.radius.km}km`
  if ('region' in item) return `geo:${item.region}`
  if ('municipality' in item) return `geo:${item.country}/municipality:${item.municipality}`
  if ('city' in item) return `geo:${item.country}/city:${item.city}`
  if ('postalCode' in item) return `geo:${item.country}/postal:${item.postalCode}`
  return `geo:${item.country}`
}

export const termLabel = (term: Term, taxonomy: Taxonomy, locale: Locale): string =>
  taxonomy.term(term.value)?.labels[locale] ?? term.value

export type ListedCriterion = { readonly path: IssuePath; readonly criterion: string }

// Every channel lists the same audience's criteria; compute them once per flattened audience.
const criteriaCache = new WeakMap<FlatAudience, readonly ListedCriterion[]>()

/** Every criterion of a flattened audience, with its path: each must appear in every channel's fidelity report. */
export function listCriteria(flat: FlatAudience): readonly ListedCriterion[] {
  let criteria = criteriaCache.get(flat)
  if (!criteria) {
    criteria = Object.freeze(collectCriteria(flat))
    criteriaCache.set(flat, criteria)
  }
  return criteria
}

function collectCriteria(flat: FlatAudience): ListedCriterion[] {
  const genders = flat.genders.value
  return [
    { path: flat.specialAdCategory.path, criterion: `specialAdCategory:${flat.specialAdCategory.value}` },
    ...flat.geoInclude.map((g) => ({ path: g.path, criterion: geoCriterion(g.value) })),
    ...flat.geoExclude.map((g) => ({ path: g.path, criterion: `not ${geoCriterion(g.value)}` })),
    { path: flat.presence.path, criterion: `presence:${flat.presence.value}` },
    { path: flat.age.path, criterion: `age:${formatAge(flat.age.value)}` },
    { path: flat.genders.path, criterion: `genders:${genders.length === 0 ? 'all' : genders.join(',')}` },
    ...flat.languages.map((l) => ({ path: l.path, criterion: `language:${l.value}` })),
    ...flat.include.flatMap((group) => group.terms.map((t) => ({ path: t.path, criterion: t.value.value }))),
    ...flat.exclude.map((t) => ({ path: t.path, criterion: `not ${t.value.value}` })),
  ]
}
