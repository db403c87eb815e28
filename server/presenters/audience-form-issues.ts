import type { FormIssue, RowMap } from './audience-form-parse.js'

type Path = readonly PropertyKey[]
type Issue = { path: Path; code?: string | undefined; message: string }

// The form element that a general problem of the audience points to.
export const FORM_TOP_ID = 'audience-form'

const SIMPLE: Record<string, string> = {
  name: 'name',
  description: 'description',
  tags: 'tags',
  locale: 'locale',
  specialAdCategory: 'special-ad-category',
  genders: 'genders-female',
  languages: 'languages',
  clientId: 'client-id',
  parentId: 'parent',
  parent: 'parent',
  version: FORM_TOP_ID,
}

const indexOf = (value: PropertyKey | undefined) => (typeof value === 'number' ? value : null)

function geoFieldId(side: 'include' | 'exclude', rest: Path, map: RowMap): string {
  const rows = side === 'include' ? map.geoInclude : map.geoExclude
  const item = indexOf(rest[0])
  if (item === null) return `geo-${side}-0-value`
  const source = rows[item] ?? { row: 0, kind: 'country' }
  const at = `geo-${side}-${source.row}`
  if (source.kind === 'radius') {
    const part = rest[2]
    return `${at}-${part === 'lng' || part === 'km' ? part : rest[1] === 'label' ? 'label' : 'lat'}`
  }
  const ownCountry = source.kind === 'municipality' || source.kind === 'postalCode' || source.kind === 'city'
  return `${at}-${ownCountry && rest[1] === 'country' ? 'country' : 'value'}`
}

function termFieldId(prefix: string, row: number, part: PropertyKey | undefined) {
  return `${prefix}-${row}-${part === 'facet' ? 'facet' : 'value'}`
}

/** The id of the form field an issue of the audience (zod's or validateAudience's path) is about. */
export function fieldIdOf(path: Path, map: RowMap): string {
  const [head, ...rest] = path
  if (head === 'geo') {
    if (rest[0] === 'presence') return 'presence'
    return geoFieldId(rest[0] === 'exclude' ? 'exclude' : 'include', rest.slice(1), map)
  }
  if (head === 'age') return rest[0] === 'max' ? 'age-max' : 'age-min'
  if (head === 'include') {
    const group = map.include[indexOf(rest[0]) ?? 0]
    if (!group) return 'include-0-0-value'
    const row = group.rows[indexOf(rest[1]) ?? 0] ?? 0
    return termFieldId(`include-${group.group}`, row, rest[2])
  }
  if (head === 'exclude') {
    const row = map.exclude[indexOf(rest[0]) ?? 0] ?? 0
    return termFieldId('exclude', row, rest[1])
  }
  return (typeof head === 'string' && SIMPLE[head]) || FORM_TOP_ID
}

/** Issues keyed by field id (several on one field are joined), in the order they were found. */
export function formIssuesOf(issues: readonly Issue[], map: RowMap): FormIssue[] {
  return issues.map((issue) => ({
    fieldId: fieldIdOf(issue.path, map),
    code: issue.code ?? 'invalid',
    message: issue.message,
  }))
}

export function issuesByField(issues: readonly FormIssue[]): Map<string, string> {
  const byField = new Map<string, string>()
  for (const issue of issues) {
    const before = byField.get(issue.fieldId)
    byField.set(issue.fieldId, before ? `${before} ${issue.message}` : issue.message)
  }
  return byField
}
