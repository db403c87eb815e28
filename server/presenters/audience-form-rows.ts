import { FACETS, type Taxonomy } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'
import { GEO_KINDS, type GeoRow, type TermRow } from './audience-form-fields.js'
import { countryNameOf, placeNameOf } from './audience-form-names.js'

export type FieldView = {
  id: string
  name: string
  value: string
  error: string | null
  describedBy: string | null
  invalid: boolean
}
export type OptionView = { value: string; label: string; selected: boolean }
export type SelectView = FieldView & { options: OptionView[] }

/** The per-field errors and a way to build each field's view: its id, name, value and error wiring. */
export function fieldMaker(errors: ReadonlyMap<string, string>) {
  const field = (id: string, name: string, value: string, hintId: string | null = null): FieldView => {
    const error = errors.get(id) ?? null
    const describedBy = [hintId, error === null ? null : `${id}-error`].filter((v) => v !== null).join(' ')
    return { id, name, value, error, describedBy: describedBy || null, invalid: error !== null }
  }
  const select = (id: string, name: string, value: string, options: readonly { value: string; label: string }[]) => ({
    ...field(id, name, value),
    options: options.map((o) => ({ ...o, selected: o.value === value })),
  })
  return { field, select }
}
export type FieldMaker = ReturnType<typeof fieldMaker>

export const facetOptions = (t: Translate) => FACETS.map((f) => ({ value: f, label: t(`editor.facet.${f}`) }))

export type GeoRowView = {
  index: number
  number: number
  radius: boolean
  kind: SelectView
  value: FieldView
  country: FieldView
  lat: FieldView
  lng: FieldView
  km: FieldView
  label: FieldView
  // What a postal code stands for (its municipality), in the page's language.
  placeName: string | null
  placeHintId: string
  labelHintId: string
  removeAction: string
}

export type RowContext = { t: Translate; taxonomy: Taxonomy; locale: Locale }

// Codes the taxonomy knows are shown as names in the page's language; the parser reads both back.
function shownValue(row: GeoRow, context: RowContext): string {
  const { taxonomy, locale } = context
  const country = row.country.trim().toUpperCase() || 'FI'
  if (row.kind === 'country' || row.kind === 'region' || row.kind === 'municipality')
    return placeNameOf(row.kind, row.value, row.kind === 'country' ? row.value : country, taxonomy, locale)
  return row.value
}

function postalPlace(row: GeoRow, context: RowContext): string | null {
  if (row.kind !== 'postalCode') return null
  const centre = context.taxonomy.postalCode(row.country.trim().toUpperCase() || 'FI', row.value.trim())
  if (!centre) return null
  return context.taxonomy.geoByCode('municipality', 'FI', centre[2])?.labels[context.locale] ?? null
}

/** Place rows with ids and names by index; `index` may be a placeholder for the browser's row template. */
export function geoRowViews(
  rows: readonly GeoRow[],
  side: 'include' | 'exclude',
  make: FieldMaker,
  context: RowContext,
  index: (i: number) => string = String,
) {
  const { t } = context
  const kinds = GEO_KINDS.filter((k) => k !== 'radius').map((k) => ({ value: k, label: t(`editor.geoKind.${k}`) }))
  const name = side === 'include' ? 'geoInclude' : 'geoExclude'
  return rows.map((row, r): GeoRowView => {
    const i = index(r)
    const id = (part: string) => `geo-${side}-${i}-${part}`
    const at = (part: string) => `${name}[${i}][${part}]`
    return {
      index: r,
      number: r + 1,
      radius: row.kind === 'radius',
      kind: make.select(id('kind'), at('kind'), row.kind, kinds),
      value: make.field(id('value'), at('value'), shownValue(row, context), `geo-${side}-hint`),
      country: make.field(id('country'), at('country'), countryNameOf(row.country, context.taxonomy, context.locale)),
      lat: make.field(id('lat'), at('lat'), row.lat),
      lng: make.field(id('lng'), at('lng'), row.lng),
      km: make.field(id('km'), at('km'), row.km),
      label: make.field(id('label'), at('label'), row.label, id('label-hint')),
      placeName: postalPlace(row, context),
      placeHintId: id('place'),
      labelHintId: id('label-hint'),
      removeAction: `remove-geo-${side}:${i}`,
    }
  })
}

export type TermRowView = {
  number: number
  facet: SelectView
  value: FieldView
  termLabel: string | null
  // A picked term shown by name (its fields hidden, still posted); null for a blank, free-text or wrong row.
  chip: { label: string; facetLabel: string } | null
  removeAction: string
}

/** Term rows of one group (or of the exclusions), each with the taxonomy label of its key in the user's language. */
export function termRowViews(
  rows: readonly TermRow[],
  at: { idPrefix: string; namePrefix: string; removePrefix: string },
  make: FieldMaker,
  context: RowContext,
  index: (r: number) => string = String,
): TermRowView[] {
  const facets = facetOptions(context.t)
  return rows.map((row, r) => {
    const id = `${at.idPrefix}-${index(r)}`
    const name = `${at.namePrefix}[${index(r)}]`
    const value = make.field(`${id}-value`, `${name}[value]`, row.value, 'terms-hint')
    const entry = context.taxonomy.term(row.value.trim())
    const chip =
      entry && entry.facet === row.facet && value.error === null
        ? { label: entry.labels[context.locale], facetLabel: context.t(`editor.facet.${entry.facet}`) }
        : null
    return {
      number: r + 1,
      facet: make.select(`${id}-facet`, `${name}[facet]`, row.facet, facets),
      value,
      termLabel: entry?.labels[context.locale] ?? null,
      chip,
      removeAction: `${at.removePrefix}:${index(r)}`,
    }
  })
}

const SIMPLE_LABELS: Record<string, string> = {
  name: 'editor.name',
  description: 'editor.description',
  tags: 'editor.tags',
  locale: 'editor.locale',
  'special-ad-category': 'editor.specialAdCategory',
  presence: 'editor.presence',
  'age-min': 'editor.ageMin',
  'age-max': 'editor.ageMax',
  'genders-female': 'editor.genders',
  languages: 'editor.languages',
  'client-id': 'common.client',
  parent: 'editor.parent',
  brief: 'brief.text',
}

/** What the error summary calls a field: its label, or its place among the rows. */
export function fieldLabelOf(id: string, t: Translate): string {
  const simple = SIMPLE_LABELS[id]
  if (simple) return t(simple)
  const geo = /^geo-(include|exclude)-(\d+)-/.exec(id)
  if (geo) return t(geo[1] === 'include' ? 'editor.geoIncludeRow' : 'editor.geoExcludeRow', { n: Number(geo[2]) + 1 })
  const term = /^include-(\d+)-(\d+)-/.exec(id)
  if (term) return t('editor.termRow', { group: Number(term[1]) + 1, n: Number(term[2]) + 1 })
  const excluded = /^exclude-(\d+)-/.exec(id)
  if (excluded) return t('editor.excludeRow', { n: Number(excluded[1]) + 1 })
  return t('editor.form')
}
