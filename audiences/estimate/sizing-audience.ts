import type { Capabilities, FidelityItem } from '../channels/channel.js'
import type { Effective } from '../channels/effective.js'
import { pathKey } from '../channels/fidelity.js'
import type { Gender, GeoItem, Term } from '../model/audience-schema.js'
import type { IssuePath } from '../errors.js'
import type { AgeRange, FlatAudience, Located } from '../model/flat-audience.js'
import type { SizedTerm } from './criteria-share.js'

/** The people to size: an audience as described, or as one channel's compiled spec will really target it. */
export type SizingAudience = {
  include: Located<GeoItem>[]
  exclude: Located<GeoItem>[]
  // null: the channel delivers to nobody of these ages.
  age: AgeRange | null
  // []: every gender.
  genders: Gender[]
  // null: not limited by language.
  languages: string[] | null
  groups: SizedTerm[][]
  excludeTerms: SizedTerm[]
  // Countries where the channel delivers to adults only.
  adultsOnlyIn: ReadonlySet<string>
}

const NOBODY: ReadonlySet<string> = new Set()

/** The audience as described: every criterion as written. */
export function idealSizing(flat: FlatAudience): SizingAudience {
  return {
    include: flat.geoInclude,
    exclude: flat.geoExclude,
    age: flat.age.value,
    genders: flat.genders.value,
    languages: flat.languages.length > 0 ? flat.languages.map((l) => l.value) : null,
    groups: flat.include.map((g) => g.terms.map((t) => ({ term: t.value }))),
    excludeTerms: flat.exclude.map((t) => ({ term: t.value })),
    adultsOnlyIn: NOBODY,
  }
}

// The fidelity items by path: compilers report on the flattened audience's own path arrays, so most lookups match
// by identity; a copied path is still found by its key (the key map is built on the first miss only). Paths are
// unique within a report, so identity and key find the same item.
class ItemsByPath {
  private readonly byPath = new Map<IssuePath, FidelityItem>()
  private byKey: Map<string, FidelityItem> | undefined

  constructor(private readonly items: readonly FidelityItem[]) {
    for (const i of items) this.byPath.set(i.path, i)
  }

  get(path: IssuePath): FidelityItem | undefined {
    const item = this.byPath.get(path)
    if (item) return item
    this.byKey ??= new Map(this.items.map((i) => [pathKey(i.path), i]))
    return this.byKey.get(pathKey(path))
  }
}

const isDropped = (item: FidelityItem | undefined) => item?.status === 'unsupported' || item?.status === 'unresolved'

// An approximated place becomes the places the channel names instead; a dropped one narrows nothing.
function places(located: readonly Located<GeoItem>[], items: ItemsByPath): Located<GeoItem>[] {
  return located.flatMap((g) => {
    const item = items.get(g.path)
    if (isDropped(item)) return []
    const effective = item?.effective
    if (item?.status !== 'approximated' || effective?.kind !== 'places') return [g]
    return effective.places.map((value, i) => ({ value, path: [...g.path, 'effective', i] }))
  })
}

function ageOf(flat: FlatAudience, item: FidelityItem | undefined, capabilities: Capabilities): AgeRange | null {
  if (isDropped(item)) return { min: capabilities.minAge, max: null }
  const effective = item?.effective
  if (effective?.kind === 'nobody') return null
  if (effective?.kind === 'ages') return { min: effective.min, max: effective.max }
  return flat.age.value
}

function gendersOf(flat: FlatAudience, item: FidelityItem | undefined): Gender[] {
  if (isDropped(item)) return []
  const effective = item?.effective
  return effective?.kind === 'genders' ? effective.genders : flat.genders.value
}

function languagesOf(flat: FlatAudience, items: ItemsByPath): string[] | null {
  const kept: string[] = []
  for (const l of flat.languages) {
    const item = items.get(l.path)
    if (item?.effective?.kind === 'anyLanguage') return null
    if (!isDropped(item)) kept.push(l.value)
  }
  return kept.length > 0 ? kept : null
}

// Include terms regrouped as the channel ORs them (its group label), dropped terms left out.
function groupsOf(flat: FlatAudience, items: ItemsByPath): SizedTerm[][] {
  const groups = new Map<string, SizedTerm[]>()
  for (const group of flat.include)
    for (const t of group.terms) {
      const item = items.get(t.path)
      if (isDropped(item)) continue
      const effective = item?.effective?.kind === 'term' ? item.effective : null
      const label = effective?.group ?? pathKey(group.path)
      groups.set(label, [...(groups.get(label) ?? []), ...sizedTerms(t.value, effective)])
    }
  return [...groups.values()]
}

// A term the channel reaches through broader segments (CTOs → Technology Industry) is sized as those segments.
function sizedTerms(term: Term, effective: Extract<Effective, { kind: 'term' }> | null): SizedTerm[] {
  if (effective?.sizedAs?.length) return effective.sizedAs.map((s) => ({ term: s }))
  return [{ term, incomePercentiles: effective?.incomePercentiles }]
}

/** The audience one channel's compiled spec targets, read from its fidelity items (docs/adr/0008-channel-truth.md). */
export function channelSizing(
  flat: FlatAudience,
  fidelity: readonly FidelityItem[],
  capabilities: Capabilities,
): SizingAudience {
  const items = new ItemsByPath(fidelity)
  const excludeTerms = flat.exclude.flatMap((t) => {
    const item = items.get(t.path)
    if (isDropped(item)) return []
    return sizedTerms(t.value, item?.effective?.kind === 'term' ? item.effective : null)
  })
  return {
    include: places(flat.geoInclude, items),
    exclude: places(flat.geoExclude, items),
    age: ageOf(flat, items.get(flat.age.path), capabilities),
    genders: gendersOf(flat, items.get(flat.genders.path)),
    languages: languagesOf(flat, items),
    groups: groupsOf(flat, items),
    excludeTerms,
    adultsOnlyIn: new Set(capabilities.adultsOnlyIn),
  }
}

// Presence and the special ad category change no head count (kohde counts residents; categories are declarations).
const SIZE_NEUTRAL = /^(presence|specialAdCategory):/

/** The fidelity items that make a channel's audience differ from the one described. */
export const sizeReasons = (fidelity: readonly FidelityItem[]): FidelityItem[] =>
  fidelity.filter((i) => i.status !== 'exact' && !SIZE_NEUTRAL.test(i.criterion))
