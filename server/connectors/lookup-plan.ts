import type { ChannelMapping, GeoEntry, LanguageEntry, Platform, TermEntry } from '../../audiences/index.js'
import type { GoogleLookupRequest } from './google/google-connector.js'
import type { LinkedInLookupRequest } from './linkedin/linkedin-lookups.js'
import {
  META_SEARCH_TYPES,
  type MetaGeoType,
  type MetaLookupRequest,
  type MetaSearchType,
} from './meta/meta-lookups.js'

export type TaxonomyItem =
  { kind: 'term'; entry: TermEntry } | { kind: 'geo'; entry: GeoEntry } | { kind: 'language'; entry: LanguageEntry }

type PlanBase = { names: string[]; country?: string; types?: string[]; candidates?: string[] }
export type LookupPlan =
  | (PlanBase & { platform: 'google'; request: GoogleLookupRequest })
  | (PlanBase & { platform: 'meta'; request: MetaLookupRequest })
  | (PlanBase & { platform: 'linkedin'; request: LinkedInLookupRequest })
  | { platform: Platform; manual: string }

const namesOf = (item: TaxonomyItem, query?: string): string[] =>
  [query, item.entry.labels.en, item.entry.labels.fi, item.entry.labels.sv].filter((n): n is string => Boolean(n))

// Google target types per kohde geo kind (GeoTargetConstant.target_type, geotargets CSV "Target Type").
const GOOGLE_GEO_TYPES: Record<GeoEntry['kind'], string[]> = {
  country: ['Country'],
  region: ['Region', 'Province', 'State', 'County'],
  municipality: ['Municipality', 'City'],
  city: ['City', 'Municipality', 'District', 'Neighborhood'],
}
const META_GEO_TYPES: Record<string, MetaGeoType> = { countries: 'country', regions: 'region', cities: 'city' }

function googlePlan(item: TaxonomyItem, mapping: ChannelMapping, query: string): LookupPlan {
  const manual = { platform: 'google' as const, manual: query }
  if (item.kind === 'geo' && mapping.target === 'location') {
    const request = { kind: 'geo' as const, name: query, countryCode: item.entry.country }
    return {
      platform: 'google',
      request,
      names: namesOf(item, query),
      country: item.entry.country,
      types: GOOGLE_GEO_TYPES[item.entry.kind],
    }
  }
  if (item.kind === 'language' && mapping.target === 'language') {
    return {
      platform: 'google',
      request: { kind: 'language', code: item.entry.code },
      names: [item.entry.code, ...namesOf(item)],
    }
  }
  if (mapping.target === 'life_event' || mapping.target === 'detailed_demographic') {
    const name = item.entry.labels.en
    return { platform: 'google', request: { kind: 'segment', resource: mapping.target, name }, names: namesOf(item) }
  }
  if (mapping.target === 'user_interest') {
    return { platform: 'google', request: { kind: 'user_interest', name: item.entry.labels.en }, names: namesOf(item) }
  }
  return manual
}

const isSearchType = (t: string | null): t is MetaSearchType => META_SEARCH_TYPES.includes(t as MetaSearchType)

function metaPlan(item: TaxonomyItem, mapping: ChannelMapping, query: string): LookupPlan {
  const [path, search] = query.split('?', 2)
  const params = new URLSearchParams(search ?? '')
  const q = params.get('q')
  if (path === 'search' && q && isSearchType(params.get('type'))) {
    return {
      platform: 'meta',
      request: { kind: 'search', type: params.get('type') as MetaSearchType, q },
      names: namesOf(item, q),
    }
  }
  const limitType = params.get('limit_type')
  if (path?.endsWith('/targetingsearch') && q && limitType) {
    return { platform: 'meta', request: { kind: 'targetingsearch', limitType, q }, names: namesOf(item, q) }
  }
  const geoType = META_GEO_TYPES[mapping.target]
  if (item.kind === 'geo' && geoType) {
    const country = geoType === 'country' ? undefined : item.entry.country
    const request = {
      kind: 'search' as const,
      type: 'adgeolocation' as const,
      q: query,
      locationTypes: [geoType],
      ...(country ? { countryCode: country } : {}),
    }
    return { platform: 'meta', request, names: namesOf(item, query), ...(country ? { country } : {}) }
  }
  if (item.kind === 'language' && mapping.target === 'locales') {
    return { platform: 'meta', request: { kind: 'search', type: 'adlocale', q: query }, names: namesOf(item, query) }
  }
  return { platform: 'meta', manual: query }
}

function linkedInPlan(item: TaxonomyItem, mapping: ChannelMapping, query: string): LookupPlan {
  const [call, instruction] = query.split(' then ', 2)
  const [path, search] = (call ?? '').split('?', 2)
  if (path === 'adTargetingEntities') {
    const params = new URLSearchParams(search ?? '')
    const facet = (params.get('facet') ?? '').replace(/^urn:li:adTargetingFacet:/, '')
    const typeahead = params.get('query')
    if (facet && params.get('q') === 'typeahead' && typeahead) {
      return {
        platform: 'linkedin',
        request: { kind: 'typeahead', facet, query: typeahead },
        names: namesOf(item, typeahead),
      }
    }
    if (facet && params.get('q') === 'adTargetingFacet') {
      const pick = /pick "([^"]+)"/.exec(instruction ?? '')?.[1]
      return {
        platform: 'linkedin',
        request: { kind: 'facet', facet, ...(pick ? { pick } : {}) },
        names: namesOf(item, pick),
      }
    }
  }
  if (item.kind === 'geo' && mapping.target === 'locations') {
    return {
      platform: 'linkedin',
      request: { kind: 'typeahead', facet: 'locations', query },
      names: namesOf(item, query),
    }
  }
  if (item.kind === 'language' && mapping.target === 'interfaceLocales') {
    return {
      platform: 'linkedin',
      request: { kind: 'facet', facet: 'interfaceLocales', pick: query },
      names: namesOf(item, query),
    }
  }
  return { platform: 'linkedin', manual: query }
}

const PLANNERS = { google: googlePlan, meta: metaPlan, linkedin: linkedInPlan }

// Turns a mapping's `lookup` fallback into a platform call; anything else (an upload to do by hand) stays manual.
// Unconfirmed candidate ids ride along: the platform returning one of them confirms it.
export function planLookup(item: TaxonomyItem, platform: Platform, mapping: ChannelMapping): LookupPlan | undefined {
  if (mapping.id !== null || mapping.fallback?.kind !== 'lookup') return undefined
  const plan = PLANNERS[platform](item, mapping, mapping.fallback.query)
  const candidates = mapping.candidates ?? []
  if ('manual' in plan || candidates.length === 0) return plan
  return { ...plan, names: [...plan.names, ...candidates.map((c) => c.name)], candidates: candidates.map((c) => c.id) }
}
