import { DomainError } from '../errors.js'
import type { Category, ChannelMapping, GeoEntry, LanguageEntry, Platform, TermEntry } from './taxonomy-schema.js'

export type PostalCentre = readonly [lat: number, lng: number, municipality: string, radiusKm: number]

export type TaxonomyParts = {
  terms: readonly TermEntry[]
  categories?: readonly Category[]
  geo: readonly GeoEntry[]
  languages: readonly LanguageEntry[]
  postalCodes: Readonly<Record<string, PostalCentre>>
}

export type Taxonomy = {
  // The parts whose names (labels, synonyms, categories) this taxonomy has: agency taxonomies share the shipped ones.
  readonly names: TaxonomyParts
  readonly terms: ReadonlyMap<string, TermEntry>
  readonly categories: ReadonlyMap<string, Category>
  readonly geo: ReadonlyMap<string, GeoEntry>
  readonly languages: ReadonlyMap<string, LanguageEntry>
  term(key: string): TermEntry | undefined
  // Narrower terms under a term in the platform's hierarchy (Google's "Sports Fans" → "Golf Enthusiasts").
  termChildren(key: string): readonly TermEntry[]
  geoByCode(kind: GeoEntry['kind'], country: string, code: string): GeoEntry | undefined
  geoChildren(key: string): readonly GeoEntry[]
  city(country: string, name: string): GeoEntry | undefined
  postalCode(country: string, code: string): PostalCentre | undefined
  hasPostalData(country: string): boolean
}

export const normalizeName = (text: string): string => text.trim().toLocaleLowerCase('fi').replace(/\s+/g, ' ')

const withoutAccents = (text: string): string =>
  normalizeName(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')

const geoCodeKey = (kind: string, country: string, code: string) => `${kind}:${country}:${code}`

function indexUnique<T>(items: readonly T[], keyOf: (item: T) => string, what: string): Map<string, T> {
  const map = new Map<string, T>()
  for (const item of items) {
    const key = keyOf(item)
    if (map.has(key)) throw new DomainError('taxonomy_invalid', `duplicate ${what} ${key}`)
    map.set(key, item)
  }
  return map
}

export function createTaxonomy(parts: TaxonomyParts, names: TaxonomyParts = parts): Taxonomy {
  const terms = indexUnique(parts.terms, (t) => t.key, 'term key')
  const categories = indexUnique(parts.categories ?? [], (c) => c.id, 'category')
  const termChildren = new Map<string, TermEntry[]>()
  for (const entry of parts.terms) {
    if (entry.parent === undefined) continue
    const siblings = termChildren.get(entry.parent) ?? []
    siblings.push(entry)
    termChildren.set(entry.parent, siblings)
  }
  const geo = indexUnique(parts.geo, (g) => g.key, 'geo key')
  const languages = indexUnique(parts.languages, (l) => l.code, 'language code')
  indexUnique(parts.geo, (g) => geoCodeKey(g.kind, g.country, g.code), 'geo code')
  // Every channel resolves every place: nested maps spare building a key string on each lookup.
  const byCode = new Map<string, Map<string, Map<string, GeoEntry>>>()
  for (const entry of parts.geo) {
    const byCountry = byCode.get(entry.kind) ?? new Map<string, Map<string, GeoEntry>>()
    byCode.set(entry.kind, byCountry)
    const codes = byCountry.get(entry.country) ?? new Map<string, GeoEntry>()
    byCountry.set(entry.country, codes)
    codes.set(entry.code, entry)
  }
  // A town a platform lists (kind city) is found by name too; a municipality of the same name wins. Names are also
  // kept without diacritics: Google writes "Akersberga", people "Åkersberga".
  const cities = new Map<string, GeoEntry>()
  const unaccented = new Map<string, GeoEntry>()
  for (const kind of ['city', 'municipality'] as const)
    for (const entry of parts.geo) {
      if (entry.kind !== kind) continue
      const names = [...Object.values(entry.labels), ...Object.values(entry.synonyms).flat()]
      for (const name of names) {
        cities.set(`${entry.country}:${normalizeName(name)}`, entry)
        unaccented.set(`${entry.country}:${withoutAccents(name)}`, entry)
      }
    }
  const children = new Map<string, GeoEntry[]>()
  for (const entry of parts.geo) {
    if (entry.parent === null) continue
    const siblings = children.get(entry.parent) ?? []
    siblings.push(entry)
    children.set(entry.parent, siblings)
  }
  const postalCountries = new Set(['FI'])
  return {
    names,
    terms,
    categories,
    geo,
    languages,
    term: (key) => terms.get(key),
    termChildren: (key) => termChildren.get(key) ?? [],
    geoByCode: (kind, country, code) => byCode.get(kind)?.get(country)?.get(code),
    geoChildren: (key) => children.get(key) ?? [],
    city: (country, name) =>
      cities.get(`${country}:${normalizeName(name)}`) ?? unaccented.get(`${country}:${withoutAccents(name)}`),
    postalCode: (country, code) => (country === 'FI' ? parts.postalCodes[code] : undefined),
    hasPostalData: (country) => postalCountries.has(country),
  }
}

export type MappingOverride = { key: string; platform: Platform; mapping: ChannelMapping }

// Live lookups (issue 7) store identifiers that replace the shipped ones for the next compile.
export function withMappings(parts: TaxonomyParts, overrides: readonly MappingOverride[]): Taxonomy {
  const byKey = new Map(overrides.map((o) => [`${o.key}|${o.platform}`, o.mapping]))
  const overridden = new Set(overrides.map((o) => o.key))
  // An entry without an override is the shipped object itself: an agency's taxonomy (server/connectors keeps up to
  // 32) then costs its indexes and its overridden entries, not a copy of all ~2,600 shipped entries.
  const apply = <E extends { key: string; channels: TermEntry['channels'] }>(entry: E): E => {
    if (!overridden.has(entry.key)) return entry
    const channels = { ...entry.channels }
    for (const platform of ['google', 'meta', 'linkedin'] as const) {
      const mapping = byKey.get(`${entry.key}|${platform}`)
      if (mapping) channels[platform] = mapping
    }
    return { ...entry, channels }
  }
  return createTaxonomy(
    { ...parts, terms: parts.terms.map(apply), geo: parts.geo.map(apply), languages: parts.languages.map(apply) },
    parts,
  )
}
