import { BRIEF_MAX_CHARS, FacetSchema, parseBrief, type Taxonomy } from '../../audiences/index.js'
import { blankGeoRow, blankTermRow, type EditorFields, type TermRow } from './audience-form-fields.js'

const MAX_GROUPS = 25
const MAX_TERMS = 200
const MAX_PLACES = 500

const without = <T>(items: readonly T[], index: number) => items.filter((_, i) => i !== index)
const numbersOf = (action: string) => action.split(':').slice(1).map(Number)

// A picked suggestion fills the first empty row of its target, else a new row.
function withTerm(rows: readonly TermRow[], term: TermRow): TermRow[] {
  const blank = rows.findIndex((row) => row.value.trim() === '')
  if (blank >= 0) return rows.map((row, i) => (i === blank ? term : row))
  return rows.length < MAX_TERMS ? [...rows, term] : [...rows]
}

function pick(fields: EditorFields, key: string, taxonomy: Taxonomy): EditorFields {
  const entry = taxonomy.term(key)
  return entry ? place(fields, { facet: entry.facet, value: entry.key }) : fields
}

// What was typed in the search box, as free text of the chosen facet (any facet: an interest).
function pickFreeText(fields: EditorFields): EditorFields {
  const text = fields.suggestQuery.trim().slice(0, 300)
  const facet = FacetSchema.safeParse(fields.suggestFacet)
  return text === '' ? fields : place(fields, { facet: facet.success ? facet.data : 'interest', value: text })
}

function place(fields: EditorFields, term: TermRow): EditorFields {
  if (fields.suggestTarget === 'exclude') return { ...fields, exclude: withTerm(fields.exclude, term) }
  const group = /^\d{1,3}$/.test(fields.suggestTarget) ? Number(fields.suggestTarget) : -1
  if (group >= 0 && group < fields.include.length)
    return { ...fields, include: fields.include.map((rows, g) => (g === group ? withTerm(rows, term) : rows)) }
  if (fields.include.length >= MAX_GROUPS) return fields
  return { ...fields, include: [...fields.include, [term]], suggestTarget: String(fields.include.length) }
}

// The brief panel's offer: the phrase becomes a keyword term, in the group of keywords if there is one.
function addFreeText(fields: EditorFields, index: number, taxonomy: Taxonomy): EditorFields {
  const offer = parseBrief(fields.brief.slice(0, BRIEF_MAX_CHARS), taxonomy).freeText[index]
  if (!offer) return fields
  const term = { facet: 'keyword', value: offer.value }
  const keywords = fields.include.findIndex((rows) => rows.some((r) => r.facet === 'keyword' && r.value.trim() !== ''))
  if (keywords >= 0)
    return { ...fields, include: fields.include.map((rows, g) => (g === keywords ? withTerm(rows, term) : rows)) }
  if (fields.include.length >= MAX_GROUPS) return fields
  return { ...fields, include: [...fields.include, [term]] }
}

/**
 * What a button other than Save does to the form: rows and groups added or removed, a suggestion picked. Each is
 * a plain submit button, so the editor works without JavaScript; the form is shown again with the change.
 */
export function applyEditorAction(fields: EditorFields, action: string, taxonomy: Taxonomy): EditorFields {
  const [g = -1, t = -1] = numbersOf(action)
  const name = action.split(':')[0] ?? ''
  switch (name) {
    case 'add-group':
      return fields.include.length < MAX_GROUPS ? { ...fields, include: [...fields.include, [blankTermRow()]] } : fields
    case 'add-term':
      return {
        ...fields,
        include: fields.include.map((rows, i) =>
          i === g && rows.length < MAX_TERMS ? [...rows, blankTermRow()] : rows,
        ),
      }
    case 'remove-term': {
      const include = fields.include.map((rows, i) => (i === g ? without(rows, t) : rows))
      return { ...fields, include: include.filter((rows) => rows.length > 0) }
    }
    case 'add-exclude':
      return fields.exclude.length < MAX_TERMS ? { ...fields, exclude: [...fields.exclude, blankTermRow()] } : fields
    case 'remove-exclude':
      return { ...fields, exclude: without(fields.exclude, g) }
    case 'add-geo-include':
    case 'add-radius-include':
      return fields.geoInclude.length < MAX_PLACES
        ? {
            ...fields,
            geoInclude: [...fields.geoInclude, blankGeoRow(name === 'add-geo-include' ? 'place' : 'radius')],
          }
        : fields
    case 'add-geo-exclude':
    case 'add-radius-exclude':
      return fields.geoExclude.length < MAX_PLACES
        ? {
            ...fields,
            geoExclude: [...fields.geoExclude, blankGeoRow(name === 'add-geo-exclude' ? 'place' : 'radius')],
          }
        : fields
    case 'remove-geo-include':
      return { ...fields, geoInclude: without(fields.geoInclude, g) }
    case 'remove-geo-exclude':
      return { ...fields, geoExclude: without(fields.geoExclude, g) }
    case 'pick':
      return pick(fields, action.slice('pick:'.length), taxonomy)
    case 'pick-free':
      return pickFreeText(fields)
    case 'add-free':
      return addFreeText(fields, g, taxonomy)
    default:
      return fields
  }
}
