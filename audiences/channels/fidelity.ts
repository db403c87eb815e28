import type { IssuePath } from '../errors.js'
import type { GeoItem, Locale, Term } from '../model/audience-schema.js'
import { formatAge, type FlatAudience } from '../model/flat-audience.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { Fidelity, FidelityItem, FidelityStatus } from './channel.js'
import type { Effective } from './effective.js'

export const pathKey = (path: IssuePath): string => path.join('.')

export const fidelityItem = (
  path: IssuePath,
  criterion: string,
  status: FidelityStatus,
  code: string,
  message: string,
  effective?: Effective,
): FidelityItem => ({ path, criterion, status, code, message, ...(effective && { effective }) })

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
  const criteria: ListedCriterion[] = []
  const add = (path: IssuePath, criterion: string) => criteria.push({ path, criterion })
  add(flat.specialAdCategory.path, `specialAdCategory:${flat.specialAdCategory.value}`)
  for (const g of flat.geoInclude) add(g.path, geoCriterion(g.value))
  for (const g of flat.geoExclude) add(g.path, `not ${geoCriterion(g.value)}`)
  add(flat.presence.path, `presence:${flat.presence.value}`)
  add(flat.age.path, `age:${formatAge(flat.age.value)}`)
  add(flat.genders.path, `genders:${genders.length === 0 ? 'all' : genders.join(',')}`)
  for (const l of flat.languages) add(l.path, `language:${l.value}`)
  for (const group of flat.include) for (const t of group.terms) add(t.path, t.value.value)
  for (const t of flat.exclude) add(t.path, `not ${t.value.value}`)
  return criteria
}

type Decided = {
  readonly status: FidelityStatus
  readonly code: string
  readonly message: string
  readonly effective?: Effective | undefined
}

/**
 * One fidelity item per criterion of listCriteria, from the verdict reached for its path (the last one wins);
 * `unreported` words the error for a criterion left without one (a compiler bug).
 */
export function itemsFromVerdicts(
  flat: FlatAudience,
  verdicts: readonly (readonly [IssuePath, Decided])[],
  unreported: (criterion: string, key: string) => string,
): FidelityItem[] {
  // Verdicts carry the flattened audience's own path arrays, so matching by identity needs no key string;
  // a verdict on a copied path would still be found by its key.
  const byPath = new Map<IssuePath, Decided>()
  for (const [path, v] of verdicts) byPath.set(path, v)
  let byKey: Map<string, Decided> | undefined
  return listCriteria(flat).map(({ path, criterion }) => {
    let v = byPath.get(path)
    if (!v) {
      byKey ??= new Map(verdicts.map(([p, d]) => [pathKey(p), d]))
      v = byKey.get(pathKey(path))
    }
    if (!v) throw new Error(unreported(criterion, pathKey(path)))
    return fidelityItem(path, criterion, v.status, v.code, v.message, v.effective)
  })
}
