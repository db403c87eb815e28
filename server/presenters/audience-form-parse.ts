import { z } from 'zod'
import type { GeoItem, Taxonomy } from '../../audiences/index.js'
import { GEO_KINDS, type EditorFields, type GeoRow, type TermRow } from './audience-form-fields.js'
import { languageCodesOf, placeCodeOf } from './audience-form-names.js'
import { placeEntryOf, placeOf } from './audience-form-places.js'

// The browser's form is hostile like any request: every value is read as bounded text; the audience schema judges.
const Text = z.string().max(20_000).catch('')

// qs gives an array for small indices and an object with numeric keys past 20: both become an array in key order.
const listOf = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((value) => {
    if (Array.isArray(value)) return value.slice(0, max)
    if (typeof value !== 'object' || value === null) return []
    return Object.entries(value)
      .filter(([key]) => /^\d{1,4}$/.test(key))
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, v]) => v as unknown)
      .slice(0, max)
  }, z.array(item))

const GeoRowSchema = z
  .object({
    kind: z.enum(GEO_KINDS).catch('country'),
    value: Text,
    country: Text,
    lat: Text,
    lng: Text,
    km: Text,
    label: Text,
  })
  .catch({ kind: 'country', value: '', country: '', lat: '', lng: '', km: '', label: '' })
const TermRowSchema = z.object({ facet: Text, value: Text }).catch({ facet: '', value: '' })
const GroupSchema = z
  .object({ terms: listOf(TermRowSchema, 200).catch([]) })
  .catch({ terms: [] })
  .transform((g) => g.terms)
const GendersSchema = z
  .union([
    z
      .string()
      .max(20)
      .transform((g) => [g]),
    z.array(z.string().max(20)).max(2),
  ])
  .catch([])

export const EDITOR_ACTION_PATTERN =
  /^(save|size|add-group|add-term:\d{1,3}|remove-term:\d{1,3}:\d{1,3}|add-exclude|remove-exclude:\d{1,3}|add-(geo|radius)-(include|exclude)|remove-geo-(include|exclude):\d{1,3}|suggest|pick-free|pick:[a-zA-Z0-9.-]{1,120}|add-free:\d{1,2}|browse(:[a-z0-9-]{1,120})?)$/
const ActionSchema = z.string().regex(EDITOR_ACTION_PATTERN).optional()

const EditorFormSchema = z.object({
  clientId: Text,
  name: Text,
  description: Text,
  tags: Text,
  locale: Text,
  specialAdCategory: Text,
  geoInclude: listOf(GeoRowSchema, 500).catch([]),
  geoExclude: listOf(GeoRowSchema, 500).catch([]),
  presence: Text,
  ageMin: Text,
  ageMax: Text,
  genders: GendersSchema,
  languages: Text,
  include: listOf(GroupSchema, 25).catch([]),
  exclude: listOf(TermRowSchema, 200).catch([]),
  parentId: Text,
  inlineParent: Text,
  version: Text,
  brief: Text,
  suggestFacet: Text,
  suggestQuery: Text,
  suggestTarget: Text,
})

/** The posted editor form as fields, and the button pressed (`save` when none: Enter in a field saves); null when unknown. */
export function readEditorForm(form: Record<string, unknown>): { fields: EditorFields; action: string | null } {
  const action = ActionSchema.safeParse(form['action'])
  return {
    fields: EditorFormSchema.parse({ ...form, genders: form['genders'] ?? [] }),
    action: action.success ? (action.data ?? 'save') : null,
  }
}

/** Where each item of the audience came from in the form (blank rows are left out of the audience). */
export type GeoSource = { row: number; kind: GeoRow['kind'] }
export type RowMap = {
  geoInclude: GeoSource[]
  geoExclude: GeoSource[]
  include: { group: number; rows: number[] }[]
  exclude: number[]
}
export type FormIssue = { fieldId: string; code: string; message: string }

// 60,17 as Finns write it; text that is not a number goes on as text, so the schema names the field.
function numberOf(text: string): number | string | undefined {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return undefined
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed
}
const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : { [key]: value })

const isBlankGeo = (row: GeoRow) =>
  row.kind === 'radius' ? [row.lat, row.lng, row.km, row.label].every((v) => v.trim() === '') : row.value.trim() === ''

// A radius around a place named in its label: the place's centre when no coordinates were typed.
function radiusOf(row: GeoRow, taxonomy: Taxonomy) {
  const label = row.label.trim()
  const around = row.lat.trim() === '' && row.lng.trim() === '' ? placeEntryOf(label, taxonomy)?.centre : undefined
  return {
    radius: {
      lat: around?.lat ?? numberOf(row.lat),
      lng: around?.lng ?? numberOf(row.lng),
      km: numberOf(row.km),
    },
    ...optional('label', label || undefined),
  }
}

const CODE_SHAPES = {
  country: /^[A-Za-z]{2}$/,
  region: /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/,
  municipality: /^\d{1,6}$/,
}

function geoItemOf(row: GeoRow, taxonomy: Taxonomy): GeoItem | 'unknown_place' | Record<string, unknown> {
  const value = row.value.trim()
  const typed = row.country.trim()
  const country = typed === '' ? 'FI' : (placeCodeOf('country', typed, typed, taxonomy) ?? typed.toUpperCase())
  // A name the taxonomy does not know is a problem of its own; text shaped like a code goes on for the schema to judge.
  const named = (kind: 'country' | 'region' | 'municipality', within: string) =>
    placeCodeOf(kind, value, within, taxonomy) ?? (CODE_SHAPES[kind].test(value) ? value.toUpperCase() : null)
  switch (row.kind) {
    case 'country': {
      const code = named('country', value)
      return code === null ? 'unknown_place' : { country: code }
    }
    case 'region': {
      const code = named('region', country)
      return code === null ? 'unknown_place' : { region: code }
    }
    case 'municipality': {
      const code = named('municipality', country)
      return code === null ? 'unknown_place' : { municipality: code, country }
    }
    case 'postalCode':
      return { postalCode: value.toUpperCase(), country }
    case 'city':
      return { city: value, country }
    case 'radius':
      return radiusOf(row, taxonomy)
    case 'place':
      return placeOf(value, taxonomy) ?? 'unknown_place'
  }
}

function geoItems(rows: readonly GeoRow[], side: 'include' | 'exclude', taxonomy: Taxonomy, issues: FormIssue[]) {
  const items: unknown[] = []
  const from: GeoSource[] = []
  rows.forEach((row, r) => {
    if (isBlankGeo(row)) return
    const item = geoItemOf(row, taxonomy)
    if (item === 'unknown_place') {
      const message = `no place named "${row.value.trim()}" in the taxonomy: give its code instead`
      issues.push({ fieldId: `geo-${side}-${r}-value`, code: 'place_unknown', message })
      return
    }
    items.push(item)
    from.push({ row: r, kind: row.kind })
  })
  return { items, from }
}

const termsOf = (rows: readonly TermRow[]) =>
  rows.flatMap((row, r) => (row.value.trim() === '' ? [] : [{ term: { facet: row.facet, value: row.value }, r }]))
const listText = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '')

function parentOf(fields: EditorFields, issues: FormIssue[]): unknown {
  if (fields.inlineParent.trim() === '') return undefined
  try {
    return JSON.parse(fields.inlineParent) as unknown
  } catch {
    issues.push({ fieldId: 'parent', code: 'parent_invalid', message: 'the parent audience is not valid JSON' })
    return undefined
  }
}

/**
 * The audience the form describes, unchecked (AudienceSchema and validateAudience judge it), with where each item
 * came from; place names the taxonomy does not know are issues of their own.
 */
export function fieldsToAudience(fields: EditorFields, taxonomy: Taxonomy) {
  const issues: FormIssue[] = []
  const geoInclude = geoItems(fields.geoInclude, 'include', taxonomy, issues)
  const geoExclude = geoItems(fields.geoExclude, 'exclude', taxonomy, issues)
  const groups = fields.include
    .map((rows, group) => ({ group, terms: termsOf(rows) }))
    .filter((g) => g.terms.length > 0)
  const exclude = termsOf(fields.exclude)
  const parent = parentOf(fields, issues)
  const candidate = {
    name: fields.name,
    ...optional('description', fields.description.trim() === '' ? undefined : fields.description),
    tags: listText(fields.tags, /,/),
    locale: fields.locale,
    specialAdCategory: fields.specialAdCategory,
    geo: { include: geoInclude.items, exclude: geoExclude.items, presence: fields.presence },
    age: { ...optional('min', numberOf(fields.ageMin)), ...optional('max', numberOf(fields.ageMax)) },
    genders: fields.genders,
    languages: languageCodesOf(fields.languages, taxonomy),
    include: groups.map((g) => g.terms.map((t) => t.term)),
    exclude: exclude.map((t) => t.term),
    ...optional('parent', parent),
  }
  const map: RowMap = {
    geoInclude: geoInclude.from,
    geoExclude: geoExclude.from,
    include: groups.map((g) => ({ group: g.group, rows: g.terms.map((t) => t.r) })),
    exclude: exclude.map((t) => t.r),
  }
  return { candidate, map, issues }
}
