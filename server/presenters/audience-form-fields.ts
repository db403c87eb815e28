import type { Audience, GeoItem, Term } from '../../audiences/index.js'

// The editor form as the browser posts it: every value a string, rows in form order (blank rows included).
export const GEO_KINDS = ['country', 'region', 'municipality', 'postalCode', 'city', 'radius', 'place'] as const
export type GeoKind = (typeof GEO_KINDS)[number]

export type GeoRow = {
  kind: GeoKind
  value: string
  country: string
  lat: string
  lng: string
  km: string
  label: string
}
export type TermRow = { facet: string; value: string }

export type EditorFields = {
  clientId: string
  name: string
  description: string
  tags: string
  locale: string
  specialAdCategory: string
  geoInclude: GeoRow[]
  geoExclude: GeoRow[]
  presence: string
  ageMin: string
  ageMax: string
  genders: string[]
  languages: string
  include: TermRow[][]
  exclude: TermRow[]
  // A stored parent (edit) by id, or a template's inline parent as the JSON the API would take.
  parentId: string
  inlineParent: string
  version: string
  // The pasted brief, kept so the highlighted reading stays beside the form while it is edited.
  brief: string
  suggestFacet: string
  suggestQuery: string
  suggestTarget: string
}

export const blankGeoRow = (kind: GeoKind = 'country', country = ''): GeoRow => ({
  kind,
  value: '',
  country,
  lat: '',
  lng: '',
  km: '',
  label: '',
})
export const blankTermRow = (): TermRow => ({ facet: 'interest', value: '' })

/** A new audience's form: Finland, one empty criteria group, one empty exclusion row. */
export function blankFields(clientId = ''): EditorFields {
  return {
    clientId,
    name: '',
    description: '',
    tags: '',
    locale: 'fi',
    specialAdCategory: 'none',
    geoInclude: [{ ...blankGeoRow(), value: 'FI' }],
    geoExclude: [],
    presence: 'home',
    ageMin: '18',
    ageMax: '',
    genders: [],
    languages: '',
    include: [[blankTermRow()]],
    exclude: [],
    parentId: '',
    inlineParent: '',
    version: '',
    brief: '',
    suggestFacet: '',
    suggestQuery: '',
    suggestTarget: '0',
  }
}

function geoRowOf(item: GeoItem): GeoRow {
  if ('radius' in item)
    return {
      ...blankGeoRow('radius'),
      lat: String(item.radius.lat),
      lng: String(item.radius.lng),
      km: String(item.radius.km),
      label: item.label ?? '',
    }
  if ('municipality' in item) return { ...blankGeoRow('municipality', item.country), value: item.municipality }
  if ('postalCode' in item) return { ...blankGeoRow('postalCode', item.country), value: item.postalCode }
  if ('city' in item) return { ...blankGeoRow('city', item.country), value: item.city }
  if ('region' in item) return { ...blankGeoRow('region'), value: item.region }
  return { ...blankGeoRow('country'), value: item.country }
}

const termRowOf = (term: Term): TermRow => ({ facet: term.facet, value: term.value })

/** An audience (stored, from a template or drafted from a brief) as the editor's form fields. */
export function audienceToFields(
  audience: Audience,
  extra: { clientId?: string; parentId?: string | null; version?: number | null; brief?: string } = {},
): EditorFields {
  return {
    ...blankFields(extra.clientId ?? ''),
    name: audience.name,
    description: audience.description ?? '',
    tags: audience.tags.join(', '),
    locale: audience.locale,
    specialAdCategory: audience.specialAdCategory,
    geoInclude: audience.geo.include.map(geoRowOf),
    geoExclude: audience.geo.exclude.map(geoRowOf),
    presence: audience.geo.presence,
    ageMin: String(audience.age.min),
    ageMax: audience.age.max === undefined ? '' : String(audience.age.max),
    genders: [...audience.genders],
    languages: audience.languages.join(', '),
    include: audience.include.map((group) => group.map(termRowOf)),
    exclude: audience.exclude.map(termRowOf),
    parentId: extra.parentId ?? '',
    inlineParent: audience.parent ? JSON.stringify(audience.parent) : '',
    version: extra.version ? String(extra.version) : '',
    brief: extra.brief ?? '',
  }
}
